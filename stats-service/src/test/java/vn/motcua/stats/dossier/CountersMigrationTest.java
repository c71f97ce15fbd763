package vn.motcua.stats.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** {@code V22} turns the prefix sums of {@code V4} into day, month and year counts, in a schema of its own. */
@QuarkusTest
class CountersMigrationTest {

    @Inject
    DataSource dataSource;

    private Flyway flyway(String schema, String target) {
        return Flyway.configure().dataSource(dataSource).schemas(schema).locations("db/migration").target(target)
                .load();
    }

    @Test
    void prefixSumsBecomeDayMonthAndYearCounts() throws SQLException {
        String schema = "v22_conversion";
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + schema + " cascade");
        }
        flyway(schema, "21").migrate();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into " + schema + ".counter_key (id, unit_code, field_code, procedure_code, channel, "
                    + "measure) values (7, 'u', '*', '*', 'ONLINE', 'RECEIVED')");
            // running totals: 2 through 2023-12-30, 5 through 2024-01-05, 4 (one taken back) through 2024-01-20...
            s.execute("insert into " + schema + ".day_through (key_id, day, through) values (7, '2023-12-30', 2), "
                    + "(7, '2024-01-05', 5), (7, '2024-01-20', 4), (7, '2024-03-01', 10)");
        }
        flyway(schema, "22").migrate();
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select grain, first_day, n from " + schema
                     + ".counter_count where key_id = 7 order by grain, first_day")) {
            while (r.next()) {
                rows.add(r.getString(1) + " " + r.getDate(2) + " " + r.getLong(3));
            }
            s.execute("drop schema " + schema + " cascade");
        }
        assertThat(rows).containsExactly(
                "D 2023-12-30 2", "D 2024-01-05 3", "D 2024-01-20 -1", "D 2024-03-01 6",
                "M 2023-12-01 2", "M 2024-01-01 2", "M 2024-03-01 6",
                "Y 2023-01-01 2", "Y 2024-01-01 8");
    }
}
