package vn.motcua.intake.migration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.motcua.backbone.audit.Audit;
import vn.motcua.backbone.outbox.Outbox;
import vn.motcua.backbone.problem.Problem.FieldError;
import vn.motcua.backbone.problem.ProblemException;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.contracts.EventType;
import vn.motcua.contracts.dossier.DossierHistoryImported;
import vn.motcua.contracts.dossier.WorkingHoursRule;
import vn.motcua.intake.calendar.UnitCalendars;
import vn.motcua.intake.catalogue.ProcedureVersion;
import vn.motcua.intake.reception.Applicant;
import vn.motcua.intake.reception.ApplicantKind;
import vn.motcua.intake.reception.Dossier;
import vn.motcua.intake.reception.DossierCode;
import vn.motcua.intake.reception.DossierCodeSequence;
import vn.motcua.intake.reception.DossierEvents;
import vn.motcua.intake.reception.DossierRepository;
import vn.motcua.intake.reception.DossierStatus;
import vn.motcua.intake.reception.LookupSecrets;
import vn.motcua.intake.reception.ReceptionChecks;
import vn.motcua.intake.unit.UnitRepository;
import vn.motcua.intake.unit.UnitVersion;

/**
 * Imports one dossier of a legacy system as intake received (or refused) it then: the original instants,
 * the unit and procedure version in force that day, the due date from the legacy record or computed by the
 * calendar, and intake's own {@code DossierReceived} / {@code DossierRefused} event. Idempotent by
 * {@code legacyId}: the second import of a record answers the first one.
 */
@ApplicationScoped
public class MigrationService {

    private static final Logger LOG = Logger.getLogger(MigrationService.class);

    /** The legacy system kept no applicant data in the export; the record says where it came from. */
    static final String IMPORTED_APPLICANT = "(imported from the legacy system)";

    private final EntityManager entityManager;
    private final DossierRepository dossiers;
    private final UnitRepository units;
    private final ReceptionChecks checks;
    private final UnitCalendars calendars;
    private final DossierCodeSequence sequence;
    private final LookupSecrets secrets;
    private final DossierEvents events;
    private final Audit audit;
    private final Outbox outbox;
    private final Clock clock;

    MigrationService(EntityManager entityManager, DossierRepository dossiers, UnitRepository units,
            ReceptionChecks checks, UnitCalendars calendars, DossierCodeSequence sequence, LookupSecrets secrets,
            DossierEvents events, Audit audit, Outbox outbox, Clock clock) {
        this.entityManager = entityManager;
        this.dossiers = dossiers;
        this.units = units;
        this.checks = checks;
        this.calendars = calendars;
        this.sequence = sequence;
        this.secrets = secrets;
        this.events = events;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
    }

    public record Imported(Dossier dossier, boolean created) {
    }

