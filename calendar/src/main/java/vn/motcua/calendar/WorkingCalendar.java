package vn.motcua.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;

/**
 * A unit's working calendar: its {@link WorkingHours} and the national {@link HolidayTable}. It
 * answers when the desk works and when a dossier is due. Instants are UTC; every business rule is
 * applied in {@link #ZONE Asia/Ho_Chi_Minh}.
 *
 * <h2>Conventions</h2>
 * <ul>
 *   <li><b>Counting starts</b> at receipt if the desk is working then, otherwise at the next working
 *       slot (after the lunch break, the next morning, after a weekend or holiday). With a cut-off hour,
 *       a receipt whose counting would start strictly after it starts at the next working day's opening.</li>
 *   <li><b>Working days and hours</b> are working time added from the counting start; N working days
 *       are N times the unit's working day (8 hours), so Monday 09:00 + 1 working day is Tuesday 09:00.</li>
 *   <li><b>End of a session</b>: a due instant that uses up the last minute of a session stays at that
 *       session's end. Monday 07:00 + 1 working day is Monday 17:00, not Tuesday 07:00: the time is
 *       used up at closing, and the result belongs to the day it was worked on. A dossier received at
 *       17:01 on Friday therefore counts from Monday 07:00 and is due Monday 17:00.</li>
 *   <li><b>Calendar days</b> follow Civil Code 2015 art. 147-148: the day counting starts is not
 *       counted; the term ends at the end of the Nth day after it; if that day is a weekend or a day
 *       off, at the end of the next working day. "End of the day" is the desk's closing time (17:00),
 *       not the Code's 24:00: it is the same calendar date, which is what the timeliness rule compares,
 *       and it is an hour a receipt can promise.</li>
 *   <li><b>On receipt</b> (amount 0): due at the closing time of the working day on which counting
 *       starts, e.g. received Monday 10:00, due Monday 17:00; received Saturday, due Monday 17:00.</li>
 *   <li><b>Pauses</b>: the working time of each pause is added to the due date, for every kind of
 *       processing time. A pause that begins at or after the (already extended) due instant adds
 *       nothing: once the deadline has passed, stopping the clock cannot give time back. This equals
 *       counting working time with the paused stretches left out.</li>
 * </ul>
 *
 * <p>Cost: every method walks at most day by day, a few sessions per day; nothing steps minute by
 * minute. Asia/Ho_Chi_Minh has had a fixed offset since 1975, so local date-times convert to instants
 * one to one.
 *
 * <p>In a year the holiday table does not cover, the statutory days off are used
 * ({@link HolidayTable#announced}); {@link #unconfirmedYears} names such years so that a due date
 * resting on them can be shown as not confirmed.
 */
public final class WorkingCalendar {

    /** The zone of every business rule: working hours, dates of receipt and due dates, report periods. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final WorkingHours hours;
    private final HolidayTable holidays;

    public WorkingCalendar(WorkingHours hours, HolidayTable holidays) {
        this.hours = Objects.requireNonNull(hours, "hours");
        this.holidays = Objects.requireNonNull(holidays, "holidays");
    }

    /** Standard desk hours and the shipped Vietnamese holiday table. */
    public static WorkingCalendar vietnam() {
        return new WorkingCalendar(WorkingHours.standard(), HolidayTable.vietnam());
    }

    public WorkingHours hours() {
        return hours;
    }

    public HolidayTable holidays() {
        return holidays;
    }

    // --- days -------------------------------------------------------------------------------------

    /** True if the desk works on {@code date}: an announced swapped working day, or a working weekday that is not announced off. */
    public boolean isWorkingDay(LocalDate date) {
        return holidays.announced(date)
                .map(day -> day.kind() == DayKind.WORKING_DAY)
                .orElseGet(() -> hours.weekdays().contains(date.getDayOfWeek()));
    }

    /** The first working day strictly after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        LocalDate day = date.plusDays(1);
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    // --- instants ---------------------------------------------------------------------------------

    /** True if the desk is working at {@code instant} (session start inclusive, end exclusive). */
    public boolean isWorkingTime(Instant instant) {
        LocalDateTime local = local(instant);
        return hours.isOpenAt(local.toLocalTime()) && isWorkingDay(local.toLocalDate());
    }

    /** {@code instant} itself if the desk is working then, otherwise the start of the next session. */
    public Instant nextWorkingInstant(Instant instant) {
        LocalDateTime local = local(instant);
        LocalDate day = local.toLocalDate();
        LocalTime time = local.toLocalTime();
        while (true) {
            if (time.isBefore(hours.closing()) && isWorkingDay(day)) {
                for (WorkingHours.Session session : hours.sessions()) {
                    if (time.isBefore(session.end())) {
                        return instant(day.atTime(later(time, session.start())));
                    }
                }
            }
            day = day.plusDays(1);
            time = LocalTime.MIDNIGHT;
        }
    }

