package vn.motcua.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The appointed return instant of a dossier (ngày hẹn trả kết quả), and how pauses moved it.
 * Computed by {@link WorkingCalendar#dueDate}; moved by {@link WorkingCalendar#extend}.
 *
 * @param at                the instant the result is due (UTC)
 * @param originalAt        the due instant before any pause
 * @param pausedWorkingTime the working time the clock was stopped, added to {@code originalAt}
 */
public record DueDate(Instant at, Instant originalAt, Duration pausedWorkingTime) {

    public DueDate {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(originalAt, "originalAt");
        Objects.requireNonNull(pausedWorkingTime, "pausedWorkingTime");
        if (at.isBefore(originalAt) || pausedWorkingTime.isNegative()) {
            throw new IllegalArgumentException("a pause can only move a due date later");
        }
    }

    static DueDate original(Instant at) {
        return new DueDate(at, at, Duration.ZERO);
    }

    /** The due date as printed on the receipt and compared by the timeliness rule (Asia/Ho_Chi_Minh). */
    public LocalDate localDate() {
        return at.atZone(WorkingCalendar.ZONE).toLocalDate();
    }

    /** True if a pause moved the due date. */
    public boolean wasExtended() {
        return at.isAfter(originalAt);
    }
}
