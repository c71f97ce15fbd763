package vn.motcua.stats.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import vn.motcua.calendar.TimelinessRule;

/**
 * Keeps the daily counters equal to the sum of every dossier's tallies: a change of a dossier's facts
 * subtracts the tallies of its old facts and adds those of its new ones, in the caller's transaction.
 */
@ApplicationScoped
public class DossierCounters {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final EntityManager entityManager;
    private final TimelinessRule rule = TimelinessRule.vietnam();

    DossierCounters(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Applies what an event says of a dossier; must run inside the event's transaction. */
    public void learn(String dossierId, UnaryOperator<DossierFacts> change) {
        DossierFactsRow row = entityManager.find(DossierFactsRow.class, dossierId, LockModeType.PESSIMISTIC_WRITE);
        DossierFacts before = row == null ? DossierFacts.unknown(dossierId) : row.facts();
        DossierFacts after = change.apply(before);
        if (row == null) {
            row = new DossierFactsRow();
            row.dossierId = dossierId;
            row.take(after);
            entityManager.persist(row);
        } else {
            row.take(after);
        }
        Map<Tally, Long> delta = new HashMap<>();
        before.tallies(rule, ZONE).forEach(t -> delta.merge(t, -1L, Long::sum));
        after.tallies(rule, ZONE).forEach(t -> delta.merge(t, 1L, Long::sum));
        delta.forEach((tally, by) -> {
            if (by != 0) {
                add(tally, by);
            }
        });
    }

    private void add(Tally t, long by) {
        entityManager.createNativeQuery("""
                insert into daily_count (unit_code, field_code, procedure_code, channel, measure, day, due_on, count)
                values (:unit, :field, :procedure, :channel, :measure, :day, :dueOn, :by)
                on conflict (unit_code, day, measure, due_on, field_code, procedure_code, channel)
                do update set count = daily_count.count + excluded.count""")
                .setParameter("unit", t.unitCode())
                .setParameter("field", t.fieldCode())
                .setParameter("procedure", t.procedureCode())
                .setParameter("channel", t.channel())
                .setParameter("measure", t.measure().name())
                .setParameter("day", t.day())
                .setParameter("dueOn", t.dueOn())
                .setParameter("by", by)
                .executeUpdate();
    }
}