    /**
     * The instant at which {@code amount} of working time, counted from {@code from}, is used up. If it
     * is used up exactly at the end of a session, that end is the answer (see the class conventions).
     * A zero amount returns {@code from} unchanged.
     */
    public Instant addWorkingTime(Instant from, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("cannot add negative working time: " + amount);
        }
        if (amount.isZero()) {
            return from;
        }
        LocalDateTime local = local(from);
        LocalDate day = local.toLocalDate();
        LocalTime time = local.toLocalTime();
        Duration remaining = amount;
        while (true) {
            if (time.isBefore(hours.closing()) && isWorkingDay(day)) {
                for (WorkingHours.Session session : hours.sessions()) {
                    if (!time.isBefore(session.end())) {
                        continue;
                    }
                    LocalTime begin = later(time, session.start());
                    Duration available = Duration.between(begin, session.end());
                    if (remaining.compareTo(available) <= 0) {
                        return instant(day.atTime(begin).plus(remaining));
                    }
                    remaining = remaining.minus(available);
                }
            }
            day = day.plusDays(1);
            time = LocalTime.MIDNIGHT;
        }
    }

    /**
     * The working time between two instants: the desk's open time in {@code [from, to)}. Negative if
     * {@code to} is before {@code from}, so {@code workingTimeBetween(now, due)} is the working time
     * left, or how long a dossier is overdue.
     */
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (to.isBefore(from)) {
            return workingTimeBetween(to, from).negated();
        }
        LocalDateTime start = local(from);
        LocalDateTime end = local(to);
        Duration total = Duration.ZERO;
        for (LocalDate day = start.toLocalDate(); day.atTime(hours.opening()).isBefore(end); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            for (WorkingHours.Session session : hours.sessions()) {
                LocalDateTime open = later(day.atTime(session.start()), start);
                LocalDateTime close = earlier(day.atTime(session.end()), end);
                if (open.isBefore(close)) {
                    total = total.plus(Duration.between(open, close));
                }
            }
        }
        return total;
    }

    // --- deadlines --------------------------------------------------------------------------------

    /**
     * Where counting starts for a dossier received at {@code receivedAt}: the next working instant, or
     * the next working day's opening if that instant is after the processing time's cut-off hour.
     */
    public Instant countingStart(Instant receivedAt, ProcessingTime time) {
        Instant start = nextWorkingInstant(receivedAt);
        LocalDateTime local = local(start);
        if (time.cutOff().isPresent() && local.toLocalTime().isAfter(time.cutOff().get())) {
            return openingOf(nextWorkingDay(local.toLocalDate()));
        }
        return start;
    }

    /** The appointed return instant of a dossier received at {@code receivedAt}; see the class conventions. */
    public DueDate dueDate(Instant receivedAt, ProcessingTime time) {
        Instant start = countingStart(receivedAt, time);
        LocalDate startDay = local(start).toLocalDate();
        if (time.isOnReceipt()) {
            return DueDate.original(closingOf(startDay));
        }
        Instant due = switch (time.unit()) {
            case WORKING_DAYS -> addWorkingTime(start, hours.workingDayLength().multipliedBy(time.amount()));
            case WORKING_HOURS -> addWorkingTime(start, Duration.ofHours(time.amount()));
            case CALENDAR_DAYS -> closingOf(workingDayOnOrAfter(startDay.plusDays(time.amount())));
        };
        return DueDate.original(due);
    }

    /**
     * The due date of a dossier whose clock was stopped by {@code pauses} (in any order; overlapping
     * pauses count once).
     *
     * @throws IllegalArgumentException if a pause starts before receipt
     */
    public DueDate dueDate(Instant receivedAt, ProcessingTime time, List<Pause> pauses) {
        DueDate due = dueDate(receivedAt, time);
        for (Pause pause : merged(pauses)) {
            if (pause.from().isBefore(receivedAt)) {
                throw new IllegalArgumentException("a pause cannot start (" + pause.from()
                        + ") before the dossier is received (" + receivedAt + ")");
            }
            due = extend(due, pause);
        }
        return due;
    }

    /**
     * {@code due} moved later by the working time of {@code pause}, unless the pause begins at or after
     * the due instant. Apply pauses in time order; they must not overlap pauses already applied.
     */
    public DueDate extend(DueDate due, Pause pause) {
        if (!pause.from().isBefore(due.at())) {
            return due;
        }
        Duration paused = workingTimeBetween(pause.from(), pause.to());
        if (paused.isZero()) {
            return due;
        }
        return new DueDate(addWorkingTime(due.at(), paused), due.originalAt(), due.pausedWorkingTime().plus(paused));
    }

    /**
     * The years between two instants (inclusive, in Asia/Ho_Chi_Minh) whose holidays are not announced
     * yet: a due date whose counting crosses one of them may move when the announcement comes.
     */
    public SortedSet<Integer> unconfirmedYears(Instant from, Instant to) {
        LocalDate first = local(from).toLocalDate();
        LocalDate last = local(to).toLocalDate();
        return last.isBefore(first) ? holidays.unconfirmedYears(last, first) : holidays.unconfirmedYears(first, last);
    }

    // --- helpers ----------------------------------------------------------------------------------

    private LocalDate workingDayOnOrAfter(LocalDate date) {
        return isWorkingDay(date) ? date : nextWorkingDay(date);
    }

    private Instant openingOf(LocalDate workingDay) {
        return instant(workingDay.atTime(hours.opening()));
    }

    private Instant closingOf(LocalDate workingDay) {
        return instant(workingDay.atTime(hours.closing()));
    }

    private static List<Pause> merged(List<Pause> pauses) {
        List<Pause> sorted = new ArrayList<>(pauses);
        sorted.sort(Comparator.comparing(Pause::from));
        List<Pause> merged = new ArrayList<>();
        for (Pause pause : sorted) {
            int last = merged.size() - 1;
            if (last >= 0 && !pause.from().isAfter(merged.get(last).to())) {
                Pause previous = merged.get(last);
                merged.set(last, new Pause(previous.from(), later(previous.to(), pause.to())));
            } else {
                merged.add(pause);
            }
        }
        return merged;
    }

    private static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZONE);
    }

    private static Instant instant(LocalDateTime local) {
        return local.atZone(ZONE).toInstant();
    }

    private static <T extends Comparable<? super T>> T later(T a, T b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static <T extends Comparable<? super T>> T earlier(T a, T b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
