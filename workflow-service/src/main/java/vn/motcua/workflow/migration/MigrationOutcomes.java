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
import vn.motcua.backbone.inbox.InvalidEventException;
import vn.motcua.calendar.TimelinessRule;
import vn.motcua.contracts.EventType;
import vn.motcua.contracts.dossier.Channel;
import vn.motcua.contracts.dossier.DossierHistoryImported;
import vn.motcua.contracts.dossier.DossierResolved;
import vn.motcua.contracts.dossier.DossierWithdrawn;
import vn.motcua.contracts.dossier.Outcome;
import vn.motcua.contracts.dossier.ResultReturned;
import vn.motcua.contracts.dossier.Timeliness;
import vn.motcua.workflow.dossier.DossierStatus;

/**
 * Applies the outcome of an imported dossier to its case, with the legacy system's instants: the case's
 * status, the timeline (marked as imported) and workflow's own events, in the transaction of the consumer that
 * reads intake's {@code DossierHistoryImported} (right after the dossier's DossierReceived, same key). Works on
 * the case table directly, so that it does not depend on the officers' action rules (an import records what
 * happened; it does not re-decide it).
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

    private record Case(String id, String code, String unitCode, String procedureCode, String fieldCode,
            Channel channel, Instant receivedAt, Instant dueAt, int status, String legacyId) {
    }

    /**
     * Applies intake's {@code DossierHistoryImported}, in the consumer's transaction. The case was opened by the
     * dossier's DossierReceived, which precedes it on the same key. A redelivery finds its migration_outcome row and
     * changes nothing; a case someone acted on in MotCua already keeps its state (logged).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(DossierHistoryImported history) {
        Case c = lockCase(history.dossierId());
        if (c == null) {
            throw new InvalidEventException("no case for imported dossier " + history.dossierCode() + " ("
                    + history.dossierId() + "): its DossierReceived did not open one");
        }
        if (!history.legacyId().equals(c.legacyId())) {
            throw new InvalidEventException("dossier " + c.code() + " was not imported from legacy record "
                    + history.legacyId() + " (its case: " + c.legacyId() + ")");
        }
        Number earlier = (Number) entityManager.createNativeQuery(
                        "select count(*) from migration_outcome where dossier_id = :id")
                .setParameter("id", c.id()).getSingleResult();
        if (earlier.intValue() > 0) {
            LOG.debugf("Legacy outcome of dossier %s applied before", c.code());
            return;
        }
        if (c.status() != OPEN) {
            LOG.warnf("Dossier %s is at status %d in MotCua already; its legacy outcome %s is not applied", c.code(),
                    c.status(), history.outcome());
            return;
        }
        Instant resolvedAt = history.resolvedAt();
        Instant returnedAt = history.returnedAt();
        String actor = history.importedBy();
        String reason = "imported from the legacy system, record " + history.legacyId();
        int status;
        if (history.outcome().equals("WITHDRAWN")) {
            status = DossierStatus.WITHDRAWAL_REQUESTED.nationalCode();
            timeline(c, "WITHDRAW", OPEN, status, actor, reason, resolvedAt);
            outbox.append(EventType.DOSSIER_WITHDRAWN, c.id(), c.code(), new DossierWithdrawn(c.id(), c.code(),
                    c.unitCode(), c.procedureCode(), c.fieldCode(), c.channel(), c.dueAt(), resolvedAt, actor, reason,
                    status));
        } else {
            Outcome outcome = Outcome.valueOf(history.outcome());
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
                .setParameter("resolvedAt", history.outcome().equals("WITHDRAWN") ? null : Timestamp.from(resolvedAt))
                .setParameter("last", Timestamp.from(last))
                .setParameter("id", c.id())
                .executeUpdate();
        entityManager.createNativeQuery("""
                        insert into migration_outcome (dossier_id, legacy_id, outcome, resolved_at, returned_at,
                            applied_at, applied_by)
                        values (:id, :legacyId, :outcome, :resolvedAt, :returnedAt, :now, :actor)""")
                .setParameter("id", c.id())
                .setParameter("legacyId", history.legacyId())
                .setParameter("outcome", history.outcome())
                .setParameter("resolvedAt", Timestamp.from(resolvedAt))
                .setParameter("returnedAt", returnedAt == null ? null : Timestamp.from(returnedAt))
                .setParameter("now", Timestamp.from(clock.instant()))
                .setParameter("actor", actor)
                .executeUpdate();
        LOG.debugf("Imported outcome %s of dossier %s (legacy %s)", history.outcome(), c.code(), history.legacyId());
    }

    private Case lockCase(String dossierId) {
        List<?> rows = entityManager.createNativeQuery("""
                        select id, code, unit_code, procedure_code, field_code, channel, received_at, due_at, status,
                            legacy_id
                        from dossier_case where id = :id for update""")
                .setParameter("id", dossierId).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = (Object[]) rows.get(0);
        return new Case((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                Channel.valueOf((String) r[5]), instant(r[6]), instant(r[7]), ((Number) r[8]).intValue(), (String) r[9]);
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
