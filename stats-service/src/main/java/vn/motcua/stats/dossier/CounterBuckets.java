package vn.motcua.stats.dossier;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The counters' storage ({@code V22}): per counter key, the dossiers counted in each day, month and year bucket
 * ({@code counter_count}). A tally adds to one bucket of each grain, three rows whatever its day; a key's total
 * through a day is the sum of the years before it, the months of its year before its month and the days of its
 * month up to it (see {@code DossierCountQuery}).
 */
public final class CounterBuckets {

    /** A counter key without its day. */
    public record Key(String unitCode, String fieldCode, String procedureCode, String channel, Measure measure)
            implements Comparable<Key> {

        private static final Comparator<Key> ORDER = Comparator.comparing(Key::unitCode)
                .thenComparing(Key::fieldCode).thenComparing(Key::procedureCode).thenComparing(Key::channel)
                .thenComparing(k -> k.measure().name());

        static Key of(Tally t) {
            return new Key(t.unitCode(), t.fieldCode(), t.procedureCode(), t.channel(), t.measure());
        }

        @Override
        public int compareTo(Key other) {
            return ORDER.compare(this, other);
        }
    }

    /** One bucket of a key: grain D (a day), M (a month, its first day) or Y (a year, 1 January). */
    record Bucket(long keyId, char grain, LocalDate firstDay) implements Comparable<Bucket> {
        private static final Comparator<Bucket> ORDER = Comparator.comparingLong(Bucket::keyId)
                .thenComparing(Bucket::grain).thenComparing(Bucket::firstDay);

        @Override
        public int compareTo(Bucket other) {
            return ORDER.compare(this, other);
        }
    }

    private static final int BATCH = 5_000;

    private CounterBuckets() {
    }

    /** The three buckets a count on {@code day} goes into. */
    static List<Bucket> of(long keyId, LocalDate day) {
        return List.of(new Bucket(keyId, 'D', day), new Bucket(keyId, 'M', day.withDayOfMonth(1)),
                new Bucket(keyId, 'Y', day.withDayOfYear(1)));
    }

    /**
     * Adds signed counts per key and day to the live counters, in the caller's transaction: the keys are created
     * or found in one statement, the buckets changed by one upsert, both in key order (so that concurrent writers
     * lock rows in the same order and do not deadlock).
     *
     * @return the bucket rows written
     */
    static int add(Connection c, Map<Key, Map<LocalDate, Long>> deltas) throws SQLException {
        Map<Key, Long> ids = keyIds(c, deltas.keySet());
        TreeMap<Bucket, Long> buckets = new TreeMap<>();
        deltas.forEach((key, days) -> days.forEach((day, by) -> {
            for (Bucket b : of(ids.get(key), day)) {
                buckets.merge(b, by, Long::sum);
            }
        }));
        buckets.values().removeIf(by -> by == 0);
        if (buckets.isEmpty()) {
            return 0;
        }
        int size = buckets.size();
        Long[] keyIds = new Long[size];
        String[] grains = new String[size];
        Date[] days = new Date[size];
        Long[] counts = new Long[size];
        int i = 0;
        for (var e : buckets.entrySet()) {
            keyIds[i] = e.getKey().keyId();
            grains[i] = String.valueOf(e.getKey().grain());
            days[i] = Date.valueOf(e.getKey().firstDay());
            counts[i++] = e.getValue();
        }
        try (PreparedStatement p = c.prepareStatement("""
                insert into counter_count (key_id, grain, first_day, n)
                select * from unnest(?::bigint[], ?::char(1)[], ?::date[], ?::bigint[]) as u(key_id, grain, first_day, n)
                order by key_id, grain, first_day
                on conflict (key_id, grain, first_day) do update set n = counter_count.n + excluded.n""")) {
            p.setArray(1, c.createArrayOf("bigint", keyIds));
            p.setArray(2, c.createArrayOf("bpchar", grains));
            p.setArray(3, c.createArrayOf("date", days));
            p.setArray(4, c.createArrayOf("bigint", counts));
            return p.executeUpdate();
        }
    }

    /**
     * The ids of these keys, creating those not known yet without a race between writers: {@code insert ... on
     * conflict do update ... returning} gives the id whether this statement or another transaction created it.
     */
    private static Map<Key, Long> keyIds(Connection c, java.util.Set<Key> keys) throws SQLException {
        List<Key> sorted = new ArrayList<>(keys);
        sorted.sort(null);
        int size = sorted.size();
        String[][] columns = new String[5][size];
        for (int i = 0; i < size; i++) {
            Key k = sorted.get(i);
            columns[0][i] = k.unitCode();
            columns[1][i] = k.fieldCode();
            columns[2][i] = k.procedureCode();
            columns[3][i] = k.channel();
            columns[4][i] = k.measure().name();
        }
        Map<Key, Long> ids = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("""
                insert into counter_key (unit_code, field_code, procedure_code, channel, measure)
                select * from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[])
                    as u(unit_code, field_code, procedure_code, channel, measure)
                order by unit_code, field_code, procedure_code, channel, measure
                on conflict (unit_code, field_code, procedure_code, channel, measure)
                    do update set measure = excluded.measure
                returning id, unit_code, field_code, procedure_code, channel, measure""")) {
            for (int i = 0; i < 5; i++) {
                p.setArray(i + 1, c.createArrayOf("varchar", columns[i]));
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    ids.put(new Key(r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                            Measure.valueOf(r.getString(6))), r.getLong(1));
                }
            }
        }
        return ids;
    }

    /** Writes whole counters into empty tables {@code counter_key<suffix>} and {@code counter_count<suffix>}. */
    static void writeAll(Connection c, Map<Key, TreeMap<LocalDate, Long>> counts, String suffix) throws SQLException {
        try (PreparedStatement key = c.prepareStatement("""
                insert into counter_key%s (unit_code, field_code, procedure_code, channel, measure)
                values (?, ?, ?, ?, ?) returning id""".formatted(suffix));
                PreparedStatement bucket = c.prepareStatement(
                        "insert into counter_count%s (key_id, grain, first_day, n) values (?, ?, ?, ?)"
                                .formatted(suffix))) {
            int pending = 0;
            for (var entry : counts.entrySet()) {
                Key k = entry.getKey();
                key.setString(1, k.unitCode());
                key.setString(2, k.fieldCode());
                key.setString(3, k.procedureCode());
                key.setString(4, k.channel());
                key.setString(5, k.measure().name());
                long id;
                try (ResultSet r = key.executeQuery()) {
                    r.next();
                    id = r.getLong(1);
                }
                TreeMap<Bucket, Long> buckets = new TreeMap<>();
                entry.getValue().forEach((day, n) -> of(id, day).forEach(b -> buckets.merge(b, n, Long::sum)));
                for (var b : buckets.entrySet()) {
                    bucket.setLong(1, id);
                    bucket.setString(2, String.valueOf(b.getKey().grain()));
                    bucket.setDate(3, Date.valueOf(b.getKey().firstDay()));
                    bucket.setLong(4, b.getValue());
                    bucket.addBatch();
                    if (++pending == BATCH) {
                        bucket.executeBatch();
                        pending = 0;
                    }
                }
            }
            bucket.executeBatch();
        }
    }
}
