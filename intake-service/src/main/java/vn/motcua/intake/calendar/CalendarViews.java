package vn.motcua.intake.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;

/** What the calendar API shows. */
public final class CalendarViews {

    private CalendarViews() {
    }

    /**
     * @param id          {@code default} or the unit code asked about
     * @param calendarId  the calendar actually used: the unit's own or {@code default}
     * @param ownHours    true if the unit has its own hours
     * @param years       holiday years covered
     * @param ownYears    years the unit's calendar replaces
     */
    public record CalendarView(String id, String calendarId, String weekdays, String sessions, boolean ownHours,
            SortedSet<Integer> years, List<Integer> ownYears) {
    }

    public record DayView(LocalDate date, String kind, String name, String source) {
    }

    /**
     * @param countingStartsAt when the clock starts (next working slot, or next day after a cut-off)
     * @param dueAt            the appointed return instant (UTC)
     * @param dueDate          its calendar date in Asia/Ho_Chi_Minh
     * @param confirmed        false if counting crosses a year whose holidays are not announced yet: the
     *                         statutory days off (Labour Code art. 112) were used, and the announcement
     *                         may still move the date
     * @param unconfirmedYears those years, empty when confirmed
     */
    public record DueDateView(String calendarId, String procedureCode, int procedureVersion, Instant receivedAt,
            Instant countingStartsAt, Instant dueAt, LocalDate dueDate, boolean confirmed,
            SortedSet<Integer> unconfirmedYears) {
    }
}
