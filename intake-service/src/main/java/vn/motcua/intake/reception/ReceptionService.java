package vn.motcua.intake.reception;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.motcua.backbone.audit.Audit;
import vn.motcua.backbone.problem.Problem.FieldError;
import vn.motcua.backbone.problem.ProblemException;
import vn.motcua.calendar.DueDate;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.contracts.dossier.Channel;
import vn.motcua.contracts.dossier.WorkingHoursRule;
import vn.motcua.intake.calendar.UnitCalendars;
import vn.motcua.intake.catalogue.Component;
import vn.motcua.intake.catalogue.ProcedureVersion;
import vn.motcua.intake.notification.Consents;
import vn.motcua.intake.unit.UnitVersion;

/**
 * Reception at the front desk (tiếp nhận hồ sơ): a dossier handed in is accepted, found incomplete or
 * refused; a dossier submitted online is accepted (the clock starts then), refused, or sent back for a
 * supplement. Each outcome, its audit entry and its event commit in one transaction.
 */
@ApplicationScoped
public class ReceptionService {

    private static final Logger LOG = Logger.getLogger(ReceptionService.class);

    private final DossierRepository dossiers;
    private final ReferenceVersions referenceVersions;
    private final ReceptionChecks checks;
    private final UnitCalendars calendars;
    private final DossierCodeSequence sequence;
    private final IdempotencyKeys idempotency;
    private final DossierEvents events;
    private final Audit audit;
    private final LookupSecrets secrets;
    private final ObjectMapper json;
    private final Clock clock;
    private final Consents consents;

    ReceptionService(DossierRepository dossiers, ReferenceVersions referenceVersions, ReceptionChecks checks,
            UnitCalendars calendars, DossierCodeSequence sequence, IdempotencyKeys idempotency, DossierEvents events,
            Audit audit, LookupSecrets secrets, ObjectMapper json, Clock clock,
            Consents consents) {
        this.secrets = secrets;
        this.dossiers = dossiers;
        this.referenceVersions = referenceVersions;
        this.checks = checks;
        this.calendars = calendars;
        this.sequence = sequence;
        this.idempotency = idempotency;
        this.events = events;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
        this.consents = consents;
    }

    /**
     * The result of a reception: the dossier and, when it was accepted now, the lookup secret; {@code calendar}, when
     * known, is the dossier's calendar, so that its view needs no further reading.
     */
    public record Outcome(Dossier dossier, String lookupSecret, boolean replayed, UnitCalendars.Effective calendar,
            ProcedureVersion procedure) {

        public Outcome(Dossier dossier, String lookupSecret, boolean replayed) {
            this(dossier, lookupSecret, replayed, null, null);
        }
    }

