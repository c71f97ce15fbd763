package vn.motcua.stats.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.stats.rebuild.ProjectionLock;

/**
 * Daily counters of what {@code motcua.document} reports, per unit, field and measure (see {@code V21}). Each thing
 * counts once, on its earliest known day, whatever the number, ids and order of the events that say it.
 */
@ApplicationScoped
public class DocumentCounters {

    public static final String INCOMING = "INCOMING";
    public static final String COMPONENTS = "DOSSIER_COMPONENTS_DIGITISED";
    public static final String RESULT = "DOSSIER_RESULT_DIGITISED";

    public static String outgoing(String deliveryMode) {
        return "OUTGOING_" + deliveryMode;
    }

    public static String signed(String role) {
        return "SIGNED_" + role;
    }

    /** Counts of one unit and field over some days, by measure. */
    public record Cell(String unit, String field, Map<String, Long> byMeasure) {
        public long get(String measure) {
            return byMeasure.getOrDefault(measure, 0L);
        }
    }

    private final EntityManager entityManager;
    private final ProjectionLock lock;

    DocumentCounters(EntityManager entityManager, ProjectionLock lock) {
        this.entityManager = entityManager;
        this.lock = lock;
    }

    /**
     * Counts {@code subject} under {@code measure} once, on the earliest day any event gave it: a later day changes
     * nothing, an earlier one moves the count there. Runs in the event's transaction.
     */
    public void countFirst(String subject, String measure, String unit, String field, LocalDate day) {
        lock.forWriting();
        String fieldCode = field == null ? "" : field;
        int first = entityManager.createNativeQuery("""
                insert into document_seen (subject, kind, unit_code, field_code, day)
                values (:subject, :kind, :unit, :field, :day) on conflict do nothing""")
                .setParameter("subject", subject).setParameter("kind", measure).setParameter("unit", unit)
                .setParameter("field", fieldCode).setParameter("day", day).executeUpdate();
        if (first == 1) {
            add(unit, fieldCode, measure, day, 1);
            return;
        }
        Object[] seen = (Object[]) entityManager.createNativeQuery("""
                select unit_code, field_code, day from document_seen where subject = :subject and kind = :kind
                for update""")
                .setParameter("subject", subject).setParameter("kind", measure).getSingleResult();
        LocalDate counted = seen[2] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) seen[2];
        if (!day.isBefore(counted)) {
            return;
        }
        add((String) seen[0], (String) seen[1], measure, counted, -1);
        add(unit, fieldCode, measure, day, 1);
        entityManager.createNativeQuery("""
                update document_seen set unit_code = :unit, field_code = :field, day = :day
                where subject = :subject and kind = :kind""")
                .setParameter("subject", subject).setParameter("kind", measure).setParameter("unit", unit)
                .setParameter("field", fieldCode).setParameter("day", day).executeUpdate();
    }

    private void add(String unit, String field, String measure, LocalDate day, long by) {
        entityManager.createNativeQuery("""
                insert into document_daily (unit_code, field_code, measure, day, count)
                values (:unit, :field, :measure, :day, :by)
                on conflict (unit_code, day, measure, field_code) do update set count = document_daily.count + :by""")
                .setParameter("unit", unit).setParameter("field", field).setParameter("measure", measure)
                .setParameter("day", day).setParameter("by", by).executeUpdate();
    }

    /** The counts of {@code units} from {@code from} to {@code to} (inclusive), per unit and field. */
    public List<Cell> sum(Collection<String> units, LocalDate from, LocalDate to) {
        if (units.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select unit_code, field_code, measure, sum(count) from document_daily
                where unit_code in (:units) and day between :from and :to
                group by unit_code, field_code, measure""")
                .setParameter("units", units).setParameter("from", from).setParameter("to", to).getResultList();
        Map<List<String>, Map<String, Long>> cells = new HashMap<>();
        for (Object[] r : rows) {
            cells.computeIfAbsent(List.of((String) r[0], (String) r[1]), k -> new HashMap<>())
                    .put((String) r[2], ((Number) r[3]).longValue());
        }
        return cells.entrySet().stream()
                .map(e -> new Cell(e.getKey().get(0), e.getKey().get(1), Map.copyOf(e.getValue()))).toList();
    }
}
