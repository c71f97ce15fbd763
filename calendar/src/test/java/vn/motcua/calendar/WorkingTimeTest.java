package vn.motcua.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.motcua.calendar.Vn.at;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When the desk works, and how much working time lies between two instants. 2024-03-04 is a Monday. */
class WorkingTimeTest {

    private final WorkingCalendar calendar = WorkingCalendar.vietnam();

    @ParameterizedTest(name = "{0} working: {1}")
    @CsvSource({
            "2024-03-04 06:59, false",
            "2024-03-04 07:00, true",
            "2024-03-04 11:29, true",
            "2024-03-04 11:30, false",
            "2024-03-04 13:30, true",
            "2024-03-04 16:59:59, true",
            "2024-03-04 17:00, false",
            "2024-03-09 10:00, false",  // Saturday
            "2024-05-04 10:00, true",   // working Saturday
            "2025-05-02 10:00, false",  // swapped day off
            "2026-02-18 10:00, false",  // Tết
            "2028-01-05 20:00, false"}) // evening: no holiday data needed to know the desk is closed
    void deskWorksInSessionsOfWorkingDays(String local, boolean working) {
        assertEquals(working, calendar.isWorkingTime(at(local)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "2024-03-04 09:15:42, 2024-03-04 09:15:42", // already working: unchanged, seconds kept
            "2024-03-04 06:00, 2024-03-04 07:00",
            "2024-03-04 11:30, 2024-03-04 13:30",
            "2024-03-04 12:45, 2024-03-04 13:30",
            "2024-03-04 17:00, 2024-03-05 07:00",
            "2024-03-08 17:01, 2024-03-11 07:00",       // Friday evening -> Monday morning
            "2024-03-09 10:00, 2024-03-11 07:00",       // Saturday
            "2024-03-10 23:59, 2024-03-11 07:00",       // Sunday night
            "2022-01-28 17:30, 2022-02-07 07:00",       // Friday before Tết 2022
            "2026-02-13 17:00, 2026-02-23 07:00",       // Friday before Tết 2026
            "2026-08-21 17:00, 2026-08-22 07:00",       // Friday before a working Saturday
            "2025-12-31 17:00, 2026-01-05 07:00"})      // New Year and the swapped 2 January
    void nextWorkingInstantIsTheNextSessionStart(String local, String expected) {
        Instant next = calendar.nextWorkingInstant(at(local));
        assertEquals(at(expected), next, () -> "was " + Vn.local(next));
    }

    @ParameterizedTest(name = "{0} .. {1} = {2} min")
    @CsvSource({
            "2024-03-04 09:00, 2024-03-04 09:00, 0",
            "2024-03-04 09:00, 2024-03-04 10:00, 60",
            "2024-03-04 11:00, 2024-03-04 14:00, 60",     // lunch break does not count
            "2024-03-04 07:00, 2024-03-04 17:00, 480",
            "2024-03-04 00:00, 2024-03-05 00:00, 480",
            "2024-03-08 16:00, 2024-03-11 08:00, 120",    // the weekend does not count
            "2024-03-04 07:00, 2024-03-11 07:00, 2400",   // a week is 40 working hours
            "2022-01-28 07:00, 2022-02-07 17:00, 960",    // Tết 2022: two working days in eleven
            "2024-05-03 16:00, 2024-05-06 08:00, 600",    // includes the working Saturday 4 May
            "2026-12-31 16:00, 2027-01-01 00:00, 60"})    // ends at midnight: 2027 is not needed
    void workingTimeBetweenCountsOnlyOpenTime(String from, String to, long minutes) {
        assertEquals(Duration.ofMinutes(minutes), calendar.workingTimeBetween(at(from), at(to)));
    }

    @Test
    void workingTimeBackwardsIsNegativeSoOverdueDossiersShowHowLate() {
        assertEquals(Duration.ofMinutes(-120),
                calendar.workingTimeBetween(at("2024-03-11 08:00"), at("2024-03-08 16:00")));
    }

    @Test
    void workingTimeIntoAnUnannouncedYearLeavesOutItsStatutoryNewYear() {
        assertEquals(Duration.ofMinutes(120),
                calendar.workingTimeBetween(at("2026-12-31 16:00"), at("2027-01-04 08:00")));
    }

    @ParameterizedTest(name = "{0} + {1} min = {2}")
    @CsvSource({
            "2024-03-04 09:00, 0, 2024-03-04 09:00",
            "2024-03-04 09:00, 150, 2024-03-04 11:30",  // used up at the session end: stays there
            "2024-03-04 09:00, 151, 2024-03-04 13:31",
            "2024-03-04 12:00, 1, 2024-03-04 13:31",    // from the lunch break
            "2024-03-04 17:00, 60, 2024-03-05 08:00",
            "2024-03-08 16:30, 60, 2024-03-11 07:30",
            "2024-03-04 09:00:30, 1, 2024-03-04 09:01:30"})
    void addingWorkingTimeSkipsClosedTime(String from, long minutes, String expected) {
        Instant result = calendar.addWorkingTime(at(from), Duration.ofMinutes(minutes));
        assertEquals(at(expected), result, () -> "was " + Vn.local(result));
    }

    @Test
    void negativeWorkingTimeCannotBeAdded() {
        assertThrows(IllegalArgumentException.class,
                () -> calendar.addWorkingTime(at("2024-03-04 09:00"), Duration.ofMinutes(-1)));
    }

    @Test
    void aUnitWithItsOwnHoursCountsByThem() {
        WorkingCalendar province = new WorkingCalendar(
                WorkingHours.parse("MON-FRI", "07:30-11:30,13:00-17:00"), HolidayTable.vietnam());

        assertEquals(at("2024-03-04 07:30"), province.nextWorkingInstant(at("2024-03-04 07:00")));
        assertEquals(Duration.ofMinutes(60),
                province.workingTimeBetween(at("2024-03-04 11:00"), at("2024-03-04 13:30")));
    }
}
