package vn.motcua.stats.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.motcua.stats.dossier.Tally;

/**
 * Sums the counters into {@link DossierCounts} per row key. Every figure is a difference of two running totals
 * per counter key, at the day before the period and at its last day ({@link CounterTotals}: three short index range
 * scans per key): the work grows with the number of keys of the units, not with the number of dossiers, the
 * period's length or the history's. No dossier is read.
 */
@ApplicationScoped
public class DossierCountQuery {

    private static final String FINISH = "('RESOLVED_EARLY','RESOLVED_ON_TIME','RESOLVED_LATE','WITHDRAWN')";

    private final EntityManager entityManager;

    DossierCountQuery(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Counts keyed by the group's value (field, procedure, or the unit each counted unit is shown as; "total"
     * when not grouped), sorted by key.
     */
    public Map<String, DossierCounts> count(ReportScope scope, ReportPeriod period, GroupBy groupBy) {
        String key = switch (groupBy) {
            case NONE, UNIT -> "'" + DossierReport.TOTAL + "'";
            case FIELD -> "field_code";
            case PROCEDURE -> "procedure_code";
        };
        LocalDate before = period.firstDay().minusDays(1);
        LocalDate last = period.lastDay();
        CounterTotals totals = CounterTotals.through(Map.of("before", before, "last", last));
        // materialized: each figure below refers to the totals again, and an inlined CTE would compute them again
        Query query = entityManager.createNativeQuery("""
                with totals as materialized (
                  select k.unit_code, k.field_code, k.procedure_code, k.channel, k.measure,
                         %3$s as at_start,
                         %4$s as at_end
                  from counter_key k
                  %6$s
                  where k.unit_code in (:units) and (k.field_code = '%5$s') = :rolledUp)
                select unit_code, %1$s as row_key,
                  sum(at_end - at_start) filter (where measure = 'RECEIVED' and channel = 'ONLINE'),
                  sum(at_end - at_start) filter (where measure = 'RECEIVED' and channel <> 'ONLINE'),
                  sum(at_start) filter (where measure = 'RECEIVED'),
                  sum(at_start) filter (where measure in %2$s),
                  sum(at_end - at_start) filter (where measure = 'RESOLVED_EARLY'),
                  sum(at_end - at_start) filter (where measure = 'RESOLVED_ON_TIME'),
                  sum(at_end - at_start) filter (where measure = 'RESOLVED_LATE'),
                  sum(at_end - at_start) filter (where measure = 'WITHDRAWN'),
                  sum(at_end - at_start) filter (where measure = 'REFUSED'),
                  sum(at_end) filter (where measure = 'RECEIVED'),
                  sum(at_end) filter (where measure in %2$s),
                  sum(at_end) filter (where measure = 'LEFT_DEADLINE')
                from totals
                group by unit_code, row_key""".formatted(key, FINISH, totals.total("before"), totals.total("last"),
                        Tally.ALL, totals.joins()))
                .setParameter("units", scope.countedUnits())
                // not split by field or procedure: the units' roll-ups give the same sums from fewer keys
                .setParameter("rolledUp", groupBy == GroupBy.NONE || groupBy == GroupBy.UNIT);
        totals.bind(query);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<String, DossierCounts> counts = new TreeMap<>();
        for (Object[] r : rows) {
            String rowKey = groupBy == GroupBy.UNIT ? scope.shownAs((String) r[0]) : (String) r[1];
            counts.merge(rowKey, new DossierCounts(n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6]), n(r[7]), n(r[8]),
                    n(r[9]), n(r[10]), n(r[11]), n(r[12]), n(r[13])), DossierCounts::plus);
        }
        return counts;
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
