package vn.motcua.intake.migration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.motcua.backbone.audit.Audit;
import vn.motcua.backbone.problem.ProblemException;
import vn.motcua.calendar.WorkingCalendar;
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
    private final Clock clock;

    MigrationService(EntityManager entityManager, DossierRepository dossiers, UnitRepository units,
            ReceptionChecks checks, UnitCalendars calendars, DossierCodeSequence sequence, LookupSecrets secrets,
            DossierEvents events, Audit audit, Clock clock) {
        this.entityManager = entityManager;
        this.dossiers = dossiers;
        this.units = units;
        this.checks = checks;
        this.calendars = calendars;
        this.sequence = sequence;
        this.secrets = secrets;
        this.events = events;
        this.audit = audit;
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
        checkInstants(record, receivedAt);
        LocalDate day = receivedAt.atZone(WorkingCalendar.ZONE).toLocalDate();
        UnitVersion unit = units.validOn(record.unitCode(), day).orElseThrow(() -> ProblemException.invalid("unitCode",
                "no unit " + record.unitCode() + " in force on " + day));
        ProcedureVersion procedure = checks.procedure(record.procedureCode(), day, unit);
        if (record.code() != null && dossiers.byCode(record.code()).isPresent()) {
            throw DossierRepository.codeTaken(record.code());
        }

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
        if (d.code != null) {
            // intake must never number this code itself
            sequence.advancePast(d.code);
        }

        if (record.refused()) {
            // the legacy system's refusal instant when the export gives it (resolvedAt), else the receipt's
            d.decidedAt = record.resolvedAt() != null ? record.resolvedAt().toInstant() : receivedAt;
            d.status = DossierStatus.REFUSED;
            d.refusalReason = "refused in the legacy system (imported record " + record.legacyId() + ")";
            dossiers.persist(d);
            events.refused(d);
            audit.record("dossier.imported", d.id.toString(), "refused; legacy record " + record.legacyId());
            return new Imported(d, true);
        }
        UnitCalendars.Effective calendar = calendars.forUnit(unit.code());
        d.status = DossierStatus.ACCEPTED;
        d.receivedAt = receivedAt;
        d.dueAt = record.dueAt() != null ? record.dueAt().toInstant()
                : calendar.calendar().dueDate(receivedAt, procedure.processingTime()).at();
        d.calendarId = calendar.id();
        if (d.code == null) {
            if (unit.electronicId() == null) {
                throw ProblemException.invalid("code", "unit " + unit.code() + " has no electronic identifier to number "
                        + "the dossier; give the legacy code");
            }
            d.code = sequence.next(unit.electronicId(), day).toString();
        }
        secrets.issue(d);
        dossiers.persist(d);
        UnitCalendars.Stored hours = calendars.hoursText(d.calendarId);
        events.received(d, procedure.processingTime(), new WorkingHoursRule(d.calendarId, hours.weekdays(), hours.sessions()));
        audit.record("dossier.imported", d.id.toString(), "legacy record " + record.legacyId());
        LOG.debugf("Imported legacy record %s as dossier %s", record.legacyId(), d.code);
        return new Imported(d, true);
    }

    public Optional<Dossier> byLegacyId(String legacyId) {
        return entityManager.createQuery("from Dossier where legacyId = :legacyId", Dossier.class)
                .setParameter("legacyId", legacyId).getResultStream().findFirst();
    }

    private void checkInstants(LegacyDossier record, Instant receivedAt) {
        Instant now = clock.instant();
        if (receivedAt.isAfter(now)) {
            throw ProblemException.invalid("receivedAt", record.receivedAt() + " is in the future: an import brings "
                    + "history, not new dossiers");
        }
        if (record.dueAt() != null && !record.dueAt().toInstant().isAfter(receivedAt)) {
            throw ProblemException.invalid("dueAt", record.dueAt() + " is not after receivedAt " + record.receivedAt());
        }
        if (record.resolvedAt() != null && record.resolvedAt().toInstant().isBefore(receivedAt)) {
            throw ProblemException.invalid("resolvedAt", record.resolvedAt() + " is before receivedAt "
                    + record.receivedAt());
        }
        if (record.returnedAt() != null && record.resolvedAt() != null
                && record.returnedAt().toInstant().isBefore(record.resolvedAt().toInstant())) {
            throw ProblemException.invalid("returnedAt", record.returnedAt() + " is before resolvedAt "
                    + record.resolvedAt());
        }
        if (record.resolvedAt() != null && record.outcome() == null) {
            throw ProblemException.invalid("outcome", "is missing: resolvedAt is given, so the dossier was decided; "
                    + "say how (APPROVED, REJECTED, STOPPED, WITHDRAWN or REFUSED)");
        }
        if (record.outcome() != null && !record.refused() && record.resolvedAt() == null) {
            throw ProblemException.invalid("resolvedAt", "is missing: outcome " + record.outcome()
                    + " needs the instant it was decided");
        }
        if (record.returnedAt() != null && !List.of("APPROVED", "REJECTED").contains(record.outcome())) {
            throw ProblemException.invalid("returnedAt", "is given, but only an APPROVED or REJECTED dossier has a "
                    + "result to return (" + (record.outcome() == null ? "no outcome" : "outcome " + record.outcome()) + ")");
        }
    }
}
