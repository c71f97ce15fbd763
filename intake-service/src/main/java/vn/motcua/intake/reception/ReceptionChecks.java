package vn.motcua.intake.reception;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.motcua.backbone.problem.Problem.FieldError;
import vn.motcua.backbone.problem.ProblemException;
import vn.motcua.intake.catalogue.CatalogueRepository;
import vn.motcua.intake.catalogue.ProcedureHistory;
import vn.motcua.intake.catalogue.ProcedureVersion;
import vn.motcua.intake.unit.UnitHistory;
import vn.motcua.intake.unit.UnitRepository;
import vn.motcua.intake.unit.UnitVersion;

/**
 * What reception checks before anything is stored: the unit, the procedure in force that day at the
 * unit's level, the applicant's identifiers and the components. Every failure is a 4xx naming the field.
 */
@ApplicationScoped
public class ReceptionChecks {

    private final UnitRepository units;
    private final CatalogueRepository catalogue;

    ReceptionChecks(UnitRepository units, CatalogueRepository catalogue) {
        this.units = units;
        this.catalogue = catalogue;
    }

    /** The caller's own unit, which must be in force and have an electronic identifier to number dossiers. */
    public UnitVersion callerUnit(String unitCode, LocalDate day) {
        return callerUnit(unitCode, day, units.history(unitCode));
    }

    /** The same, with the unit's row versions read beforehand ({@link ReferenceVersions}). */
    public UnitVersion callerUnit(String unitCode, LocalDate day, ReferenceVersions.Read versions) {
        return callerUnit(unitCode, day, units.history(unitCode, versions.unit()));
    }

    private static UnitVersion callerUnit(String unitCode, LocalDate day, Optional<UnitHistory> history) {
        UnitVersion unit = history.flatMap(h -> h.validOn(day)).orElseThrow(() -> ProblemException.forbidden(
                "your unit " + unitCode + " is not an administrative unit in force on " + day));
        return withElectronicId(unit);
    }

    /** The unit a citizen sends an online dossier to. */
    public UnitVersion submittedUnit(String unitCode, LocalDate day) {
        UnitVersion unit = units.validOn(unitCode, day).orElseThrow(() -> ProblemException.invalid("unitCode",
                "no unit " + unitCode + " in force on " + day));
        return withElectronicId(unit);
    }

    private static UnitVersion withElectronicId(UnitVersion unit) {
        if (unit.electronicId() == null) {
            throw ProblemException.conflict("unit-without-electronic-id", "unit " + unit.code() + " (" + unit.name()
                    + ") has no electronic identifier to number dossiers; an administrator must set it");
        }
        return unit;
    }

    /** The version of {@code code} in force on {@code day}, which a desk of the unit's level resolves. */
    public ProcedureVersion procedure(String code, LocalDate day, UnitVersion unit) {
        return procedure(catalogue.history(code), day, unit);
    }

    /** The same, with the procedure's row versions read beforehand ({@link ReferenceVersions}). */
    public ProcedureVersion procedure(String code, LocalDate day, UnitVersion unit, ReferenceVersions.Read versions) {
        return procedure(catalogue.history(code, versions.procedure()), day, unit);
    }

    private static ProcedureVersion procedure(ProcedureHistory history, LocalDate day, UnitVersion unit) {
        String code = history.code();
        if (history.versions().isEmpty()) {
            throw ProblemException.invalid("procedureCode", "unknown procedure " + code);
        }
        ProcedureVersion version = history.validOn(day).orElseThrow(() -> ProblemException.invalid("procedureCode",
                "procedure " + code + " is not in force on " + day));
        if (!version.resolvesAt(unit.level())) {
            throw ProblemException.invalid("procedureCode", "procedure " + code + " is resolved at "
                    + version.levels() + " level, not by a " + unit.level() + " desk");
        }
        return version;
    }

    /** The version a dossier was submitted or received under. */
    public ProcedureVersion storedVersion(String code, int version) {
        return catalogue.history(code).version(version).orElseThrow(() -> new IllegalStateException(
                "procedure " + code + " version " + version + " of a stored dossier is missing"));
    }

    /** The applicant with names composed (NFC) and the phone in national form; all problems at once. */
    public Applicant applicant(Applicant a, List<FieldError> errors) {
        Optional<String> idProblem = a.kind() == ApplicantKind.PERSON
                ? PersonalIdentifiers.personIdProblem(a.idNumber(), a.dateOfBirth())
                : PersonalIdentifiers.taxCodeProblem(a.idNumber());
        idProblem.ifPresent(p -> errors.add(new FieldError("applicant.idNumber", p)));
        String phone = phone(a.phone(), "applicant.phone", errors);
        return new Applicant(a.kind(), nfc(a.name()), a.idNumber().strip(), a.dateOfBirth(), phone,
                a.email() == null ? null : a.email().strip(), nfc(a.address()));
    }

    public Representative representative(Representative r, List<FieldError> errors) {
        if (r == null) {
            return null;
        }
        PersonalIdentifiers.personIdProblem(r.idNumber(), null)
                .ifPresent(p -> errors.add(new FieldError("representative.idNumber", p)));
        return new Representative(nfc(r.name()), r.idNumber().strip(), phone(r.phone(), "representative.phone", errors),
                nfc(r.authorisation()));
    }

    /** Components must exist in the procedure version and be listed once each. */
    public void components(ProcedureVersion procedure, List<HandedComponent> handed, List<FieldError> errors) {
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < handed.size(); i++) {
            int no = handed.get(i).no();
            if (procedure.component(no).isEmpty()) {
                errors.add(new FieldError("components[" + i + "].no", "procedure " + procedure.code() + " has components 1 to "
                        + procedure.components().size()));
            } else if (!seen.add(no)) {
                errors.add(new FieldError("components[" + i + "].no", "component " + no + " is listed twice"));
            }
        }
    }

    /** Throws one 400 with every field error collected. */
    public static void failIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "invalid-request", "Invalid request",
                    errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")),
                    new ArrayList<>(errors));
        }
    }

    private static String phone(String phone, String field, List<FieldError> errors) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        Optional<String> normalized = PersonalIdentifiers.normalizedPhone(phone);
        if (normalized.isEmpty()) {
            errors.add(new FieldError(field, "must be a Vietnamese phone number like 0912345678 or +84 299 3861234"));
        }
        return normalized.orElse(phone);
    }

    static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }
}
