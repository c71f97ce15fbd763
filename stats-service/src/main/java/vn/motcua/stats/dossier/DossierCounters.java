package vn.motcua.stats.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import vn.motcua.calendar.TimelinessRule;
import vn.motcua.stats.rebuild.ProjectionLock;

/**
 * Keeps the counters equal to the sum of every dossier's tallies: a change of a dossier's facts subtracts the
 * tallies of its old facts and adds those of its new ones, in the caller's transaction. Each change updates the
 * day's count and the key's prefix sums from that month on (one row for an event of the current month).
 */
@ApplicationScoped
public class DossierCounters {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final EntityManager entityManager;
    private final ProjectionLock lock;
    private final TimelinessRule rule = TimelinessRule.vietnam();

    DossierCounters(EntityManager entityManager, ProjectionLock lock) {
        this.entityManager = entityManager;
        this.lock = lock;
    }

    /** Applies what an event says of a dossier; must run inside the event's transaction. */
    public void learn(String dossierId, UnaryOperator<DossierFacts> change) {
        lock.forWriting();
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
        before.tallies(rule, ZONE).forEach(t -> {
            delta.merge(t, -1L, Long::sum);
            delta.merge(t.rolledUp(), -1L, Long::sum);
        });
        after.tallies(rule, ZONE).forEach(t -> {
            delta.merge(t, 1L, Long::sum);
            delta.merge(t.rolledUp(), 1L, Long::sum);
        });
        delta.forEach((tally, by) -> {
            if (by != 0) {
                add(tally, by);
            }
        });
    }

    private void add(Tally t, long by) {
        long key = keyId(t);
        // the day's running total starts from the last one before it; then it and every later one move by `by`
        entityManager.createNativeQuery("""
                insert into day_through (key_id, day, through)
                values (:key, :day, coalesce((select d.through from day_through d where d.key_id = :key
                    and d.day < :day order by d.day desc limit 1), 0))
                on conflict (key_id, day) do nothing""")
                .setParameter("key", key).setParameter("day", t.day()).executeUpdate();
        entityManager.createNativeQuery(
                "update day_through set through = through + :by where key_id = :key and day >= :day")
                .setParameter("key", key).setParameter("day", t.day()).setParameter("by", by).executeUpdate();
    }

    private long keyId(Tally t) {
        Object id = entityManager.createNativeQuery("""
                with added as (
                    insert into counter_key (unit_code, field_code, procedure_code, channel, measure)
                    values (:unit, :field, :procedure, :channel, :measure)
                    on conflict do nothing returning id)
                select id from added
                union all
                select id from counter_key where unit_code = :unit and field_code = :field
                    and procedure_code = :procedure and channel = :channel and measure = :measure""")
                .setParameter("unit", t.unitCode()).setParameter("field", t.fieldCode())
                .setParameter("procedure", t.procedureCode()).setParameter("channel", t.channel())
                .setParameter("measure", t.measure().name())
                .setMaxResults(1).getSingleResult();
        return ((Number) id).longValue();
    }
}
