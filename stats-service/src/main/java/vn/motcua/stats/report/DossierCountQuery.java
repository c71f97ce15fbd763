package vn.motcua.stats.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** Counts keyed by the group's value (field, unit or procedure code; "total" when not grouped), sorted. */
    public Map<String, DossierCounts> count(List<String> units, ReportPeriod period, GroupBy groupBy) {
        String key = switch (groupBy) {
            case NONE -> "'" + DossierReport.TOTAL + "'";
            case FIELD -> "field_code";
            case UNIT -> "unit_code";
            case PROCEDURE -> "procedure_code";
        };
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select %1$s as row_key,
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
                group by row_key
                order by row_key""".formatted(key, FINISH))
                .setParameter("units", units)
                .setParameter("first", period.firstDay())
                .setParameter("last", period.lastDay())
                .getResultList();
        Map<String, DossierCounts> counts = new LinkedHashMap<>();
        for (Object[] r : rows) {
            counts.put((String) r[0], new DossierCounts(n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6]), n(r[7]),
                    n(r[8]), n(r[9]), n(r[10]), n(r[11]), n(r[12]), n(r[13])));
        }
        return counts;
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
