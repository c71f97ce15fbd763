package vn.motcua.stats.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
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
            deltas.computeIfAbsent(CounterBuckets.Key.of(each), k -> new HashMap<>()).merge(each.day(), by, Long::sum);
        }
    }

    /**
     * The known facts of these dossiers, locked for this transaction in id order. Instants travel as epoch
     * microseconds (PostgreSQL's own precision), which spares parsing and formatting a timestamp per column.
     */
    private static Map<String, DossierFacts> read(Connection c, TreeSet<String> ids) throws SQLException {
        Map<String, DossierFacts> facts = new HashMap<>(ids.size() * 2);
        try (PreparedStatement p = c.prepareStatement("""
                select dossier_id, unit_code, field_code, procedure_code, channel, %s, %s, %s, %s, finish, %s, %s
                from dossier_facts where dossier_id = any (?) order by dossier_id for update""".formatted(
                micros("received_at"), micros("received_due_at"), micros("final_due_at"),
                micros("final_due_as_of"), micros("finished_at"), micros("refused_at")))) {
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

    /** Writes the changed facts in one statement, in id order (the order their rows were locked in). */
    private static void write(Connection c, Map<String, DossierFacts> changed) throws SQLException {
        int size = changed.size();
        String[][] text = new String[6][size];
        Long[][] micros = new Long[6][size];
        int i = 0;
        for (DossierFacts f : new TreeMap<>(changed).values()) {
            text[0][i] = f.dossierId();
            text[1][i] = f.unitCode();
            text[2][i] = f.fieldCode();
            text[3][i] = f.procedureCode();
            text[4][i] = f.channel();
            text[5][i] = f.finish() == null ? null : f.finish().name();
            micros[0][i] = micros(f.receivedAt());
            micros[1][i] = micros(f.receivedDueAt());
            micros[2][i] = micros(f.finalDueAt());
            micros[3][i] = micros(f.finalDueAsOf());
            micros[4][i] = micros(f.finishedAt());
            micros[5][i++] = micros(f.refusedAt());
        }
        try (PreparedStatement p = c.prepareStatement("insert into dossier_facts (" + COLUMNS + """
                ) select dossier_id, unit_code, field_code, procedure_code, channel, %s, %s, %s, %s, finish, %s, %s
                from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],
                            ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[])
                    as u(dossier_id, unit_code, field_code, procedure_code, channel, finish,
                         received_at, received_due_at, final_due_at, final_due_as_of, finished_at, refused_at)
                order by dossier_id
                on conflict (dossier_id) do update set unit_code = excluded.unit_code,
                    field_code = excluded.field_code, procedure_code = excluded.procedure_code,
                    channel = excluded.channel, received_at = excluded.received_at,
                    received_due_at = excluded.received_due_at, final_due_at = excluded.final_due_at,
                    final_due_as_of = excluded.final_due_as_of, finish = excluded.finish,
                    finished_at = excluded.finished_at, refused_at = excluded.refused_at""".formatted(
                timestamp("u.received_at"), timestamp("u.received_due_at"), timestamp("u.final_due_at"),
                timestamp("u.final_due_as_of"), timestamp("u.finished_at"), timestamp("u.refused_at")))) {
            for (int column = 0; column < 6; column++) {
                p.setArray(column + 1, c.createArrayOf("varchar", text[column]));
            }
            for (int column = 0; column < 6; column++) {
                p.setArray(column + 7, c.createArrayOf("bigint", micros[column]));
            }
            p.executeUpdate();
        }
    }

    private static String micros(String column) {
        return "(extract(epoch from %s) * 1000000)::bigint".formatted(column);
    }

    private static String timestamp(String micros) {
        return "timestamptz 'epoch' + %s * interval '1 microsecond'".formatted(micros);
    }

    private static Long micros(Instant value) {
        return value == null ? null : value.getEpochSecond() * 1_000_000 + value.getNano() / 1_000;
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        long micros = r.getLong(column);
        return r.wasNull() ? null : Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000),
                Math.floorMod(micros, 1_000_000) * 1_000L);
    }
}
