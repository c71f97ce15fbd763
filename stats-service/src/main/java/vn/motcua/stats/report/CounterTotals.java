package vn.motcua.stats.report;

import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * SQL giving each counter key's totals from the beginning through the end of a few days at once, from the
 * buckets of {@code V22} ({@code counter_count}): the total through day X is the key's year buckets before X's
 * year, its month buckets of X's year before X's month and its day buckets of X's month up to X.
 *
 * <p>Per key it runs one index range scan for the month and year buckets of every day together (in the primary
 * key's order, grain {@code M} comes just before {@code Y}: the range from the first day's year among the months
 * to the last day's year among the years holds them all) and one per day for its day buckets: 1 + n scans for n
 * days, where summing each grain of each day apart took 3n. The caller puts the query that uses it in a
 * {@code materialized} CTE, so that each total is computed once however many figures refer to it.
 */
final class CounterTotals {

    private final Map<String, LocalDate> days;

    private CounterTotals(Map<String, LocalDate> days) {
        this.days = days;
    }

    /** Totals through these days, by name (a name is a SQL identifier, e.g. {@code before}). */
    static CounterTotals through(Map<String, LocalDate> days) {
        return new CounterTotals(new LinkedHashMap<>(days));
    }

    /** The lateral joins to append after {@code from counter_key k}. */
    String joins() {
        String monthsAndYears = days.keySet().stream().map(name -> """
                coalesce(sum(c.n) filter (where c.grain = 'Y' and c.first_day < :%1$sYear
                    or c.grain = 'M' and c.first_day >= :%1$sYear and c.first_day < :%1$sMonth), 0) as %1$s"""
                .formatted(name)).collect(Collectors.joining(",\n"));
        String dayScans = days.keySet().stream().map(name -> """
                cross join lateral (select coalesce(sum(c.n), 0) as n from counter_count c
                    where c.key_id = k.id and c.grain = 'D' and c.first_day >= :%1$sMonth and c.first_day <= :%1$s)
                    as days_%1$s""".formatted(name)).collect(Collectors.joining("\n"));
        return """
                cross join lateral (select %s
                    from counter_count c where c.key_id = k.id
                    and (c.grain, c.first_day) >= ('M', :totalsFromYear) and (c.grain, c.first_day) < ('Y', :totalsToYear))
                    as months_and_years
                %s""".formatted(monthsAndYears, dayScans);
    }

    /** The key's total through the end of the day of that name. */
    String total(String name) {
        return "(months_and_years.%1$s + days_%1$s.n)".formatted(name);
    }

    /** Sets the parameters {@link #joins()} uses. */
    Query bind(Query query) {
        days.forEach((name, day) -> query.setParameter(name, day).setParameter(name + "Year", day.withDayOfYear(1))
                .setParameter(name + "Month", day.withDayOfMonth(1)));
        LocalDate first = days.values().stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate last = days.values().stream().max(LocalDate::compareTo).orElseThrow();
        return query.setParameter("totalsFromYear", first.withDayOfYear(1))
                .setParameter("totalsToYear", last.withDayOfYear(1));
    }
}
