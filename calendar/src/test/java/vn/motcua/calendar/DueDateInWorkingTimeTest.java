package vn.motcua.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.motcua.calendar.Vn.at;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "A processing time in working days counts working hours from receipt; receipt outside working hours
 * counts from the next working slot." One working day is 8 working hours. 2024-03-04 is a Monday.
 */
class DueDateInWorkingTimeTest {

    private final WorkingCalendar calendar = WorkingCalendar.vietnam();

    @Test
    void dossierReceivedMondayMorningWithOneWorkingDayIsDueTuesdaySameHour() {
        assertDue("2024-03-04 09:00", ProcessingTime.workingDays(1), "2024-03-05 09:00");
    }

    @Test
    void dossierReceivedFridayAtFourFiftyNineIsDueMondayAtFourFiftyNine() {
        assertDue("2024-03-08 16:59", ProcessingTime.workingDays(1), "2024-03-11 16:59");
    }

    @Test
    void dossierReceivedAfterFivePmCountsFromNextWorkingMorning() {
        assertEquals(at("2024-03-11 07:00"),
                calendar.countingStart(at("2024-03-08 17:01"), ProcessingTime.workingDays(1)));
        assertDue("2024-03-08 17:01", ProcessingTime.workingDays(1), "2024-03-11 17:00");
    }

    @Test
    void workingDayUsedUpAtClosingIsDueAtClosingNotNextMorning() {
        assertDue("2024-03-04 07:00", ProcessingTime.workingDays(1), "2024-03-04 17:00");
        assertDue("2024-03-04 07:00", ProcessingTime.workingDays(2), "2024-03-05 17:00");
    }

    @ParameterizedTest(name = "received {0}")
    @CsvSource({
            "2024-03-04 11:29, 2024-03-05 11:29",
            "2024-03-04 11:30, 2024-03-05 11:30",  // lunch begins: counts from 13:30, used up at 11:30 next day
            "2024-03-04 12:15, 2024-03-05 11:30",
            "2024-03-04 13:29, 2024-03-05 11:30",
            "2024-03-04 13:30, 2024-03-05 11:30",
            "2024-03-04 13:31, 2024-03-05 13:31"})
    void dossierReceivedInTheLunchBreakCountsFromTheAfternoonSession(String received, String due) {
        assertDue(received, ProcessingTime.workingDays(1), due);
    }

    @ParameterizedTest(name = "received {0}")
    @CsvSource({
            "2024-03-09 08:00, 2024-03-11 17:00",  // Saturday
            "2024-03-10 15:00, 2024-03-11 17:00",  // Sunday
            "2024-03-11 06:30, 2024-03-11 17:00"}) // Monday before opening
    void dossierReceivedOnAWeekendCountsFromMondayMorning(String received, String due) {
        assertDue(received, ProcessingTime.workingDays(1), due);
    }

    @ParameterizedTest(name = "received {0} + {1} working days")
    @CsvSource({
            "2022-01-28 10:00, 1, 2022-02-07 10:00",  // Tết 2022: 29 Jan - 6 Feb off
            "2022-01-27 08:00, 3, 2022-02-08 08:00",
            "2022-02-01 09:00, 1, 2022-02-07 17:00",  // received during Tết
            "2026-02-13 14:00, 2, 2026-02-24 14:00",  // Tết 2026: 14 - 22 Feb off
            "2026-02-12 09:00, 5, 2026-02-26 09:00",
            "2026-02-16 10:00, 1, 2026-02-23 17:00"}) // submitted online during Tết 2026
    void tetBreakLongerThanAWeekIsSkipped(String received, int days, String due) {
        assertDue(received, ProcessingTime.workingDays(days), due);
    }

    @ParameterizedTest(name = "received {0} + {1} working days")
    @CsvSource({
            "2024-05-03 10:00, 1, 2024-05-04 10:00",  // Saturday 4 May 2024 is worked
            "2024-04-26 10:00, 1, 2024-05-02 10:00",  // 27 Apr - 1 May off, 29 Apr swapped
            "2025-04-25 10:00, 1, 2025-04-26 10:00",  // Saturday 26 Apr 2025 is worked
            "2025-04-29 10:00, 1, 2025-05-05 10:00",  // 30 Apr, 1 May off, 2 May swapped off
            "2026-01-09 10:00, 1, 2026-01-10 10:00",  // Saturday 10 Jan 2026 is worked
            "2026-01-09 10:00, 2, 2026-01-12 10:00",
            "2026-08-21 10:00, 1, 2026-08-22 10:00",  // Saturday 22 Aug 2026 is worked
            "2026-08-28 10:00, 1, 2026-09-03 10:00"}) // 29 Aug - 2 Sep off, 31 Aug swapped
    void swappedDaysAreWorkedAndSwappedDaysOffAreNot(String received, int days, String due) {
        assertDue(received, ProcessingTime.workingDays(days), due);
    }

