package vn.motcua.workflow.migration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;
import vn.motcua.backbone.outbox.Outbox;
import vn.motcua.backbone.problem.ProblemException;
import vn.motcua.calendar.TimelinessRule;
import vn.motcua.contracts.EventType;
import vn.motcua.contracts.dossier.Channel;
import vn.motcua.contracts.dossier.DossierResolved;
import vn.motcua.contracts.dossier.DossierWithdrawn;
import vn.motcua.contracts.dossier.Outcome;
import vn.motcua.contracts.dossier.ResultReturned;
import vn.motcua.contracts.dossier.Timeliness;
import vn.motcua.workflow.dossier.DossierStatus;

/**
 * Applies the outcome of an imported dossier to its case, with the legacy system's instants: the case's
 * status, the timeline (marked as imported) and workflow's own events, in one transaction. The case is
 * opened by intake's DossierReceived arriving over Kafka; until it has, the answer is "not yet known" and
 * the import tool retries. Works on the case table directly, so that it does not depend on the officers'
 * action rules (an import records what happened; it does not re-decide it).
 */
@ApplicationScoped
public class MigrationOutcomes {

    private static final Logger LOG = Logger.getLogger(MigrationOutcomes.class);

    /** Only a case nobody has acted on yet takes a legacy outcome. */
    private static final int OPEN = DossierStatus.ACCEPTED.nationalCode();

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final TimelinessRule timeliness;
    private final Clock clock;

