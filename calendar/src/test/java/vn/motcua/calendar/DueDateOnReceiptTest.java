package vn.motcua.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.motcua.calendar.Vn.at;

import java.time.Instant;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Procedures resolved on receipt (giải quyết ngay), and cut-off hours: certification is resolved "ngay
 * trong ngày ... hoặc trong ngày làm việc tiếp theo, nếu tiếp nhận yêu cầu sau 15 giờ".
 */
class DueDateOnReceiptTest {

    private static final ProcessingTime CERTIFICATION = ProcessingTime.onReceipt().withCutOff(LocalTime.of(15, 0));

    private final WorkingCalendar calendar = WorkingCalendar.vietnam();

    @ParameterizedTest(name = "received {0}")
    @CsvSource({
            "2024-03-04 07:00, 2024-03-04 17:00",
            "2024-03-04 10:00, 2024-03-04 17:00",
            "2024-03-04 12:00, 2024-03-04 17:00",  // lunch break
            "2024-03-04 16:59, 2024-03-04 17:00",
            "2024-03-04 17:00, 2024-03-05 17:00",
            "2024-03-08 17:01, 2024-03-11 17:00",  // Friday evening
            "2024-03-09 09:00, 2024-03-11 17:00",  // Saturday
            "2026-02-16 09:00, 2026-02-23 17:00",  // Tết 2026
            "2024-05-04 09:00, 2024-05-04 17:00"}) // working Saturday
    void dossierResolvedOnReceiptIsDueAtTheEndOfTheWorkingDayOfReceipt(String received, String due) {
        assertDue(received, ProcessingTime.onReceipt(), due);
    }

    @ParameterizedTest(name = "received {0}")
    @CsvSource({
            "2024-03-04 14:59, 2024-03-04 17:00",
            "2024-03-04 15:00, 2024-03-04 17:00",     // "after 15:00" is strictly after
            "2024-03-04 15:00:01, 2024-03-05 17:00",
            "2024-03-04 15:01, 2024-03-05 17:00",
            "2024-03-04 17:30, 2024-03-05 17:00",
            "2024-03-08 15:01, 2024-03-11 17:00",     // Friday afternoon -> Monday
            "2024-03-09 16:00, 2024-03-11 17:00",     // Saturday: Monday is the day of receipt, before 15:00
            "2026-01-09 15:30, 2026-01-10 17:00",     // next working day is the working Saturday
            "2026-02-13 15:30, 2026-02-23 17:00",     // Friday before Tết 2026
            "2024-12-31 15:30, 2025-01-02 17:00"})    // New Year's Eve
    void certificationReceivedAfterThreePmIsDueByTheEndOfTheNextWorkingDay(String received, String due) {
        assertDue(received, CERTIFICATION, due);
    }

    @Test
    void cutOffAlsoDefersWorkingDayDeadlines() {
        ProcessingTime contract = ProcessingTime.workingDays(2).withCutOff(LocalTime.of(15, 0));

        assertDue("2024-03-04 14:59", contract, "2024-03-06 14:59");
        assertDue("2024-03-04 15:01", contract, "2024-03-06 17:00");
        assertEquals(at("2024-03-05 07:00"), calendar.countingStart(at("2024-03-04 15:01"), contract));
    }

    @Test
    void cutOffAlsoDefersCalendarDayDeadlines() {
        ProcessingTime time = ProcessingTime.calendarDays(3).withCutOff(LocalTime.of(15, 0));

        assertDue("2024-03-04 14:59", time, "2024-03-07 17:00");
        assertDue("2024-03-04 15:01", time, "2024-03-08 17:00");
    }

    @Test
    void zeroDaysOfAnyKindMeansOnReceipt() {
        Instant received = at("2024-03-04 10:00");
        DueDate onReceipt = calendar.dueDate(received, ProcessingTime.onReceipt());

        assertEquals(onReceipt, calendar.dueDate(received, ProcessingTime.calendarDays(0)));
        assertEquals(onReceipt, calendar.dueDate(received, ProcessingTime.workingHours(0)));
    }

    @Test
    void processingTimeCannotBeNegative() {
        assertThrows(IllegalArgumentException.class, () -> ProcessingTime.workingDays(-1));
    }

    @Test
    void processingTimeReadsLikeTheCatalogue() {
        assertEquals("on receipt (cut-off 15:00)", CERTIFICATION.toString());
        assertEquals("3 WORKING_DAYS", ProcessingTime.workingDays(3).toString());
    }

    private void assertDue(String received, ProcessingTime time, String expected) {
        Instant due = calendar.dueDate(at(received), time).at();
        assertEquals(at(expected), due, () -> time + " received " + received + ": due " + Vn.local(due));
    }
}