    @ParameterizedTest(name = "received {0} + {1} working days")
    @CsvSource({
            "2024-12-31 10:00, 1, 2025-01-02 10:00",  // 1 January off
            "2025-12-31 16:00, 1, 2026-01-05 16:00",  // 1 January off, 2 January swapped
            "2022-12-30 09:00, 1, 2023-01-03 09:00",  // 31 Dec 2022 - 2 Jan 2023 off
            "2025-12-24 09:00, 5, 2025-12-31 09:00",
            "2025-12-24 09:00, 7, 2026-01-06 09:00"})
    void deadlineCrossingTheYearEndSkipsNewYear(String received, int days, String due) {
        assertDue(received, ProcessingTime.workingDays(days), due);
    }

    @Test
    void deadlineRunningIntoAnUnannouncedYearSkipsItsStatutoryNewYearAndSaysSo() {
        // 1 January 2027 is a Friday: a statutory holiday although 2027 is not announced yet
        assertDue("2026-12-31 10:00", ProcessingTime.workingDays(1), "2027-01-04 10:00");
        assertEquals(Set.of(2027), calendar.unconfirmedYears(at("2026-12-31 10:00"), at("2027-01-04 10:00")));
        assertEquals(Set.of(), calendar.unconfirmedYears(at("2026-12-07 09:00"), at("2026-12-31 10:00")));
    }

    @Test
    void landDossierReceivedInDecemberTwentyTwentySixGetsADueDateInTwentyTwentySeven() {
        // procedure 1.013978: 20 working days; 18 are left in December after the day of receipt,
        // then 1 January (statutory, Friday) is off: the 19th is Monday 4, the 20th Tuesday 5 January
        assertDue("2026-12-07 09:00", ProcessingTime.workingDays(20), "2027-01-05 09:00");
    }

    @Test
    void leapDayIsAnOrdinaryWorkingDay() {
        assertDue("2024-02-28 10:00", ProcessingTime.workingDays(1), "2024-02-29 10:00");
        assertDue("2024-02-29 10:00", ProcessingTime.workingDays(1), "2024-03-01 10:00");
    }

    @Test
    void leapDayOfAnUnannouncedYearIsAnOrdinaryWorkingDay() {
        assertDue("2028-02-29 10:00", ProcessingTime.workingDays(1), "2028-03-01 10:00");
    }

    @ParameterizedTest(name = "received {0} + {1} working hours")
    @CsvSource({
            "2024-03-04 09:00, 4, 2024-03-04 15:00",
            "2024-03-04 15:00, 4, 2024-03-05 09:00",
            "2024-03-04 07:00, 4, 2024-03-04 11:00",
            "2024-03-04 07:00, 5, 2024-03-04 14:00",
            "2024-03-08 16:00, 2, 2024-03-11 08:00",
            "2024-03-04 09:00, 8, 2024-03-05 09:00",
            "2024-03-04 09:00, 16, 2024-03-06 09:00"})
    void workingHoursCountLikeWorkingDaysInSmallerSteps(String received, int hours, String due) {
        assertDue(received, ProcessingTime.workingHours(hours), due);
    }

    @Test
    void eightWorkingHoursAreOneWorkingDay() {
        for (String received : new String[] {"2024-03-04 07:00", "2024-03-04 11:45", "2024-03-08 16:59", "2026-02-13 14:00"}) {
            assertEquals(calendar.dueDate(at(received), ProcessingTime.workingDays(1)),
                    calendar.dueDate(at(received), ProcessingTime.workingHours(8)), received);
        }
    }

    @Test
    void unitWithLongerHoursHasALongerWorkingDay() {
        WorkingCalendar centre = new WorkingCalendar(
                WorkingHours.parse("MON-FRI", "07:00-11:30,13:00-17:30"), HolidayTable.vietnam());

        Instant due = centre.dueDate(at("2024-03-04 09:00"), ProcessingTime.workingDays(1)).at();

        assertEquals(at("2024-03-05 09:00"), due, () -> "was " + Vn.local(due));
    }

    private void assertDue(String received, ProcessingTime time, String expected) {
        Instant due = calendar.dueDate(at(received), time).at();
        assertEquals(at(expected), due, () -> time + " received " + received + ": due " + Vn.local(due));
    }
}