    @Transactional
    public Outcome receive(String unitCode, String userId, ReceptionRequests.Reception request, String idempotencyKey) {
        UUID id = UUID.randomUUID();
        if (idempotencyKey != null) {
            Optional<UUID> earlier = idempotency.claim("desk:" + unitCode, idempotencyKey, hash(request), id);
            if (earlier.isPresent()) {
                Dossier first = dossiers.ofUnit(earlier.get(), unitCode);
                return new Outcome(first, secrets.of(first).orElse(null), true);
            }
        }
        Instant now = clock.instant();
        LocalDate today = now.atZone(WorkingCalendar.ZONE).toLocalDate();
        if (request.channel() == Channel.ONLINE) {
            throw ProblemException.invalid("channel", "online dossiers are submitted by the applicant "
                    + "(POST /api/v1/online/dossiers) and accepted with POST /api/v1/dossiers/{id}/accept");
        }
        // one round trip for the versions of the unit, procedure and calendar; their snapshots are reused when unchanged
        ReferenceVersions.Read versions = referenceVersions.of(unitCode, request.procedureCode());
        UnitVersion unit = checks.callerUnit(unitCode, today, versions);
        ProcedureVersion procedure = checks.procedure(request.procedureCode(), today, unit, versions);
        List<FieldError> errors = new ArrayList<>();
        Applicant applicant = checks.applicant(request.applicant(), errors);
        Representative representative = checks.representative(request.representative(), errors);
        checks.components(procedure, request.components(), errors);
        Consents.check(request.notifications(), applicant, errors);
        ReceptionChecks.failIfAny(errors);
        consents.record(id, unit.code(), request.notifications(), applicant);

        Dossier d = new Dossier();
        d.id = id;
        d.channel = request.channel();
        d.unitCode = unit.code();
        d.procedureCode = procedure.code();
        d.procedureVersion = procedure.version();
        d.fieldCode = procedure.fieldCode();
        d.level = unit.level().name();
        d.applicant = applicant;
        d.representative = representative;
        d.components = request.components();
        d.notes = ReceptionChecks.nfc(request.notes());
        d.decidedAt = now;
        d.decidedBy = userId;
        d.missingComponents = List.of();

        if (request.refusal() != null) {
            d.status = DossierStatus.REFUSED;
            d.refusalReason = ReceptionChecks.nfc(request.refusal().reason());
            dossiers.persist(d);
            events.refused(d);
            audit.record("dossier.refused", id.toString(), d.refusalReason);
            LOG.infof("Refused a %s request at unit %s (dossier %s)", procedure.code(), unit.code(), id);
            return new Outcome(d, null, false, null, procedure);
        }
        List<Component> missing = ComponentCheck.missing(procedure.components(), request.components());
        if (!missing.isEmpty()) {
            d.status = DossierStatus.INCOMPLETE;
            d.missingComponents = missing;
            dossiers.persist(d);
            events.incomplete(d);
            audit.record("dossier.incomplete", id.toString(), null);
            LOG.infof("Incomplete %s request at unit %s: %d components missing (dossier %s)", procedure.code(),
                    unit.code(), missing.size(), id);
            return new Outcome(d, null, false, null, procedure);
        }
        UnitCalendars.Effective calendar = calendars.forUnit(unit.code(), versions.calendar());
        // everything that may fail or read is done before the number is taken: receptions of one code prefix queue
        // on its counter row until the holder commits, so after it come only the inserts and the commit
        DueDate due = calendar.calendar().dueDate(now, procedure.processingTime());
        String secret = accept(d, unit, calendar, due, now, audit.entry("dossier.accepted", id.toString(), null));
        dossiers.persist(d);
        events.received(d, procedure.processingTime(), workingHours(calendar));
        LOG.infof("Received dossier %s (%s), due %s", d.code, procedure.code(), d.dueAt);
        return new Outcome(d, secret, false, calendar, procedure);
    }

    /** The desk accepts an online dossier: the clock starts now; the code given at submission is kept. */
    @Transactional
    public Dossier acceptOnline(UUID id, String unitCode, String userId, Integer expectedRevision) {
        Dossier d = awaiting(id, unitCode, expectedRevision, DossierStatus.SUBMITTED_ONLINE);
        Instant now = clock.instant();
        UnitVersion unit = checks.callerUnit(unitCode, now.atZone(WorkingCalendar.ZONE).toLocalDate());
        ProcedureVersion procedure = checks.procedure(d.procedureCode, now.atZone(WorkingCalendar.ZONE).toLocalDate(), unit);
        UnitCalendars.Effective calendar = calendars.forUnit(unit.code());
        // received now, so under the version in force now (usually the one it was submitted under)
        DueDate due = calendar.calendar().dueDate(now, procedure.processingTime());
        d.procedureVersion = procedure.version();
        d.status = DossierStatus.ACCEPTED;
        d.receivedAt = now;
        d.dueAt = due.at();
        d.calendarId = calendar.id();
        d.decidedAt = now;
        d.decidedBy = userId;
        events.received(d, procedure.processingTime(), workingHours(d.calendarId));
        audit.record("dossier.accepted", id.toString(), null);
        LOG.infof("Accepted online dossier %s, due %s", d.code, d.dueAt);
        return d;
    }

