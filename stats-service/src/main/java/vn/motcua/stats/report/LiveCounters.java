package vn.motcua.stats.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.Map;
import vn.motcua.stats.dossier.Tally;

/**
 * Dashboard figures for a day, from the same running totals as the reports: received that day, in progress and
 * overdue at its end, and due within the next working days. A dossier not yet finished counts
 * {@code LEFT_DEADLINE} on the day after its due date, a day still to come; so the dossiers due from {@code day}
 * to {@code dueBy} are that measure's total through {@code dueBy + 1} minus its total through {@code day}.
 */
@ApplicationScoped
public class LiveCounters {

    /**
     * @param day                   the day (Asia/Ho_Chi_Minh)
     * @param receivedToday         received on that day
     * @param inProgress            not finished at the day's end
     * @param overdue               of those, due before the day (quá hạn)
     * @param dueBy                 the second working day after {@code day}
     * @param dueWithinWorkingDays  not finished and due from {@code day} to {@code dueBy}
     */
    public record Figures(LocalDate day, long receivedToday, long inProgress, long overdue, LocalDate dueBy,
            long dueWithinWorkingDays) {
    }

    private static final String FINISH = "('RESOLVED_EARLY','RESOLVED_ON_TIME','RESOLVED_LATE','WITHDRAWN')";

    private final EntityManager entityManager;

    LiveCounters(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Figures on(ReportScope scope, LocalDate day, LocalDate dueBy) {
        CounterTotals totals = CounterTotals.through(
                Map.of("yesterday", day.minusDays(1), "today", day, "afterDueBy", dueBy.plusDays(1)));
        Query query = entityManager.createNativeQuery("""
                with totals as materialized (
                  select k.measure, %2$s as yesterday, %3$s as today, %4$s as after_due_by
                  from counter_key k
                  %6$s
                  where k.unit_code in (:units) and k.field_code = '%5$s')
                select sum(today - yesterday) filter (where measure = 'RECEIVED'),
                       sum(today) filter (where measure = 'RECEIVED'),
                       sum(today) filter (where measure in %1$s),
                       sum(today) filter (where measure = 'LEFT_DEADLINE'),
                       sum(after_due_by - today) filter (where measure = 'LEFT_DEADLINE')
                from totals""".formatted(FINISH, totals.total("yesterday"), totals.total("today"),
                        totals.total("afterDueBy"), Tally.ALL, totals.joins()))
                .setParameter("units", scope.countedUnits());
        totals.bind(query);
        Object[] r = (Object[]) query.getSingleResult();
        long received = n(r[1]);
        long inProgress = received - n(r[2]);
        long withinDeadline = received - n(r[3]);
        return new Figures(day, n(r[0]), inProgress, inProgress - withinDeadline, dueBy, n(r[4]));
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
