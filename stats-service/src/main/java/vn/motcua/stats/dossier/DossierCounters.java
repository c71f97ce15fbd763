package vn.motcua.stats.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.hibernate.Session;
import vn.motcua.calendar.TimelinessRule;
import vn.motcua.stats.rebuild.ProjectionLock;

/**
 * Keeps the counters equal to the sum of every dossier's tallies: a change of a dossier's facts subtracts the
 * tallies of its old facts and adds those of its new ones, in the caller's transaction. A batch of changes is
 * applied at once: the dossiers' facts are read and locked in one statement (in id order), merged in memory,
 * written back in one batch, and the tallies' differences are summed per key and bucket and written by one upsert
 * (three bucket rows per key and day, whatever the day's age; see {@link CounterBuckets}).
 */
@ApplicationScoped
public class DossierCounters {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final String COLUMNS = """
            dossier_id, unit_code, field_code, procedure_code, channel, received_at, received_due_at, final_due_at,
            final_due_as_of, finish, finished_at, refused_at""";

    private final EntityManager entityManager;
    private final ProjectionLock lock;
    private final TimelinessRule rule = TimelinessRule.vietnam();

    DossierCounters(EntityManager entityManager, ProjectionLock lock) {
        this.entityManager = entityManager;
        this.lock = lock;
    }

    /** Applies what an event says of a dossier; must run inside the event's transaction. */
    public void learn(String dossierId, UnaryOperator<DossierFacts> change) {
        learnAll(List.of(new DossierEventFacts.Change(dossierId, change)));
    }

    /**
     * Applies the changes, in their order, in the caller's transaction.
     *
     * @return the counter bucket rows written
     */
    public int learnAll(List<DossierEventFacts.Change> changes) {
        if (changes.isEmpty()) {
            return 0;
        }
        lock.forWriting();
        entityManager.flush();
        return entityManager.unwrap(Session.class).doReturningWork(c -> apply(c, changes));
    }

    private int apply(Connection c, List<DossierEventFacts.Change> changes) throws SQLException {
        TreeSet<String> ids = new TreeSet<>();
        changes.forEach(change -> ids.add(change.dossierId()));
        Map<String, DossierFacts> before = read(c, ids);
        Map<String, DossierFacts> after = new LinkedHashMap<>();
        for (DossierEventFacts.Change change : changes) {
            String id = change.dossierId();
            DossierFacts known = after.getOrDefault(id, before.getOrDefault(id, DossierFacts.unknown(id)));
            after.put(id, change.change().apply(known));
        }
        after.values().removeIf(f -> f.equals(before.get(f.dossierId())));
        if (after.isEmpty()) {
            return 0;
        }
        write(c, after);
        Map<CounterBuckets.Key, Map<LocalDate, Long>> deltas = new HashMap<>();
        for (DossierFacts now : after.values()) {
            DossierFacts was = before.get(now.dossierId());
            if (was != null) {
                was.tallies(rule, ZONE).forEach(t -> count(deltas, t, -1));
            }
            now.tallies(rule, ZONE).forEach(t -> count(deltas, t, 1));
        }
        return CounterBuckets.add(c, deltas);
    }

    private static void count(Map<CounterBuckets.Key, Map<LocalDate, Long>> deltas, Tally t, long by) {
        for (Tally each : List.of(t, t.rolledUp())) {
            deltas.computeIfAbsent(CounterBuckets.Key.of(each), k -> new TreeMap<>()).merge(each.day(), by, Long::sum);
        }
    }

    /** The known facts of these dossiers, locked for this transaction in id order. */
    private static Map<String, DossierFacts> read(Connection c, TreeSet<String> ids) throws SQLException {
        Map<String, DossierFacts> facts = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("select " + COLUMNS
                + " from dossier_facts where dossier_id = any (?) order by dossier_id for update")) {
            p.setArray(1, c.createArrayOf("varchar", ids.toArray()));
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    facts.put(r.getString(1), new DossierFacts(r.getString(1), r.getString(2), r.getString(3),
                            r.getString(4), r.getString(5), instant(r, 6), instant(r, 7), instant(r, 8),
                            instant(r, 9), r.getString(10) == null ? null : DossierFacts.Finish.valueOf(r.getString(10)),
                            instant(r, 11), instant(r, 12)));
                }
            }
        }
        return facts;
    }

    private static void write(Connection c, Map<String, DossierFacts> changed) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("insert into dossier_facts (" + COLUMNS + """
                ) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (dossier_id) do update set unit_code = excluded.unit_code,
                    field_code = excluded.field_code, procedure_code = excluded.procedure_code,
                    channel = excluded.channel, received_at = excluded.received_at,
                    received_due_at = excluded.received_due_at, final_due_at = excluded.final_due_at,
                    final_due_as_of = excluded.final_due_as_of, finish = excluded.finish,
                    finished_at = excluded.finished_at, refused_at = excluded.refused_at""")) {
            for (DossierFacts f : new TreeMap<>(changed).values()) {
                p.setString(1, f.dossierId());
                p.setString(2, f.unitCode());
                p.setString(3, f.fieldCode());
                p.setString(4, f.procedureCode());
                p.setString(5, f.channel());
                instant(p, 6, f.receivedAt());
                instant(p, 7, f.receivedDueAt());
                instant(p, 8, f.finalDueAt());
                instant(p, 9, f.finalDueAsOf());
                p.setString(10, f.finish() == null ? null : f.finish().name());
                instant(p, 11, f.finishedAt());
                instant(p, 12, f.refusedAt());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private static void instant(PreparedStatement p, int index, Instant value) throws SQLException {
        if (value == null) {
            p.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            p.setObject(index, value.atOffset(java.time.ZoneOffset.UTC));
        }
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        OffsetDateTime t = r.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
