package vn.motcua.workflow.migration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.logging.Logger;
import vn.motcua.backbone.outbox.OutboxBatch;
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
import vn.motcua.workflow.dossier.BatchedStatements;
import vn.motcua.workflow.dossier.DossierStatus;
import vn.motcua.workflow.dossier.Instants;
import vn.motcua.workflow.dossier.Timeline;

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
    private final OutboxBatch outbox;
    private final Timeline timeline;
    private final TimelinessRule timeliness;
    private final Clock clock;

    MigrationOutcomes(EntityManager entityManager, OutboxBatch outbox, Timeline timeline, TimelinessRule timeliness,
            Clock clock) {
        this.entityManager = entityManager;
        this.timeline = timeline;
        this.outbox = outbox;
        this.timeliness = timeliness;
        this.clock = clock;
    }

    private record Case(String id, String code, String unitCode, String procedureCode, String fieldCode,
            Channel channel, Instant receivedAt, Instant dueAt, int status, String legacyId) {
    }

    /**
     * Applies intake's {@code DossierHistoryImported} of a whole poll, in the consumer's transaction, in their
     * order. Each case was opened by its dossier's DossierReceived, which precedes it on the same key. A redelivery
     * (or the same history again in the poll) finds its migration_outcome row and changes nothing; a case someone
     * acted on in MotCua already keeps its state (logged). The cases are locked, and every kind of row written,
     * in one statement for the poll.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyAll(List<DossierHistoryImported> histories) {
        if (histories.isEmpty()) {
            return;
        }
        Set<String> ids = new TreeSet<>(); // sorted: two transactions lock shared cases in the same order
        histories.forEach(history -> ids.add(history.dossierId()));
        Map<String, Case> cases = lockCases(ids);
        Set<String> applied = new HashSet<>();
        for (Object[] row : BatchedStatements.select(entityManager,
                "select dossier_id from migration_outcome where dossier_id = any(?)", ids)) {
            applied.add((String) row[0]);
        }
        Writes writes = new Writes();
        for (DossierHistoryImported history : histories) {
            apply(history, cases.get(history.dossierId()), applied, writes);
        }
        timeline.recordAll(writes.timeline);
        BatchedStatements.execute(entityManager, """
                update dossier_case set status = ?, resolved_at = ?, last_action_at = ?, version = version + 1
                where id = ?""", writes.cases);
        BatchedStatements.execute(entityManager, """
                insert into migration_outcome (dossier_id, legacy_id, outcome, resolved_at, returned_at, applied_at,
                    applied_by)
                values (?, ?, ?, ?, ?, ?, ?)""", writes.outcomes);
        outbox.appendAll(writes.events);
    }

    /** The rows a poll's histories write, each kind in one statement. */
    private static final class Writes {
        final List<Timeline.Row> timeline = new ArrayList<>();
        final List<Object[]> cases = new ArrayList<>();
        final List<Object[]> outcomes = new ArrayList<>();
        final List<OutboxBatch.Pending> events = new ArrayList<>();
    }

    private void apply(DossierHistoryImported history, Case c, Set<String> applied, Writes writes) {
        if (c == null) {
            throw new InvalidEventException("no case for imported dossier " + history.dossierCode() + " ("
                    + history.dossierId() + "): its DossierReceived did not open one");
        }
        if (!history.legacyId().equals(c.legacyId())) {
            throw new InvalidEventException("dossier " + c.code() + " was not imported from legacy record "
                    + history.legacyId() + " (its case: " + c.legacyId() + ")");
        }
        if (applied.contains(c.id())) {
            LOG.debugf("Legacy outcome of dossier %s applied before", c.code());
            return;
        }
        if (c.status() != OPEN) {
            LOG.warnf("Dossier %s is at status %d in MotCua already; its legacy outcome %s is not applied", c.code(),
                    c.status(), history.outcome());
            return;
        }
        applied.add(c.id());
        Instant resolvedAt = history.resolvedAt();
        Instant returnedAt = history.returnedAt();
        String actor = history.importedBy();
        String reason = "imported from the legacy system, record " + history.legacyId();
        int status;
        if (history.outcome().equals("WITHDRAWN")) {
            status = DossierStatus.WITHDRAWAL_REQUESTED.nationalCode();
            timeline(writes, c, "WITHDRAW", OPEN, status, actor, reason, resolvedAt);
            writes.events.add(new OutboxBatch.Pending(EventType.DOSSIER_WITHDRAWN, c.id(), c.code(),
                    new DossierWithdrawn(c.id(), c.code(), c.unitCode(), c.procedureCode(), c.fieldCode(),
                            c.channel(), c.dueAt(), resolvedAt, actor, reason, status)));
        } else {
            Outcome outcome = Outcome.valueOf(history.outcome());
            status = outcome == Outcome.STOPPED ? DossierStatus.STOPPED.nationalCode()
                    : DossierStatus.RESULT_READY.nationalCode();
            Timeliness classed = timeliness.classify(resolvedAt, c.dueAt());
            timeline(writes, c, switch (outcome) {
                case APPROVED -> "APPROVE";
                case REJECTED -> "REJECT";
                case STOPPED -> "STOP";
            }, OPEN, status, actor, reason, resolvedAt);
            writes.events.add(new OutboxBatch.Pending(EventType.DOSSIER_RESOLVED, c.id(), c.code(),
                    new DossierResolved(c.id(), c.code(), c.unitCode(), c.procedureCode(), c.fieldCode(),
                            c.channel(), outcome, c.receivedAt(), c.dueAt(), resolvedAt, classed, status)));
            if (returnedAt != null) {
                int returned = DossierStatus.RESULT_RETURNED.nationalCode();
                timeline(writes, c, "RETURN_RESULT", status, returned, actor, reason, returnedAt);
                writes.events.add(new OutboxBatch.Pending(EventType.RESULT_RETURNED, c.id(), c.code(),
                        new ResultReturned(c.id(), c.code(), c.unitCode(), c.procedureCode(), c.fieldCode(),
                                c.channel(), c.dueAt(), returnedAt, actor, reason, returned)));
                status = returned;
            }
        }
        Instant last = returnedAt != null ? returnedAt : resolvedAt;
        writes.cases.add(new Object[] {status, history.outcome().equals("WITHDRAWN") ? null : resolvedAt, last,
            c.id()});
        writes.outcomes.add(new Object[] {c.id(), history.legacyId(), history.outcome(), resolvedAt, returnedAt,
            clock.instant(), actor});
        LOG.debugf("Imported outcome %s of dossier %s (legacy %s)", history.outcome(), c.code(), history.legacyId());
    }

    private Map<String, Case> lockCases(Set<String> dossierIds) {
        Map<String, Case> cases = new HashMap<>();
        for (Object[] r : BatchedStatements.select(entityManager, """
                select id, code, unit_code, procedure_code, field_code, channel, received_at, due_at, status, legacy_id
                from dossier_case where id = any(?) order by id for update""", dossierIds)) {
            cases.put((String) r[0], new Case((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                    (String) r[4], Channel.valueOf((String) r[5]), Instants.of(r[6]), Instants.of(r[7]),
                    ((Number) r[8]).intValue(), (String) r[9]));
        }
        return cases;
    }

    private static void timeline(Writes writes, Case c, String action, int from, int to, String actor,
            String reason, Instant at) {
        // as before the poll-wide writes: no due date, step or timeliness on an imported entry
        writes.timeline.add(new Timeline.Row(c.id(), new Timeline.Entry(action, from, to, actor, null, c.unitCode(),
                reason, at, null, null, null, null, null, null, null)));
    }
}
