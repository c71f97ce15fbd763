package vn.motcua.stats.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sums the daily counters into {@link DossierCounts} per row key: one pass over the counters of the units
 * up to the period's last day; no dossier is read.
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
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select unit_code, %1$s as row_key,
                  sum(count) filter (where measure = 'RECEIVED' and day >= :first and channel = 'ONLINE'),
                  sum(count) filter (where measure = 'RECEIVED' and day >= :first and channel <> 'ONLINE'),
                  sum(count) filter (where measure = 'RECEIVED' and day < :first),
                  sum(count) filter (where measure in %2$s and day < :first),
                  sum(count) filter (where measure = 'RESOLVED_EARLY' and day >= :first),
                  sum(count) filter (where measure = 'RESOLVED_ON_TIME' and day >= :first),
                  sum(count) filter (where measure = 'RESOLVED_LATE' and day >= :first),
                  sum(count) filter (where measure = 'WITHDRAWN' and day >= :first),
                  sum(count) filter (where measure = 'REFUSED' and day >= :first),
                  sum(count) filter (where measure = 'RECEIVED'),
                  sum(count) filter (where measure in %2$s),
                  sum(count) filter (where measure = 'RECEIVED' and due_on >= :last),
                  sum(count) filter (where measure in %2$s and due_on >= :last)
                from daily_count
                where unit_code in (:units) and day <= :last
                group by unit_code, row_key""".formatted(key, FINISH))
                .setParameter("units", scope.countedUnits())
                .setParameter("first", period.firstDay())
                .setParameter("last", period.lastDay())
                .getResultList();
        Map<String, DossierCounts> counts = new TreeMap<>();
        for (Object[] r : rows) {
            String rowKey = groupBy == GroupBy.UNIT ? scope.shownAs((String) r[0]) : (String) r[1];
            counts.merge(rowKey, new DossierCounts(n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6]), n(r[7]), n(r[8]),
                    n(r[9]), n(r[10]), n(r[11]), n(r[12]), n(r[13]), n(r[14])), DossierCounts::plus);
        }
        return counts;
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
