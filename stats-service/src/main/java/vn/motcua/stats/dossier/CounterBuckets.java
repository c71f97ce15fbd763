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

        /**
         * Mixed, unlike a record's default (31 times the previous component's hash plus the next): unit codes and
         * procedure codes differ in their last characters, and the default's collisions filled hash buckets with
         * trees (a batch looks up every key it counts).
         */
        @Override
        public int hashCode() {
            int h = unitCode.hashCode();
            h = h * 0x9E3779B1 + fieldCode.hashCode();
            h = h * 0x9E3779B1 + procedureCode.hashCode();
            h = h * 0x9E3779B1 + channel.hashCode();
            h = h * 0x9E3779B1 + measure.ordinal();
            h ^= h >>> 16;
            h *= 0x85EBCA6B;
            h ^= h >>> 13;
            return h;
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
     * Adds signed counts per key and day to the live counters, in the caller's transaction: the keys are found (and
     * those not known yet created) in one or two statements, the buckets changed by one upsert. Both statements
     * take their rows in key order (their {@code order by}), so concurrent writers lock rows in the same order and
     * do not deadlock. Days travel as epoch days ({@code int[]}): neither {@code java.sql.Date} nor the JVM's time
     * zone is involved.
     *
     * @return the bucket rows written
     */
    static int add(Connection c, Map<Key, Map<LocalDate, Long>> deltas) throws SQLException {
        Map<Key, Long> ids = keyIds(c, deltas.keySet());
        LongCounts buckets = new LongCounts(deltas.size() * 8);
        deltas.forEach((key, days) -> {
            long id = ids.get(key);
            days.forEach((day, by) -> {
                long epochDay = day.toEpochDay();
                buckets.add(pack(id, 0, epochDay), by);
                buckets.add(pack(id, 1, day.withDayOfMonth(1).toEpochDay()), by);
                buckets.add(pack(id, 2, day.withDayOfYear(1).toEpochDay()), by);
            });
        });
        int size = buckets.nonZero();
        if (size == 0) {
            return 0;
        }
        Long[] keyIds = new Long[size];
        String[] grains = new String[size];
        Integer[] days = new Integer[size];
        Long[] counts = new Long[size];
        int[] next = {0};
        buckets.forEachNonZero((bucket, count) -> {
            int i = next[0]++;
            keyIds[i] = bucket >>> 24;
            grains[i] = GRAIN_NAMES[(int) (bucket >>> 22) & 3];
            days[i] = (int) (bucket & DAY_MASK) - DAY_BIAS;
            counts[i] = count;
        });
        try (PreparedStatement p = c.prepareStatement("""
                insert into counter_count (key_id, grain, first_day, n)
                select key_id, grain, date '1970-01-01' + epoch_day, n
                from unnest(?::bigint[], ?::char(1)[], ?::int[], ?::bigint[]) as u(key_id, grain, epoch_day, n)
                order by key_id, grain, epoch_day
                on conflict (key_id, grain, first_day) do update set n = counter_count.n + excluded.n""")) {
            p.setArray(1, c.createArrayOf("bigint", keyIds));
            p.setArray(2, c.createArrayOf("bpchar", grains));
            p.setArray(3, c.createArrayOf("int4", days));
            p.setArray(4, c.createArrayOf("bigint", counts));
            return p.executeUpdate();
        }
    }

    private static final String[] GRAIN_NAMES = {"D", "M", "Y"};
    private static final long DAY_MASK = (1L << 22) - 1;
    private static final int DAY_BIAS = 1 << 21;

    /** A bucket as one long: key id (40 bits), grain index (2 bits: D, M, Y), epoch day (22 bits, biased). */
    static long pack(long keyId, int grain, long epochDay) {
        return keyId << 24 | (long) grain << 22 | (epochDay + DAY_BIAS);
    }

    /**
     * The ids of these keys. Known keys are read (no write: a key's row never changes once created); the others
     * are created without a race between writers: {@code insert ... on conflict do update ... returning} gives the
     * id whether this statement or another transaction created it.
     */
    private static Map<Key, Long> keyIds(Connection c, java.util.Set<Key> keys) throws SQLException {
        Map<Key, Long> ids = new HashMap<>(keys.size() * 2);
        keyStatement(c, """
                select k.id, k.unit_code, k.field_code, k.procedure_code, k.channel, k.measure
                from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[])
                    as u(unit_code, field_code, procedure_code, channel, measure)
                join counter_key k using (unit_code, field_code, procedure_code, channel, measure)""", keys, ids);
        if (ids.size() < keys.size()) {
            List<Key> missing = new ArrayList<>(keys.size() - ids.size());
            keys.forEach(k -> {
                if (!ids.containsKey(k)) {
                    missing.add(k);
                }
            });
            keyStatement(c, """
                    insert into counter_key (unit_code, field_code, procedure_code, channel, measure)
                    select * from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[])
                        as u(unit_code, field_code, procedure_code, channel, measure)
                    order by unit_code, field_code, procedure_code, channel, measure
                    on conflict (unit_code, field_code, procedure_code, channel, measure)
                        do update set measure = excluded.measure
                    returning id, unit_code, field_code, procedure_code, channel, measure""", missing, ids);
        }
        return ids;
    }

    private static void keyStatement(Connection c, String sql, java.util.Collection<Key> keys, Map<Key, Long> ids)
            throws SQLException {
        int size = keys.size();
        String[][] columns = new String[5][size];
        int i = 0;
        for (Key k : keys) {
            columns[0][i] = k.unitCode();
            columns[1][i] = k.fieldCode();
            columns[2][i] = k.procedureCode();
            columns[3][i] = k.channel();
            columns[4][i++] = k.measure().name();
        }
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int column = 0; column < 5; column++) {
                p.setArray(column + 1, c.createArrayOf("varchar", columns[column]));
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    ids.put(new Key(r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                            Measure.valueOf(r.getString(6))), r.getLong(1));
                }
            }
        }
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