    @Transactional
    public Dossier refuseOnline(UUID id, String unitCode, String userId, String reason, Integer expectedRevision) {
        Dossier d = awaiting(id, unitCode, expectedRevision, DossierStatus.SUBMITTED_ONLINE,
                DossierStatus.SUPPLEMENT_REQUESTED);
        d.status = DossierStatus.REFUSED;
        d.refusalReason = ReceptionChecks.nfc(reason);
        d.decidedAt = clock.instant();
        d.decidedBy = userId;
        events.refused(d);
        audit.record("dossier.refused", id.toString(), d.refusalReason);
        LOG.infof("Refused online dossier %s", d.code);
        return d;
    }

    /** Form 02 for an online dossier: the citizen may send the listed components online; the code stays. */
    @Transactional
    public Dossier requestSupplement(UUID id, String unitCode, String userId, ReceptionRequests.SupplementRequest request,
            Integer expectedRevision) {
        Dossier d = awaiting(id, unitCode, expectedRevision, DossierStatus.SUBMITTED_ONLINE);
        ProcedureVersion procedure = checks.storedVersion(d.procedureCode, d.procedureVersion);
        List<Component> missing = new ArrayList<>();
        for (int i = 0; i < request.missingComponents().size(); i++) {
            int no = request.missingComponents().get(i);
            int index = i;
            missing.add(procedure.component(no).orElseThrow(() -> ProblemException.invalid(
                    "missingComponents[" + index + "]", "procedure " + procedure.code() + " has no component " + no)));
        }
        d.status = DossierStatus.SUPPLEMENT_REQUESTED;
        d.missingComponents = missing.stream().distinct().toList();
        d.notes = request.note() == null ? d.notes : ReceptionChecks.nfc(request.note());
        d.decidedAt = clock.instant();
        d.decidedBy = userId;
        events.incomplete(d);
        audit.record("dossier.supplement-requested", id.toString(), request.note());
        LOG.infof("Requested a supplement of online dossier %s", d.code);
        return d;
    }

    /**
     * Takes the number (writing the acceptance's audit entry in the same statement), sets code, due date, calendar and
     * lookup secret of a dossier accepted now; returns the secret.
     */
    private String accept(Dossier d, UnitVersion unit, UnitCalendars.Effective calendar, DueDate due, Instant now,
            Audit.Pending accepted) {
        LocalDate day = now.atZone(WorkingCalendar.ZONE).toLocalDate();
        DossierCode code = sequence.next(unit.electronicId(), day, accepted);
        d.status = DossierStatus.ACCEPTED;
        d.code = code.toString();
        d.receivedAt = now;
        d.dueAt = due.at();
        d.calendarId = calendar.id();
        return secrets.issue(d);
    }

    private Dossier awaiting(UUID id, String unitCode, Integer expectedRevision, DossierStatus... allowed) {
        Dossier d = dossiers.ofUnit(id, unitCode);
        if (expectedRevision != null && expectedRevision != d.revision) {
            throw new ProblemException(412, "precondition-failed", "Precondition failed",
                    "dossier " + id + " changed meanwhile; reload it and try again", List.of());
        }
        if (!List.of(allowed).contains(d.status)) {
            throw ProblemException.conflict("dossier-status", "dossier " + (d.code != null ? d.code : id) + " is "
                    + d.status + "; this needs " + List.of(allowed));
        }
        return d;
    }

    WorkingHoursRule workingHours(String calendarId) {
        return workingHours(calendars.effective(calendarId));
    }

    static WorkingHoursRule workingHours(UnitCalendars.Effective calendar) {
        return new WorkingHoursRule(calendar.id(), calendar.hoursText().weekdays(), calendar.hoursText().sessions());
    }

    String hash(Record request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
