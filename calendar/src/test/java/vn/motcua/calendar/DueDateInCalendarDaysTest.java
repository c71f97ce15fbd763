package vn.motcua.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.motcua.calendar.Vn.at;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Calendar days, per Civil Code 2015 art. 147-148: the first day is not counted; the term ends at the
 * end of the last day, or of the next working day if the last day is a weekend or a day off. The end
 * of a day is the desk's closing time. 2024-03-04 is a Monday.
 */
class DueDateInCalendarDaysTest {

    private final WorkingCalendar calendar = WorkingCalendar.vietnam();

    @ParameterizedTest(name = "received {0} + {1} calendar days")
    @CsvSource({
            "2024-03-04 09:00, 3, 2024-03-07 17:00",
            "2024-03-04 16:59, 3, 2024-03-07 17:00",   // the hour of receipt does not matter
            "2024-03-04 17:30, 3, 2024-03-08 17:00",   // after closing: counting starts Tuesday
            "2024-03-04 09:00, 30, 2024-04-03 17:00"})
    void calendarDaysEndAtTheCloseOfTheLastDay(String received, int days, String due) {
        assertDue(received, ProcessingTime.calendarDays(days), due);
    }

    @ParameterizedTest(name = "received {0} + {1} calendar days")
    @CsvSource({
            "2024-03-05 10:00, 4, 2024-03-11 17:00",   // last day Saturday -> Monday
            "2024-03-09 10:00, 3, 2024-03-14 17:00",   // received Saturday: counting starts Monday
            "2026-02-06 10:00, 15, 2026-02-23 17:00",  // last day inside Tết 2026 -> first day back
            "2026-02-16 10:00, 10, 2026-03-05 17:00",  // received during Tết 2026
            "2025-12-30 10:00, 2, 2026-01-05 17:00",   // 1 Jan off, 2 Jan swapped, weekend
            "2026-01-07 10:00, 3, 2026-01-10 17:00"})  // last day is the working Saturday
    void lastDayOnAWeekendOrDayOffMovesToTheNextWorkingDay(String received, int days, String due) {
        assertDue(received, ProcessingTime.calendarDays(days), due);
    }

    @ParameterizedTest(name = "received {0} + {1} calendar days")
    @CsvSource({
            "2024-02-28 10:00, 1, 2024-02-29 17:00",
            "2024-02-28 10:00, 2, 2024-03-01 17:00",
            "2023-02-28 10:00, 1, 2023-03-01 17:00"})
    void leapDayIsCountedOnlyInLeapYears(String received, int days, String due) {
        assertDue(received, ProcessingTime.calendarDays(days), due);
    }

    @Test
    void workingHoursWorkingDaysAndCalendarDaysDiffer() {
        assertDue("2024-03-04 09:00", ProcessingTime.workingDays(5), "2024-03-11 09:00");
        assertDue("2024-03-04 09:00", ProcessingTime.workingHours(40), "2024-03-11 09:00");
        assertDue("2024-03-04 09:00", ProcessingTime.calendarDays(5), "2024-03-11 17:00");
        assertDue("2024-03-04 09:00", ProcessingTime.calendarDays(3), "2024-03-07 17:00");
        assertDue("2024-03-04 09:00", ProcessingTime.workingDays(3), "2024-03-07 09:00");
        assertDue("2024-03-04 09:00", ProcessingTime.workingHours(3), "2024-03-04 14:00");
    }

    private void assertDue(String received, ProcessingTime time, String expected) {
        Instant due = calendar.dueDate(at(received), time).at();
        assertEquals(at(expected), due, () -> time + " received " + received + ": due " + Vn.local(due));
    }
}
