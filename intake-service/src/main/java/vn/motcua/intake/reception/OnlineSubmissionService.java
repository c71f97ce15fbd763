package vn.motcua.intake.reception;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import vn.motcua.backbone.audit.Audit;
import vn.motcua.backbone.problem.Problem.FieldError;
import vn.motcua.backbone.problem.ProblemException;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.intake.catalogue.Component;
import vn.motcua.intake.catalogue.OnlineLevel;
import vn.motcua.intake.catalogue.ProcedureVersion;
import vn.motcua.intake.notification.Consents;
import vn.motcua.intake.unit.UnitVersion;

/**
 * Online submission by citizens and businesses, without a token (nộp hồ sơ trực tuyến). The dossier gets
 * its code at submission, keeps it through a supplement, and waits for the desk: the processing clock
 * starts only when the desk accepts it.
 */
@ApplicationScoped
public class OnlineSubmissionService {

    private static final Logger LOG = Logger.getLogger(OnlineSubmissionService.class);

    private final DossierRepository dossiers;
    private final ReceptionChecks checks;
    private final DossierCodeSequence sequence;
    private final IdempotencyKeys idempotency;
    private final DossierEvents events;
    private final Audit audit;
    private final ReceptionService reception;
    private final LookupSecrets secrets;
    private final Clock clock;

    private final Consents consents;

    OnlineSubmissionService(DossierRepository dossiers, ReceptionChecks checks, DossierCodeSequence sequence,
            IdempotencyKeys idempotency, DossierEvents events, Audit audit, ReceptionService reception,
            LookupSecrets secrets, Clock clock,
            Consents consents) {
        this.secrets = secrets;
        this.dossiers = dossiers;
        this.checks = checks;
        this.sequence = sequence;
        this.idempotency = idempotency;
        this.events = events;
        this.audit = audit;
        this.reception = reception;
        this.clock = clock;
        this.consents = consents;
    }

    @Transactional
    public ReceptionService.Outcome submit(ReceptionRequests.OnlineSubmission request, String idempotencyKey,
            Optional<String> ownerSubject) {
        UUID id = UUID.randomUUID();
        if (idempotencyKey != null) {
            Optional<UUID> earlier = idempotency.claim("online", idempotencyKey, reception.hash(request), id);
            if (earlier.isPresent()) {
                Dossier first = dossiers.find(earlier.get()).orElseThrow();
                return new ReceptionService.Outcome(first, secrets.of(first).orElse(null), true);
            }
        }
        Instant now = clock.instant();
        LocalDate today = now.atZone(WorkingCalendar.ZONE).toLocalDate();
        UnitVersion unit = checks.submittedUnit(request.unitCode(), today);
        ProcedureVersion procedure = checks.procedure(request.procedureCode(), today, unit);
        if (procedure.onlineLevel() == OnlineLevel.NONE) {
            throw ProblemException.invalid("procedureCode", "procedure " + procedure.code()
                    + " cannot be submitted online; it is received at the desk or by post");
        }
        List<FieldError> errors = new ArrayList<>();
        Applicant applicant = checks.applicant(request.applicant(), errors);
        Representative representative = checks.representative(request.representative(), errors);
        checks.components(procedure, request.components(), errors);
        Consents.check(request.notifications(), applicant, errors);
        ReceptionChecks.failIfAny(errors);
        failIfMissing(procedure, request.components());
        consents.record(id, unit.code(), request.notifications(), applicant);

        Dossier d = new Dossier();
        d.id = id;
        d.status = DossierStatus.SUBMITTED_ONLINE;
        d.channel = vn.motcua.contracts.dossier.Channel.ONLINE;
        d.unitCode = unit.code();
        d.procedureCode = procedure.code();
        d.procedureVersion = procedure.version();
        d.fieldCode = procedure.fieldCode();
        d.level = unit.level().name();
        d.applicant = applicant;
        d.representative = representative;
        d.components = request.components();
        d.missingComponents = List.of();
        d.notes = ReceptionChecks.nfc(request.notes());
        d.ownerSubject = ownerSubject.orElse(null);
        d.submittedAt = now;
        d.decidedAt = now;
        d.code = sequence.next(unit.electronicId(), today).toString();
        String secret = secrets.issue(d);
        dossiers.persist(d);
        events.submittedOnline(d, false);
        audit.record("dossier.submitted-online", id.toString(), null);
        LOG.infof("Online dossier %s submitted for %s", d.code, procedure.code());
        return new ReceptionService.Outcome(d, secret, false);
    }

    /** The dossiers a signed-in citizen submitted online, newest first. */
    @Transactional
    public List<Dossier> ownedBy(String ownerSubject, int limit) {
        return dossiers.ownedBy(ownerSubject, limit);
    }

    /** The citizen sends what the desk asked for; the dossier goes back to the desk with the same code. */
    @Transactional
    public Dossier supplement(String code, ReceptionRequests.Supplement request) {
        Dossier d = dossiers.byCode(code)
                .filter(found -> secrets.matches(found, request.lookupSecret()))
                .orElseThrow(() -> ProblemException.notFound("dossier with this code and lookup secret", code));
        if (d.status != DossierStatus.SUPPLEMENT_REQUESTED) {
            throw ProblemException.conflict("dossier-status", "dossier " + code + " is " + d.status
                    + "; a supplement is only taken when the desk asked for one");
        }
        ProcedureVersion procedure = checks.storedVersion(d.procedureCode, d.procedureVersion);
        List<FieldError> errors = new ArrayList<>();
        checks.components(procedure, request.components(), errors);
        ReceptionChecks.failIfAny(errors);
        failIfMissing(procedure, request.components());
        d.components = request.components();
        d.missingComponents = List.of();
        d.status = DossierStatus.SUBMITTED_ONLINE;
        d.submittedAt = clock.instant();
        d.decidedAt = d.submittedAt;
        events.submittedOnline(d, true);
        audit.record("dossier.supplemented", d.id.toString(), null);
        LOG.infof("Online dossier %s supplemented", d.code);
        return d;
    }

    /** Online, the portal does not let a dossier go without its mandatory components. */
    private static void failIfMissing(ProcedureVersion procedure, List<HandedComponent> handed) {
        List<Component> missing = ComponentCheck.missing(procedure.components(), handed);
        if (!missing.isEmpty()) {
            throw new ProblemException(400, "invalid-request", "Invalid request",
                    "components: mandatory components missing: "
                            + missing.stream().map(c -> c.no() + ". " + c.name()).collect(Collectors.joining("; ")),
                    missing.stream().map(c -> new FieldError("components", "missing " + c.no() + ". " + c.name()))
                            .toList());
        }
    }
}
