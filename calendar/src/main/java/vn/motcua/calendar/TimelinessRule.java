package vn.motcua.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import vn.motcua.contracts.dossier.Timeliness;

/**
 * Whether a dossier was resolved early (trước hạn), on time (đúng hạn) or late (quá hạn), and whether
 * one still in progress is within its deadline (trong hạn) or overdue (quá hạn).
 *
 * <p>Comparison is by calendar date in Asia/Ho_Chi_Minh, as in the implementations seen: a result
 * finished at 18:00 on the due date is on time even though the due instant was 17:00. The three
 * questions agree: a dossier is overdue now exactly when finishing it now would be late.
 */
public final class TimelinessRule {

    private static final TimelinessRule VIETNAM = new TimelinessRule(WorkingCalendar.ZONE);

    private final ZoneId zone;

    public TimelinessRule(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** The rule in Asia/Ho_Chi_Minh. */
    public static TimelinessRule vietnam() {
        return VIETNAM;
    }

    /** EARLY if finished on a date before the due date, ON_TIME on the due date, LATE after it. */
    public Timeliness classify(Instant finishedAt, Instant dueAt) {
        int comparison = date(finishedAt).compareTo(date(dueAt));
        if (comparison < 0) {
            return Timeliness.EARLY;
        }
        return comparison == 0 ? Timeliness.ON_TIME : Timeliness.LATE;
    }

    /** True once the due date has passed: {@code now} falls on a later date than {@code dueAt}. */
    public boolean isOverdue(Instant dueAt, Instant now) {
        return date(now).isAfter(date(dueAt));
    }

    /**
     * The same rule as {@link #isOverdue}, for a database query: at {@code now}, a dossier is overdue exactly when
     * its due instant is before the returned instant (the start of today in the rule's zone).
     */
    public Instant overdueIfDueBefore(Instant now) {
        return date(now).atStartOfDay(zone).toInstant();
    }

    /**
     * For the periodic report (Biểu 06): a dossier still in progress at the end of a period is within
     * its deadline if its due date is not before the period's last day, and overdue otherwise.
     */
    public boolean withinDeadlineAtPeriodEnd(Instant dueAt, LocalDate periodLastDay) {
        return !date(dueAt).isBefore(periodLastDay);
    }

    private LocalDate date(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }
}