    MigrationOutcomes(EntityManager entityManager, Outbox outbox, TimelinessRule timeliness, Clock clock) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.timeliness = timeliness;
        this.clock = clock;
    }

    public record Applied(String dossierId, String code, String outcome, int status, boolean created) {
    }

    private record Case(String id, String code, String unitCode, String procedureCode, String fieldCode,
            Channel channel, Instant receivedAt, Instant dueAt, int status, String legacyId) {
    }

    @Transactional
    public Applied apply(String dossierId, LegacyOutcome request, String actor) {
        Case c = lockCase(dossierId);
        requireImported(c, request);
        List<?> earlier = entityManager.createNativeQuery(
                        "select outcome, resolved_at, returned_at from migration_outcome where dossier_id = :id")
                .setParameter("id", dossierId).getResultList();
        if (!earlier.isEmpty()) {
            Object[] row = (Object[]) earlier.get(0);
            if (!request.outcome().equals(row[0])) {
                throw ProblemException.conflict("outcome-differs", "dossier " + c.code() + " was imported with outcome "
                        + row[0] + ", not " + request.outcome());
            }
            return new Applied(dossierId, c.code(), request.outcome(), c.status(), false);
        }
        if (c.status() != OPEN) {
            throw ProblemException.conflict("dossier-in-processing", "dossier " + c.code() + " is at status "
                    + c.status() + " in MotCua already; a legacy outcome applies only to a case nobody has acted on");
        }
        Instant resolvedAt = request.resolvedAt().toInstant();
        Instant returnedAt = request.returnedAt() == null ? null : request.returnedAt().toInstant();
        if (resolvedAt.isBefore(c.receivedAt())) {
            throw ProblemException.invalid("resolvedAt", "must not be before the receipt, " + c.receivedAt());
        }
        if (resolvedAt.isAfter(clock.instant())) {
            throw ProblemException.invalid("resolvedAt", "is in the future");
        }
        if (returnedAt != null && (returnedAt.isBefore(resolvedAt) || request.outcome().equals("STOPPED")
                || request.outcome().equals("WITHDRAWN"))) {
            throw ProblemException.invalid("returnedAt", "must follow the resolution of an approved or rejected dossier");
        }
        String reason = "imported from the legacy system, record " + request.legacyId();
        int status;
        if (request.outcome().equals("WITHDRAWN")) {
            status = DossierStatus.WITHDRAWAL_REQUESTED.nationalCode();
            timeline(c, "WITHDRAW", OPEN, status, actor, reason, resolvedAt);
            outbox.append(EventType.DOSSIER_WITHDRAWN, c.id(), c.code(), new DossierWithdrawn(c.id(), c.code(),
                    c.unitCode(), c.procedureCode(), c.fieldCode(), c.channel(), c.dueAt(), resolvedAt, actor, reason,
                    status));
        } else {
            Outcome outcome = Outcome.valueOf(request.outcome());
            status = outcome == Outcome.STOPPED ? DossierStatus.STOPPED.nationalCode()
                    : DossierStatus.RESULT_READY.nationalCode();
            Timeliness classed = timeliness.classify(resolvedAt, c.dueAt());
            timeline(c, switch (outcome) {
                case APPROVED -> "APPROVE";
                case REJECTED -> "REJECT";
                case STOPPED -> "STOP";
            }, OPEN, status, actor, reason, resolvedAt);
            outbox.append(EventType.DOSSIER_RESOLVED, c.id(), c.code(), new DossierResolved(c.id(), c.code(),
                    c.unitCode(), c.procedureCode(), c.fieldCode(), c.channel(), outcome, c.receivedAt(), c.dueAt(),
                    resolvedAt, classed, status));
            if (returnedAt != null) {
                int returned = DossierStatus.RESULT_RETURNED.nationalCode();
                timeline(c, "RETURN_RESULT", status, returned, actor, reason, returnedAt);
                outbox.append(EventType.RESULT_RETURNED, c.id(), c.code(), new ResultReturned(c.id(), c.code(),
                        c.unitCode(), c.procedureCode(), c.fieldCode(), c.channel(), c.dueAt(), returnedAt, actor, reason,
                        returned));
                status = returned;
            }
        }
        Instant last = returnedAt != null ? returnedAt : resolvedAt;
        entityManager.createNativeQuery("""
                        update dossier_case set status = :status, resolved_at = :resolvedAt, last_action_at = :last,
                            version = version + 1
                        where id = :id""")
                .setParameter("status", status)
                .setParameter("resolvedAt", request.outcome().equals("WITHDRAWN") ? null : Timestamp.from(resolvedAt))
                .setParameter("last", Timestamp.from(last))
                .setParameter("id", dossierId)
                .executeUpdate();
        entityManager.createNativeQuery("""
                        insert into migration_outcome (dossier_id, legacy_id, outcome, resolved_at, returned_at,
                            applied_at, applied_by)
                        values (:id, :legacyId, :outcome, :resolvedAt, :returnedAt, :now, :actor)""")
                .setParameter("id", dossierId)
                .setParameter("legacyId", request.legacyId())
                .setParameter("outcome", request.outcome())
                .setParameter("resolvedAt", Timestamp.from(resolvedAt))
                .setParameter("returnedAt", returnedAt == null ? null : Timestamp.from(returnedAt))
                .setParameter("now", Timestamp.from(clock.instant()))
                .setParameter("actor", actor)
                .executeUpdate();
        LOG.debugf("Imported outcome %s of dossier %s (legacy %s)", request.outcome(), c.code(), request.legacyId());
        return new Applied(dossierId, c.code(), request.outcome(), status, true);
    }

    private Case lockCase(String dossierId) {
        List<?> rows = entityManager.createNativeQuery("""
                        select id, code, unit_code, procedure_code, field_code, channel, received_at, due_at, status,
                            legacy_id
                        from dossier_case where id = :id for update""")
                .setParameter("id", dossierId).getResultList();
        if (rows.isEmpty()) {
            throw new ProblemException(409, "not-yet-known", "Dossier not yet known",
                    "no case for dossier " + dossierId + " yet: its DossierReceived has not arrived from intake; "
                            + "retry shortly", List.of());
        }
        Object[] r = (Object[]) rows.get(0);
        return new Case((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                Channel.valueOf((String) r[5]), instant(r[6]), instant(r[7]), ((Number) r[8]).intValue(), (String) r[9]);
    }

    /**
     * The migration client records history; it must not close a live dossier with a backdated, on-time
     * resolution. So only a case opened for a dossier the import created, and for the same legacy record.
     */
    private static void requireImported(Case c, LegacyOutcome request) {
        if (c.legacyId() == null) {
            throw ProblemException.conflict("not-migrated", "dossier " + c.code() + " was received in MotCua, "
                    + "not created by the legacy import: a legacy outcome applies only to imported dossiers");
        }
        if (!c.legacyId().equals(request.legacyId())) {
            throw ProblemException.conflict("legacy-record-differs", "dossier " + c.code() + " was imported from "
                    + "legacy record " + c.legacyId() + ", not " + request.legacyId());
        }
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    private void timeline(Case c, String action, int from, int to, String actor, String reason, Instant at) {
        entityManager.createNativeQuery("""
                        insert into dossier_timeline (dossier_id, action, from_status, to_status, actor, actor_unit,
                            reason, at)
                        values (:id, :action, :from, :to, :actor, :unit, :reason, :at)""")
                .setParameter("id", c.id())
                .setParameter("action", action)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("actor", actor)
                .setParameter("unit", c.unitCode())
                .setParameter("reason", reason)
                .setParameter("at", Timestamp.from(at))
                .executeUpdate();
    }
}
