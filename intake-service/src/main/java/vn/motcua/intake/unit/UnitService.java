package vn.motcua.intake.unit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.motcua.backbone.problem.ProblemException;
import vn.motcua.backbone.audit.Audit;
import vn.motcua.intake.reference.ReferencePublisher;

/** Changes to units by administrators: checked, stored, audited and announced in one transaction. */
@ApplicationScoped
public class UnitService {

    private final UnitRepository repository;
    private final ReferencePublisher publisher;
    private final Audit audit;

    UnitService(UnitRepository repository, ReferencePublisher publisher, Audit audit) {
        this.repository = repository;
        this.publisher = publisher;
        this.audit = audit;
    }

    @Transactional
    public UnitHistory create(UnitRequests.NewUnit request) {
        repository.lock(request.code());
        if (repository.history(request.code()).isPresent()) {
            throw ProblemException.conflict("unit-exists", "unit " + request.code()
                    + " exists; add a version with POST /api/v1/units/" + request.code() + "/versions");
        }
        checkParent(request.level(), request.parentCode(), request.validFrom());
        UnitHistory history = UnitHistory.first(new UnitVersion(request.code(), 1, nfc(request.name()), request.level(),
                request.parentCode(), request.electronicId(), request.electronicIdDemo(), request.validFrom(), null,
                nfc(request.note())));
        repository.save(history);
        audit.record("unit.created", request.code(), request.reason());
        publisher.publishUnit(request.code());
        return history;
    }

    @Transactional
    public UnitHistory addVersion(String code, UnitRequests.NewVersion request) {
        repository.lock(code);
        UnitHistory history = existing(code);
        checkParent(request.level(), request.parentCode(), request.validFrom());
        List<String> predecessors = request.predecessorCodes() == null ? List.of() : request.predecessorCodes();
        for (String predecessor : predecessors) {
            if (predecessor.equals(code) || repository.history(predecessor).isEmpty()) {
                throw ProblemException.invalid("predecessorCodes", "unknown or same unit " + predecessor);
            }
        }
        UnitHistory next = history.withVersionFrom(request.validFrom(), nfc(request.name()), request.level(),
                request.parentCode(), request.electronicId(), request.electronicIdDemo(), nfc(request.note()));
        repository.save(next);
        predecessors.forEach(p -> repository.addSuccessor(p, code, request.validFrom()));
        audit.record("unit.version-added", code + " v" + next.latest().version(), request.reason());
        publisher.publishUnit(code);
        predecessors.forEach(publisher::publishUnit);
        return next;
    }

    @Transactional
    public UnitHistory end(String code, UnitRequests.End request) {
        repository.lock(code);
        UnitHistory next = existing(code).endingOn(request.validTo());
        Set<String> successors = new LinkedHashSet<>(request.successorCodes() == null ? List.of() : request.successorCodes());
        for (String successor : successors) {
            if (successor.equals(code) || repository.validOn(successor, request.validTo()).isEmpty()) {
                throw ProblemException.invalid("successorCodes", "unit " + successor + " is not in force on "
                        + request.validTo());
            }
        }
        repository.save(next);
        successors.forEach(s -> repository.addSuccessor(code, s, request.validTo()));
        audit.record("unit.ended", code, request.reason());
        publisher.publishUnit(code);
        return next;
    }

    @Transactional
    public UnitHistory correct(String code, int version, int expectedRevision, UnitRequests.Correction request) {
        repository.lock(code);
        UnitRow row = repository.row(code, version)
                .orElseThrow(() -> ProblemException.notFound("version of unit " + code, version));
        if (row.revision != expectedRevision) {
            throw new ProblemException(412, "precondition-failed", "Precondition failed",
                    "unit " + code + " version " + version + " changed meanwhile (revision " + row.revision
                            + "); reload it and try again", List.of());
        }
        UnitHistory next = existing(code).correcting(version, nfc(request.name()), request.electronicId(),
                request.electronicIdDemo(), nfc(request.note()));
        repository.save(next);
        audit.record("unit.corrected", code + " v" + version, request.reason());
        publisher.publishUnit(code);
        return next;
    }

    private UnitHistory existing(String code) {
        return repository.history(code).orElseThrow(() -> ProblemException.notFound("unit", code));
    }

    private void checkParent(AdministrativeLevel level, String parentCode, LocalDate on) {
        if (parentCode == null) {
            if (level != AdministrativeLevel.PROVINCE) {
                throw ProblemException.invalid("parentCode", "a " + level + " needs a parent unit");
            }
            return;
        }
        UnitHistory parent = repository.history(parentCode)
                .orElseThrow(() -> ProblemException.invalid("parentCode", "unknown unit " + parentCode));
        UnitVersion parentVersion = (on == null ? java.util.Optional.of(parent.versions().get(0)) : parent.validOn(on))
                .orElseThrow(() -> ProblemException.invalid("parentCode", "unit " + parentCode + " is not in force on " + on));
        if (!parentVersion.level().canContain(level)) {
            throw ProblemException.invalid("parentCode", "a " + parentVersion.level() + " cannot contain a " + level);
        }
    }

    private static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }
}
