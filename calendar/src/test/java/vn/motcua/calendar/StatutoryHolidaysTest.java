package vn.motcua.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Labour Code 2019 art. 112 and the weekend give-back, for years nobody has announced yet. */
class StatutoryHolidaysTest {

    private final StatutoryHolidays statutory = StatutoryHolidays.vietnam();

    @Test
    void twentyTwentySevenHasTheElevenStatutoryDaysAndTheDaysGivenBack() {
        // Tết 6 Feb (Sat): 5 Feb eve to 9 Feb; Saturday 6 and Sunday 7 given back on 10 and 11 Feb.
        // Hùng Kings 16 Apr (Fri). 1 May (Sat) given back on Monday 3 May. 2 Sep (Thu) with 1 Sep (Wed).
        assertEquals(dates("2027-01-01", "2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08", "2027-02-09",
                        "2027-02-10", "2027-02-11", "2027-04-16", "2027-04-30", "2027-05-01", "2027-05-03",
                        "2027-09-01", "2027-09-02"),
                datesOf(statutory.of(2027)));
    }

    @Test
    void everyComputedDayIsOffAndSaysItIsNotAnAnnouncement() {
        for (AnnouncedDay day : statutory.of(2027)) {
            assertEquals(DayKind.DAY_OFF, day.kind());
            assertEquals(2027, day.year());
            assertEquals(StatutoryHolidays.SOURCE, day.source());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {2022, 2023, 2024, 2025, 2026})
    void everyStatutoryHolidayIsOffInTheGovernmentsAnnouncement(int year) {
        // the announcements may move given-back days (2024 added 8 Feb instead), never a holiday itself
        Set<LocalDate> announcedOff = HolidayTable.vietnam().days(year).stream()
                .filter(d -> d.kind() == DayKind.DAY_OFF).map(AnnouncedDay::date).collect(Collectors.toSet());
        for (AnnouncedDay holiday : statutory.of(year)) {
            if (!holiday.name().startsWith("Nghỉ bù")) {
                assertTrue(announcedOff.contains(holiday.date()), holiday + " is not off in " + year);
            }
        }
    }

    @Test
    void holidaysOnAWeekendAreGivenBackAfterTheWholeBreak() {
        // 2023: Hùng Kings Saturday 29 April, 30 April Sunday, 1 May Monday: given back 2 and 3 May
        Set<LocalDate> days = datesOf(statutory.of(2023));
        assertTrue(days.containsAll(dates("2023-04-29", "2023-04-30", "2023-05-01", "2023-05-02", "2023-05-03")));
        assertTrue(!days.contains(LocalDate.parse("2023-05-04")));
    }

    @Test
    void nationalDayTakesTheThirdWhenTheFirstIsASunday() {
        // 2024: 1 September is a Sunday, so the adjacent day is Tuesday 3 September (as announced)
        Set<LocalDate> days = datesOf(statutory.of(2024));
        assertTrue(days.containsAll(dates("2024-09-02", "2024-09-03")));
    }

    private static Set<LocalDate> datesOf(List<AnnouncedDay> days) {
        return days.stream().map(AnnouncedDay::date).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<LocalDate> dates(String... isoDates) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (String date : isoDates) {
            dates.add(LocalDate.parse(date));
        }
        return dates;
    }
}
