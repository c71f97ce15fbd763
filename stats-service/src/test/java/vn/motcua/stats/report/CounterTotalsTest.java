package vn.motcua.stats.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.stats.UnitEvents;
import vn.motcua.stats.unit.UnitHierarchy;
import vn.motcua.stats.unit.UnitVersion;

/**
 * A report's figures from the day, month and year buckets equal the plain sums of the day counts, for periods whose
 * edges fall in different months and years (the official first quarter starts on 15 December), with counts on every
 * grain's first and last days and corrections (negative counts).
 */
@QuarkusTest
class CounterTotalsTest {

    private enum Counter { RECEIVED_ONLINE, RECEIVED_IN_PERSON, RESOLVED_LATE, LEFT_DEADLINE }

    @Inject
    DataSource dataSource;
    @Inject
    DossierCountQuery query;

    @ParameterizedTest
    @CsvSource({"2025-Q1, OFFICIAL", "2025-Q1, CALENDAR", "2024, CALENDAR", "2024, OFFICIAL", "2024-07, OFFICIAL",
        "2023-H2, CALENDAR", "2022-12, CALENDAR"})
    void figuresFromBucketsEqualSumsOfDays(String period, CutOff cutOff) throws SQLException {
        String unit = UnitEvents.freshCode();
        Map<Counter, TreeMap<LocalDate, Long>> days = daysOfCounts();
        write(unit, days);
        ReportPeriod asked = ReportPeriod.parse(period, cutOff);
        UnitHierarchy hierarchy = new UnitHierarchy(List.of(new UnitVersion(unit, 1, "Xã", "COMMUNE",
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty())), Map.of());
        ReportScope scope = ReportScope.of(hierarchy, unit, false, UnitsView.HISTORICAL, asked,
                LocalDate.parse("2025-06-30"));

        DossierCounts counts = QuarkusTransaction.requiringNew()
                .call(() -> query.count(scope, asked, GroupBy.NONE)).get(DossierReport.TOTAL);

        LocalDate before = asked.firstDay().minusDays(1);
        LocalDate last = asked.lastDay();
        long receivedBefore = through(days, Counter.RECEIVED_ONLINE, before)
                + through(days, Counter.RECEIVED_IN_PERSON, before);
        long receivedByEnd = through(days, Counter.RECEIVED_ONLINE, last) + through(days, Counter.RECEIVED_IN_PERSON, last);
        assertThat(counts).isEqualTo(new DossierCounts(
                between(days, Counter.RECEIVED_ONLINE, before, last), between(days, Counter.RECEIVED_IN_PERSON, before, last),
                receivedBefore, through(days, Counter.RESOLVED_LATE, before), 0, 0,
                between(days, Counter.RESOLVED_LATE, before, last), 0, 0, receivedByEnd,
                through(days, Counter.RESOLVED_LATE, last), through(days, Counter.LEFT_DEADLINE, last)));
        assertThat(counts.receivedByPeriodEnd()).isPositive();
    }

    /** Counts on about one day in three from 2021-12-31 to 2025-06-01, first and last days of months included. */
    private static Map<Counter, TreeMap<LocalDate, Long>> daysOfCounts() {
        Map<Counter, TreeMap<LocalDate, Long>> days = new EnumMap<>(Counter.class);
        for (Counter counter : Counter.values()) {
            TreeMap<LocalDate, Long> counts = new TreeMap<>();
            for (LocalDate d = LocalDate.parse("2021-12-31"); d.isBefore(LocalDate.parse("2025-06-02")); d = d.plusDays(1)) {
                int h = Math.floorMod((d.toEpochDay() * 31 + counter.ordinal() * 7) * 2654435761L, 97);
                if (h % 3 == 0 || d.getDayOfMonth() == 1 || d.plusDays(1).getDayOfMonth() == 1) {
                    counts.put(d, h % 11 == 0 ? -1L : 1 + h % 5L); // now and then a correction takes one back
                }
            }
            days.put(counter, counts);
        }
        return days;
    }

    private static long through(Map<Counter, TreeMap<LocalDate, Long>> days, Counter counter, LocalDate day) {
        return days.get(counter).headMap(day, true).values().stream().mapToLong(Long::longValue).sum();
    }

    private static long between(Map<Counter, TreeMap<LocalDate, Long>> days, Counter counter, LocalDate before,
            LocalDate last) {
        return through(days, counter, last) - through(days, counter, before);
    }

    /** The unit's roll-up keys with these day counts, and their month and year buckets summed from them. */
    private void write(String unit, Map<Counter, TreeMap<LocalDate, Long>> days) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            for (var entry : days.entrySet()) {
                String channel = entry.getKey() == Counter.RECEIVED_ONLINE ? "ONLINE" : "IN_PERSON";
                String measure = entry.getKey().name().startsWith("RECEIVED") ? "RECEIVED" : entry.getKey().name();
                long keyId;
                try (PreparedStatement key = c.prepareStatement("""
                        insert into counter_key (unit_code, field_code, procedure_code, channel, measure)
                        values (?, '*', '*', ?, ?) returning id""")) {
                    key.setString(1, unit);
                    key.setString(2, channel);
                    key.setString(3, measure);
                    try (ResultSet r = key.executeQuery()) {
                        r.next();
                        keyId = r.getLong(1);
                    }
                }
                try (PreparedStatement day = c.prepareStatement(
                        "insert into counter_count (key_id, grain, first_day, n) values (?, 'D', ?, ?)")) {
                    for (var count : entry.getValue().entrySet()) {
                        day.setLong(1, keyId);
                        day.setDate(2, Date.valueOf(count.getKey()));
                        day.setLong(3, count.getValue());
                        day.addBatch();
                    }
                    day.executeBatch();
                }
                try (Statement s = c.createStatement()) {
                    s.execute("""
                            insert into counter_count (key_id, grain, first_day, n)
                            select key_id, g.grain, date_trunc(g.unit, first_day)::date, sum(n)
                            from counter_count cross join (values ('M', 'month'), ('Y', 'year')) as g(grain, unit)
                            where key_id = %d and counter_count.grain = 'D'
                            group by key_id, g.grain, date_trunc(g.unit, first_day)""".formatted(keyId));
                }
            }
        }
    }
}
