package vn.motcua.workflow.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.motcua.contracts.dossier.Timeliness;

/**
 * The dossier's history: who did what, when and why, the deadlines in force afterwards, and how the step or the
 * dossier finished.
 */
@ApplicationScoped
public class Timeline {

    private final EntityManager entityManager;

    Timeline(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * One entry of the timeline: the action, who (id and name as the token said then), when and why; the dossier's
     * due date and the step (with its deadline) in force afterwards; how the step the action ended finished; for a
     * resolution, how the dossier did; for a fee, its amount and receipt number.
     */
    public record Entry(String action, Integer fromStatus, int toStatus, String actor, String actorName,
            String actorUnit, String reason, Instant at, Instant dueAt, String step, Instant stepDueAt,
            String stepTimeliness, String timeliness, Long amountVnd, String receiptNumber) {

        public boolean isFee() {
            return Action.REQUEST_FEE.name().equals(action) || Action.RECORD_FEE_PAID.name().equals(action);
        }
    }

    /** The dossier's timeline, oldest first. */
    public List<Entry> entries(String dossierId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select action, from_status, to_status, actor, actor_name, actor_unit, reason, at, due_at, step_name,
                    step_due_at, step_timeliness, timeliness, amount_vnd, receipt_number
                from dossier_timeline where dossier_id = :id order by id""")
                .setParameter("id", dossierId).getResultList();
        return rows.stream().map(r -> new Entry((String) r[0], r[1] == null ? null : ((Number) r[1]).intValue(),
                ((Number) r[2]).intValue(), (String) r[3], (String) r[4], (String) r[5], (String) r[6],
                Instants.of(r[7]), r[8] == null ? null : Instants.of(r[8]), (String) r[9],
                r[10] == null ? null : Instants.of(r[10]), (String) r[11], (String) r[12],
                r[13] == null ? null : ((Number) r[13]).longValue(), (String) r[14])).toList();
    }

    /** A fee requested or paid (nghĩa vụ tài chính): the amount and, once paid, the receipt number (số biên lai). */
    public record Fee(long amountVnd, String receiptNumber) {
    }

    /**
     * @param actorName the actor's name as their token said it (null when the actor is a service)
     * @param ended     the step leg the action ended, if any
     * @param open      the step leg open after the action, if any
     * @param resolved  for a resolution: how the dossier finished
     * @param fee       for a fee requested or paid
     */
    public void record(DossierCase dossier, String action, DossierStatus from, DossierStatus to, String actor,
            String actorName, String actorUnit, String reason, Instant at, Optional<Steps.Leg> ended,
            Optional<Steps.Leg> open, Timeliness resolved, Optional<Fee> fee) {
        recordAll(List.of(new Row(dossier.id, new Entry(action, from == null ? null : from.nationalCode(),
                to.nationalCode(), actor, actorName, actorUnit, reason, at, dossier.dueAt,
                open.map(Steps.Leg::stepName).orElse(null), open.map(Steps.Leg::dueAt).orElse(null),
                ended.flatMap(Steps.Leg::timeliness).map(Enum::name).orElse(null),
                resolved == null ? null : resolved.name(), fee.map(Fee::amountVnd).orElse(null),
                fee.map(Fee::receiptNumber).orElse(null)))));
    }

    /** An entry of dossier {@code dossierId}'s timeline, to be written. */
    public record Row(String dossierId, Entry entry) {
    }

    /** Writes the entries, in this order, in one round trip (a consumer's batch). */
    public void recordAll(List<Row> rows) {
        BatchedStatements.execute(entityManager, """
                insert into dossier_timeline (dossier_id, action, from_status, to_status, actor, actor_unit, reason, at,
                    due_at, step_name, step_due_at, step_timeliness, timeliness, actor_name, amount_vnd, receipt_number)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows.stream().map(row -> {
                    Entry e = row.entry();
                    return new Object[] {row.dossierId(), e.action(), e.fromStatus(), e.toStatus(), e.actor(),
                        e.actorUnit(), e.reason(), e.at(), e.dueAt(), e.step(), e.stepDueAt(), e.stepTimeliness(),
                        e.timeliness(), e.actorName(), e.amountVnd(), e.receiptNumber()};
                }).toList());
    }
}
