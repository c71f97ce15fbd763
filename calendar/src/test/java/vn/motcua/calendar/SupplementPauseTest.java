package vn.motcua.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.calendar.Vn.at;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A supplement request stops the clock until the supplement arrives; the supplement time is not
 * counted (national index rule), so the due date moves by the paused working time. 2024-03-04 is a Monday.
 */
class SupplementPauseTest {

    private final WorkingCalendar calendar = WorkingCalendar.vietnam();

    @Test
    void supplementPauseOverAWeekendAddsOnlyThePausedWorkingTime() {
        Pause supplement = pause("2024-03-08 16:00", "2024-03-11 08:00"); // Friday 16:00 to Monday 08:00

        DueDate due = calendar.dueDate(at("2024-03-07 09:00"), ProcessingTime.workingDays(3), List.of(supplement));

        assertEquals(at("2024-03-12 09:00"), due.originalAt());
        assertEquals(Duration.ofHours(2), due.pausedWorkingTime());
        assertDue("2024-03-12 11:00", due);
        assertTrue(due.wasExtended());
    }

    @Test
    void pauseOutsideWorkingTimeMovesNothing() {
        Pause weekend = pause("2024-03-08 17:00", "2024-03-11 07:00");

        DueDate due = calendar.dueDate(at("2024-03-07 09:00"), ProcessingTime.workingDays(3), List.of(weekend));

        assertDue("2024-03-12 09:00", due);
        assertFalse(due.wasExtended());
    }

    @Test
    void supplementAwaitedOverTetAddsOnlyTheWorkingHoursAroundIt() {
        Pause supplement = pause("2026-02-13 15:00", "2026-02-23 09:00");

        DueDate due = calendar.dueDate(at("2026-02-11 09:00"), ProcessingTime.workingDays(5), List.of(supplement));

        assertEquals(at("2026-02-25 09:00"), due.originalAt());
        assertDue("2026-02-25 15:00", due);
    }

    @Test
    void pauseRunningPastTheDueDateGivesBackTheWholePausedTime() {
        DueDate due = calendar.dueDate(at("2024-03-04 09:00"), ProcessingTime.workingDays(1),
                List.of(pause("2024-03-05 08:00", "2024-03-05 10:00")));

        assertDue("2024-03-05 11:00", due);
    }

    @Test
    void pauseStartingAfterTheDueDateGivesNothingBack() {
        DueDate due = calendar.dueDate(at("2024-03-04 09:00"), ProcessingTime.workingDays(1),
                List.of(pause("2024-03-05 10:00", "2024-03-06 10:00")));

        assertDue("2024-03-05 09:00", due);
        assertEquals(Duration.ZERO, due.pausedWorkingTime());
    }

    @Test
    void laterPauseCountsIfItStartsBeforeTheAlreadyExtendedDueDate() {
        Pause first = pause("2024-03-04 10:00", "2024-03-04 14:30");  // 2.5 working hours
        Pause second = pause("2024-03-05 10:00", "2024-03-05 11:00"); // after the original due, before the extended

        DueDate due = calendar.dueDate(at("2024-03-04 09:00"), ProcessingTime.workingDays(1), List.of(second, first));

        assertDue("2024-03-05 14:30", due);
        assertEquals(Duration.ofMinutes(210), due.pausedWorkingTime());
    }

    @Test
    void twoSupplementPausesAddUpInAnyOrder() {
        Pause first = pause("2024-03-04 10:00", "2024-03-04 11:00");
        Pause second = pause("2024-03-06 14:00", "2024-03-07 08:00");
        Instant received = at("2024-03-04 09:00");
        ProcessingTime time = ProcessingTime.workingDays(3);

        DueDate due = calendar.dueDate(received, time, List.of(first, second));

        assertDue("2024-03-07 16:00", due);
        assertEquals(due, calendar.dueDate(received, time, List.of(second, first)));
        assertEquals(due, calendar.extend(calendar.extend(calendar.dueDate(received, time), first), second));
    }

    @Test
    void overlappingPausesCountOnce() {
        DueDate due = calendar.dueDate(at("2024-03-04 09:00"), ProcessingTime.workingDays(1), List.of(
                pause("2024-03-04 10:00", "2024-03-04 11:00"),
                pause("2024-03-04 10:30", "2024-03-04 13:45")));

        assertEquals(Duration.ofMinutes(105), due.pausedWorkingTime());
        assertDue("2024-03-05 10:45", due);
    }

    @Test
    void supplementForADossierDueOnReceiptGivesBackTheRestOfThatDay() {
        DueDate due = calendar.dueDate(at("2024-03-04 10:00"), ProcessingTime.onReceipt(),
                List.of(pause("2024-03-04 11:00", "2024-03-06 09:00")));

        assertEquals(at("2024-03-04 17:00"), due.originalAt());
        assertDue("2024-03-06 15:00", due); // 4 working hours were left at 11:00 on Monday
    }

    @Test
    void supplementForACalendarDayProcedureAddsThePausedWorkingTime() {
        DueDate due = calendar.dueDate(at("2024-03-04 09:00"), ProcessingTime.calendarDays(5),
                List.of(pause("2024-03-05 09:00", "2024-03-07 09:00")));

        assertEquals(at("2024-03-11 17:00"), due.originalAt());
        assertDue("2024-03-13 17:00", due);
    }

    @Test
    void pauseBeforeReceiptIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> calendar.dueDate(at("2024-03-04 09:00"),
                ProcessingTime.workingDays(1), List.of(pause("2024-03-04 08:00", "2024-03-04 10:00"))));
    }

    @Test
    void pauseCannotEndBeforeItStarts() {
        assertThrows(IllegalArgumentException.class, () -> pause("2024-03-04 10:00", "2024-03-04 09:00"));
    }

    @Test
    void noPausesMeansTheOriginalDueDate() {
        Instant received = at("2024-03-04 09:00");
        assertEquals(calendar.dueDate(received, ProcessingTime.workingDays(2)),
                calendar.dueDate(received, ProcessingTime.workingDays(2), List.of()));
    }

    private static Pause pause(String from, String to) {
        return Pause.between(at(from), at(to));
    }

    private static void assertDue(String expected, DueDate due) {
        assertEquals(at(expected), due.at(), () -> "due " + Vn.local(due.at()));
    }
}
