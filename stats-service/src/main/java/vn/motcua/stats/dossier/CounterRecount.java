package vn.motcua.stats.dossier;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import vn.motcua.calendar.TimelinessRule;

/**
 * Recomputes every counter from {@code dossier_facts} in one pass: at start-up when the counters are empty but
 * dossiers are known (after the counters' schema changed), and to load large data sets. Live events go through
 * {@link DossierCounters} instead.
 */
@ApplicationScoped
public class CounterRecount {

    private static final Logger LOG = Logger.getLogger(CounterRecount.class);
    private static final int BATCH = 5_000;

    private final DataSource dataSource;

    CounterRecount(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void onStart(@Observes StartupEvent start) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            ResultSet r = s.executeQuery("select exists (select 1 from counter_key), exists (select 1 from dossier_facts)");
            r.next();
            if (!r.getBoolean(1) && r.getBoolean(2)) {
                LOG.info("Counters are empty but dossiers are known: recounting from dossier_facts");
                recountAll();
            }
        }
    }

    /** Replaces every counter by the tallies of the dossiers' current facts; returns the dossiers read. */
    public long recountAll() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            Counts counts = new Counts();
            try (Statement s = c.createStatement()) {
                s.setFetchSize(BATCH);
                ResultSet r = s.executeQuery("""
                        select dossier_id, unit_code, field_code, procedure_code, channel, received_at,
                               received_due_at, final_due_at, final_due_as_of, finish, finished_at, refused_at
                        from dossier_facts""");
                while (r.next()) {
                    counts.add(new DossierFacts(r.getString(1), r.getString(2), r.getString(3),
                            r.getString(4), r.getString(5), instant(r, 6), instant(r, 7), instant(r, 8),
                            instant(r, 9), r.getString(10) == null ? null : DossierFacts.Finish.valueOf(r.getString(10)),
                            instant(r, 11), instant(r, 12)));
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("delete from counter_count");
                s.execute("delete from counter_key");
            }
            counts.writeTo(c, "");
            c.commit();
            LOG.infof("Recounted %d dossiers into %d counter keys", counts.dossiers, counts.byKey.size());
            return counts.dossiers;
        }
    }

    /** The counters of a set of dossiers, added up in memory, to be written in bulk. */
    public static final class Counts {
        private final TimelinessRule rule = TimelinessRule.vietnam();
        private final Map<CounterBuckets.Key, TreeMap<LocalDate, Long>> byKey = new HashMap<>();
        private long dossiers;
        private long tallies;

        /** How many tallies were counted, each in its key and its unit's roll-up. */
        public long tallies() {
            return tallies;
        }

        public void add(DossierFacts facts) {
            dossiers++;
            for (Tally t : facts.tallies(rule, DossierCounters.ZONE)) {
                count(t);
                count(t.rolledUp());
            }
        }

        private void count(Tally t) {
            tallies++;
            byKey.computeIfAbsent(CounterBuckets.Key.of(t), k -> new TreeMap<>()).merge(t.day(), 1L, Long::sum);
        }

        /** Writes into empty tables {@code counter_key<suffix>} and {@code counter_count<suffix>}. */
        public void writeTo(Connection c, String suffix) throws SQLException {
            CounterBuckets.writeAll(c, byKey, suffix);
        }
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        OffsetDateTime t = r.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