    @Transactional
    public Imported importDossier(LegacyDossier record, String userId) {
        // two imports of one legacy record at once: the second waits here, then finds the first
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:key, 8))")
                .setParameter("key", "legacy:" + record.legacyId()).getSingleResult();
        Optional<Dossier> earlier = byLegacyId(record.legacyId());
        if (earlier.isPresent()) {
            return new Imported(earlier.get(), false);
        }
        Instant receivedAt = record.receivedAt().toInstant();
        List<FieldError> wrong = instantProblems(record);
        if (!wrong.isEmpty()) {
            throw ProblemException.invalid(wrong.get(0).field(), wrong.get(0).message());
        }
        LocalDate day = receivedAt.atZone(WorkingCalendar.ZONE).toLocalDate();
        UnitVersion unit = units.validOn(record.unitCode(), day).orElseThrow(() -> ProblemException.invalid("unitCode",
                "no unit " + record.unitCode() + " in force on " + day));
        ProcedureVersion procedure = checks.procedure(record.procedureCode(), day, unit);
        if (record.code() != null && dossiers.byCode(record.code()).isPresent()) {
            throw DossierRepository.codeTaken(record.code());
        }
        Dossier d = newDossier(record, unit, procedure, userId);
        if (d.code != null) {
            // intake must never number this code itself
            sequence.advancePast(d.code);
        }
        if (record.refused()) {
            dossiers.persist(d);
            events.refused(d);
            audit.record("dossier.imported", d.id.toString(), auditReason(d));
            return new Imported(d, true);
        }
        UnitCalendars.Effective calendar = calendars.forUnit(unit.code());
        UnitCalendars.Stored hours = calendars.hoursText(calendar.id());
        receive(d, procedure, calendar, day, unit);
        dossiers.persist(d);
        announceReceived(d, procedure, hours);
        announceHistory(d, record, userId);
        audit.record("dossier.imported", d.id.toString(), auditReason(d));
        LOG.debugf("Imported legacy record %s as dossier %s", record.legacyId(), d.code);
        return new Imported(d, true);
    }

    /** The dossier of a checked legacy record, before its due date and code (refused: complete). */
    Dossier newDossier(LegacyDossier record, UnitVersion unit, ProcedureVersion procedure, String userId) {
        Instant receivedAt = record.receivedAt().toInstant();
        Dossier d = new Dossier();
        d.id = UUID.randomUUID();
        d.legacyId = record.legacyId();
        d.channel = record.channel();
        d.unitCode = unit.code();
        d.procedureCode = procedure.code();
        d.procedureVersion = procedure.version();
        d.fieldCode = procedure.fieldCode();
        d.level = unit.level().name();
        d.applicant = new Applicant(ApplicantKind.PERSON, IMPORTED_APPLICANT, "-", null, null, null, null);
        d.components = List.of();
        d.missingComponents = List.of();
        d.notes = "imported from the legacy system, record " + record.legacyId();
        d.decidedAt = receivedAt;
        d.decidedBy = userId;
        d.code = record.code();
        if (record.refused()) {
            // the legacy system's refusal instant when the export gives it (resolvedAt), else the receipt's
            d.decidedAt = record.resolvedAt() != null ? record.resolvedAt().toInstant() : receivedAt;
            d.status = DossierStatus.REFUSED;
            d.refusalReason = "refused in the legacy system (imported record " + record.legacyId() + ")";
        } else {
            d.status = DossierStatus.ACCEPTED;
            d.receivedAt = receivedAt;
            d.dueAt = record.dueAt() != null ? record.dueAt().toInstant() : null;
        }
        return d;
    }

    /** An accepted legacy dossier's due date (computed when the record has none), calendar, code and secret. */
    void receive(Dossier d, ProcedureVersion procedure, UnitCalendars.Effective calendar, LocalDate day,
            UnitVersion unit) {
        if (d.dueAt == null) {
            d.dueAt = calendar.calendar().dueDate(d.receivedAt, procedure.processingTime()).at();
        }
        d.calendarId = calendar.id();
        if (d.code == null) {
            if (unit.electronicId() == null) {
                throw ProblemException.invalid("code", "unit " + unit.code() + " has no electronic identifier to number "
                        + "the dossier; give the legacy code");
            }
            d.code = sequence.next(unit.electronicId(), day).toString();
        }
        secrets.issue(d);
    }

    void announceReceived(Dossier d, ProcedureVersion procedure, UnitCalendars.Stored hours) {
        events.received(d, procedure.processingTime(), new WorkingHoursRule(d.calendarId, hours.weekdays(),
                hours.sessions()));
    }

    /**
     * How a decided legacy dossier ended, right after its DossierReceived on the same key, so that workflow applies
     * it from the events alone (no second call, no wait for the case to arrive).
     */
    void announceHistory(Dossier d, LegacyDossier record, String userId) {
        if (record.outcome() == null || record.refused()) {
            return;
        }
        outbox.append(EventType.DOSSIER_HISTORY_IMPORTED, d.id.toString(), d.code, new DossierHistoryImported(
                d.id.toString(), d.code, d.unitCode, d.legacyId, record.outcome(), record.resolvedAt().toInstant(),
                record.returnedAt() == null ? null : record.returnedAt().toInstant(), userId,
                DossierHistoryImported.nationalStatusOf(record.outcome(), record.returnedAt() == null ? null
                        : record.returnedAt().toInstant())));
    }

    void announceRefused(Dossier d) {
        events.refused(d);
    }

    static String auditReason(Dossier d) {
        return (d.status == DossierStatus.REFUSED ? "refused; legacy record " : "legacy record ") + d.legacyId;
    }

    public Optional<Dossier> byLegacyId(String legacyId) {
        return entityManager.createQuery("from Dossier where legacyId = :legacyId", Dossier.class)
                .setParameter("legacyId", legacyId).getResultStream().findFirst();
    }

    /**
     * What is wrong with a record's instants and outcome, each named by its field, in the order the single-record
     * endpoint reports the first one.
     */
    List<FieldError> instantProblems(LegacyDossier record) {
        List<FieldError> wrong = new ArrayList<>();
        Instant receivedAt = record.receivedAt().toInstant();
        Instant now = clock.instant();
        if (receivedAt.isAfter(now)) {
            wrong.add(new FieldError("receivedAt", record.receivedAt() + " is in the future: an import brings "
                    + "history, not new dossiers"));
        }
        if (record.dueAt() != null && !record.dueAt().toInstant().isAfter(receivedAt)) {
            wrong.add(new FieldError("dueAt", record.dueAt() + " is not after receivedAt " + record.receivedAt()));
        }
        if (record.resolvedAt() != null && record.resolvedAt().toInstant().isBefore(receivedAt)) {
            wrong.add(new FieldError("resolvedAt", record.resolvedAt() + " is before receivedAt "
                    + record.receivedAt()));
        }
        if (record.returnedAt() != null && record.resolvedAt() != null
                && record.returnedAt().toInstant().isBefore(record.resolvedAt().toInstant())) {
            wrong.add(new FieldError("returnedAt", record.returnedAt() + " is before resolvedAt "
                    + record.resolvedAt()));
        }
        if (record.resolvedAt() != null && record.outcome() == null) {
            wrong.add(new FieldError("outcome", "is missing: resolvedAt is given, so the dossier was decided; "
                    + "say how (APPROVED, REJECTED, STOPPED, WITHDRAWN or REFUSED)"));
        }
        if (record.outcome() != null && !record.refused() && record.resolvedAt() == null) {
            wrong.add(new FieldError("resolvedAt", "is missing: outcome " + record.outcome()
                    + " needs the instant it was decided"));
        }
        if (record.returnedAt() != null && !List.of("APPROVED", "REJECTED").contains(record.outcome())) {
            wrong.add(new FieldError("returnedAt", "is given, but only an APPROVED or REJECTED dossier has a "
                    + "result to return (" + (record.outcome() == null ? "no outcome" : "outcome " + record.outcome()) + ")"));
        }
        return wrong;
    }
}
