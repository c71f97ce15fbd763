package vn.motcua.stats.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.stats.rebuild.ProjectionRebuild;
import vn.motcua.stats.UnitEvents;

/**
 * What a counter change costs and that writers on several replicas do not trip over each other: an event about a
 * day two years ago writes as many rows as one about today, and two transactions creating the same key get one key.
 */
@QuarkusTest
class CounterWritesTest {

    @Inject
    DossierCounters counters;
    @Inject
    DataSource dataSource;

    @Inject
    ProjectionRebuild rebuild;

    private final String unit = UnitEvents.freshCode();

    /** A rebuild swapping tables in meanwhile would take this test's rows away. */
    @BeforeEach
    void noRebuildRuns() {
        await().atMost(Duration.ofSeconds(120)).until(() -> !rebuild.status().running());
    }

    /**
     * These counts come from no event: a rebuild would not find them again, and refuses to swap in tables that know
     * fewer dossiers than those in use.
     */
    @AfterEach
    void forgetTheseCounts() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("delete from counter_count where key_id in (select id from counter_key where unit_code = '%s')"
                    .formatted(unit));
            s.execute("delete from counter_key where unit_code = '%s'".formatted(unit));
            s.execute("delete from dossier_facts where unit_code = '%s'".formatted(unit));
        }
    }

    private int receive(String dossierId, LocalDate day) {
        DossierFacts.Where where = new DossierFacts.Where(unit, "ho-tich", "1.001193", "ONLINE");
        var at = day.atTime(LocalTime.of(9, 0)).atZone(DossierCounters.ZONE).toInstant();
        return QuarkusTransaction.requiringNew().call(() -> counters.learnAll(List.of(
                new DossierEventFacts.Change(dossierId, f -> f.received(where, at, at.plusSeconds(10 * 86_400))))));
    }

    /** Counter rows that the transaction which last wrote this dossier's facts wrote, read from their xmin. */
    private long rowsWrittenWith(String dossierId) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement("""
                select count(*) from counter_count c, dossier_facts f
                where f.dossier_id = ? and c.xmin = f.xmin""")) {
            p.setString(1, dossierId);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    @Test
    void anEventAboutADayTwoYearsAgoWritesAsFewRowsAsOneAboutToday() throws SQLException {
        LocalDate today = LocalDate.now(DossierCounters.ZONE);
        // a history of the same keys on 60 days over the two years
        for (int i = 0; i < 60; i++) {
            receive(UUID.randomUUID().toString(), today.minusDays(12L * i));
        }
        String old = UUID.randomUUID().toString();
        String recent = UUID.randomUUID().toString();
        int oldRows = receive(old, today.minusYears(2));
        int recentRows = receive(recent, today);

        // RECEIVED and LEFT_DEADLINE, each in the key and its roll-up, each in a day, a month and a year bucket
        assertThat(oldRows).isEqualTo(12);
        assertThat(recentRows).isEqualTo(12);
        assertThat(rowsWrittenWith(old)).isEqualTo(12);
        assertThat(rowsWrittenWith(recent)).isEqualTo(12);
    }

    @Test
    void twoTransactionsCreatingTheSameKeyGetOneKey() throws Exception {
        CounterBuckets.Key key = new CounterBuckets.Key(unit, "dat-dai", "2.000001", "ONLINE", Measure.RECEIVED);
        Map<CounterBuckets.Key, Map<LocalDate, Long>> one = Map.of(key, Map.of(LocalDate.of(2024, 5, 6), 1L));
        try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            CounterBuckets.add(first, one); // creates the key, not committed yet
            CompletableFuture<Integer> other = CompletableFuture.supplyAsync(() -> {
                try {
                    int written = CounterBuckets.add(second, one); // waits for the first transaction's key
                    second.commit();
                    return written;
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            first.commit();
            assertThat(other.get(30, TimeUnit.SECONDS)).isEqualTo(3);
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement("""
                select count(distinct k.id), sum(c.n) filter (where c.grain = 'D')
                from counter_key k join counter_count c on c.key_id = k.id
                where k.unit_code = ? and k.field_code = 'dat-dai'""")) {
            p.setString(1, unit);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                assertThat(r.getLong(1)).isEqualTo(1);
                assertThat(r.getLong(2)).isEqualTo(2);
            }
        }
    }
}
