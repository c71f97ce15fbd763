package vn.motcua.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The days off and swapped working days of each year, as the government announces them (Labour
 * Code 2019 art. 112 and the yearly dispatches of the Government Office). Which day is swapped for
 * which, and how Tết is extended, is decided each year, so announcements are data.
 *
 * <p>A year is <em>confirmed</em> when the table holds its announcement. For any other year the
 * table answers with the days the law itself gives ({@link StatutoryHolidays}, Tết from the
 * Vietnamese lunar calendar): deadlines can always be computed, and {@link #unconfirmedYears} tells
 * the caller which of the years it used were not announced yet.
 *
 * <p>Immutable; {@link #withYear} returns a new table, so a running service can swap tables safely.
 */
public final class HolidayTable {

    private static final String VIETNAM_RESOURCE = "holidays-vn.csv";
    private static final StatutoryHolidays STATUTORY = StatutoryHolidays.vietnam();
    /** Statutory days by year, computed once per year on first use. */
    private static final Map<Integer, Map<LocalDate, AnnouncedDay>> STATUTORY_BY_YEAR = new ConcurrentHashMap<>();

    private final Map<LocalDate, AnnouncedDay> byDate;
    private final SortedSet<Integer> years;

    private HolidayTable(Map<LocalDate, AnnouncedDay> byDate, SortedSet<Integer> years) {
        this.byDate = byDate;
        this.years = years;
    }

    /**
     * A table of the given days; it covers exactly the announcement years those days belong to.
     *
     * @throws IllegalArgumentException if two entries name the same date
     */
    public static HolidayTable of(Collection<AnnouncedDay> days) {
        Map<LocalDate, AnnouncedDay> byDate = new HashMap<>();
        SortedSet<Integer> years = new TreeSet<>();
        for (AnnouncedDay day : days) {
            AnnouncedDay earlier = byDate.putIfAbsent(day.date(), day);
            if (earlier != null) {
                throw new IllegalArgumentException("the holiday table lists " + day.date() + " twice: '"
                        + earlier.name() + "' and '" + day.name() + "'");
            }
            years.add(day.year());
        }
        return new HolidayTable(Map.copyOf(byDate), Collections.unmodifiableSortedSet(years));
    }

    /** The Vietnamese table shipped with the platform ({@code vn/motcua/calendar/holidays-vn.csv}). */
    public static HolidayTable vietnam() {
        return Shipped.VIETNAM;
    }

    /** Reads a table in the CSV format of {@code holidays-vn.csv}; see {@link HolidayCsv}. */
    public static HolidayTable parse(Reader reader, String sourceName) {
        return of(HolidayCsv.read(reader, sourceName));
    }

    /** Reads a UTF-8 table in the CSV format of {@code holidays-vn.csv}. */
    public static HolidayTable parse(InputStream in, String sourceName) {
        return parse(new InputStreamReader(in, StandardCharsets.UTF_8), sourceName);
    }

    /** True if the table holds the announcement for {@code year}: the year is confirmed. */
    public boolean covers(int year) {
        return years.contains(year);
    }

    /** The years from {@code from}'s to {@code to}'s (inclusive) that have no announcement, in order. */
    public SortedSet<Integer> unconfirmedYears(LocalDate from, LocalDate to) {
        SortedSet<Integer> unconfirmed = new TreeSet<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            if (!covers(year)) {
                unconfirmed.add(year);
            }
        }
        return Collections.unmodifiableSortedSet(unconfirmed);
    }

    /** The years whose announcements the table holds, in order. */
    public SortedSet<Integer> coveredYears() {
        return years;
    }

    /**
     * What the announcement says about {@code date}: a day off, a swapped working day, or nothing
     * (an ordinary day, governed by the unit's working weekdays). For a year without announcement,
     * what the law says: a statutory day off or given-back day, or nothing.
     */
    public Optional<AnnouncedDay> announced(LocalDate date) {
        AnnouncedDay day = byDate.get(date);
        if (day != null || years.contains(date.getYear())) {
            return Optional.ofNullable(day);
        }
        return Optional.ofNullable(statutory(date.getYear()).get(date));
    }

    /** The days of one year's announcement, in date order; empty if the year is not covered. */
    public List<AnnouncedDay> days(int year) {
        List<AnnouncedDay> days = new ArrayList<>();
        for (AnnouncedDay day : byDate.values()) {
            if (day.year() == year) {
                days.add(day);
            }
        }
        days.sort(Comparator.comparing(AnnouncedDay::date));
        return List.copyOf(days);
    }

    /** The announced days of {@code year} if it is confirmed, otherwise its statutory days; in date order. */
    public List<AnnouncedDay> daysInForce(int year) {
        return covers(year) ? days(year) : STATUTORY.of(year);
    }

    /**
     * A new table with {@code year}'s announcement replaced by {@code days} (or added, if the year was
     * not covered). Other years are kept.
     *
     * @throws IllegalArgumentException if a day belongs to another year's announcement, or if
     *                                  {@code days} is empty (a year always has holidays)
     */
    public HolidayTable withYear(int year, Collection<AnnouncedDay> days) {
        if (days.isEmpty()) {
            throw new IllegalArgumentException("the announcement for " + year + " has no days");
        }
        List<AnnouncedDay> all = new ArrayList<>();
        for (AnnouncedDay day : days) {
            if (day.year() != year) {
                throw new IllegalArgumentException(day.date() + " belongs to the announcement for " + day.year()
                        + ", not " + year);
            }
            all.add(day);
        }
        for (AnnouncedDay day : byDate.values()) {
            if (day.year() != year) {
                all.add(day);
            }
        }
        return of(all);
    }

    @Override
    public String toString() {
        return "HolidayTable" + years;
    }

    private static Map<LocalDate, AnnouncedDay> statutory(int year) {
        return STATUTORY_BY_YEAR.computeIfAbsent(year, y -> {
            Map<LocalDate, AnnouncedDay> days = new HashMap<>();
            STATUTORY.of(y).forEach(day -> days.put(day.date(), day));
            return Map.copyOf(days);
        });
    }

    /** Loaded once, on first use. */
    private static final class Shipped {
        static final HolidayTable VIETNAM = load();

        private static HolidayTable load() {
            try (InputStream in = HolidayTable.class.getResourceAsStream(VIETNAM_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource vn/motcua/calendar/" + VIETNAM_RESOURCE);
                }
                return parse(in, VIETNAM_RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
