package vn.motcua.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * When a desk is open (giờ làm việc): the weekdays it works and the sessions (buổi) of each working
 * day. The national default is Monday to Friday, 07:00-11:30 and 13:30-17:00, i.e. 8 hours, which is
 * one working day. A unit may configure other hours; a swapped working Saturday from the
 * {@link HolidayTable} uses the same sessions as any other working day.
 *
 * <p>Sessions are half-open: a desk open 07:00-11:30 is open at 07:00 and closed at 11:30.
 *
 * @param weekdays the days of the week that are working days unless the holiday table says otherwise
 * @param sessions the sessions of a working day, in order, not overlapping
 */
public record WorkingHours(Set<DayOfWeek> weekdays, List<Session> sessions) {

    /** One opening period of a working day, e.g. the morning session 07:00-11:30. */
    public record Session(LocalTime start, LocalTime end) {

        public Session {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            if (!start.isBefore(end)) {
                throw new IllegalArgumentException("session must end after it starts: " + start + "-" + end);
            }
        }

        /** Parses {@code 07:00-11:30}. */
        public static Session parse(String text) {
            String[] parts = text.trim().split("-");
            if (parts.length != 2) {
                throw new IllegalArgumentException("session must look like 07:00-11:30: '" + text + "'");
            }
            try {
                return new Session(LocalTime.parse(parts[0].trim()), LocalTime.parse(parts[1].trim()));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("session must look like 07:00-11:30: '" + text + "'", e);
            }
        }

        public Duration length() {
            return Duration.between(start, end);
        }

        @Override
        public String toString() {
            return start + "-" + end;
        }
    }

    public WorkingHours {
        if (weekdays == null || weekdays.isEmpty()) {
            throw new IllegalArgumentException("working hours need at least one working weekday");
        }
        if (sessions == null || sessions.isEmpty()) {
            throw new IllegalArgumentException("working hours need at least one session");
        }
        weekdays = Set.copyOf(weekdays);
        sessions = List.copyOf(sessions);
        for (int i = 1; i < sessions.size(); i++) {
            if (sessions.get(i).start().isBefore(sessions.get(i - 1).end())) {
                throw new IllegalArgumentException("sessions must be in order and must not overlap: " + sessions);
            }
        }
    }

    /** Monday to Friday, 07:00-11:30 and 13:30-17:00: the hours of a Vietnamese one-stop desk. */
    public static WorkingHours standard() {
        return parse("MON-FRI", "07:00-11:30,13:30-17:00");
    }

    /**
     * Reads working hours as they are written in configuration, e.g. {@code parse("MON-FRI",
     * "07:00-11:30,13:30-17:00")}.
     *
     * @param weekdays comma-separated days or ranges of days, by their first three English letters:
     *                 {@code MON-FRI}, {@code MON,TUE,THU}, {@code MON-FRI,SAT}
     * @param sessions comma-separated sessions in order: {@code 07:00-11:30,13:30-17:00}
     */
    public static WorkingHours parse(String weekdays, String sessions) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : weekdays.split(",")) {
            String[] range = part.trim().split("-");
            if (range.length == 1) {
                days.add(dayOfWeek(range[0]));
            } else if (range.length == 2) {
                DayOfWeek first = dayOfWeek(range[0]);
                DayOfWeek last = dayOfWeek(range[1]);
                if (last.compareTo(first) < 0) {
                    throw new IllegalArgumentException("a weekday range runs from Monday towards Sunday, e.g. MON-FRI: '" + part + "'");
                }
                days.addAll(EnumSet.range(first, last));
            } else {
                throw new IllegalArgumentException("weekdays must look like MON-FRI: '" + weekdays + "'");
            }
        }
        List<Session> parsed = new ArrayList<>();
        for (String part : sessions.split(",")) {
            parsed.add(Session.parse(part));
        }
        return new WorkingHours(days, parsed);
    }

    private static DayOfWeek dayOfWeek(String text) {
        String prefix = text.trim().toUpperCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (prefix.length() >= 3 && day.name().startsWith(prefix)) {
                return day;
            }
        }
        throw new IllegalArgumentException("unknown weekday '" + text + "' (use MON, TUE, ... SUN)");
    }

    /** The working time of one full working day: 8 hours by default. One working day of a deadline. */
    public Duration workingDayLength() {
        Duration total = Duration.ZERO;
        for (Session session : sessions) {
            total = total.plus(session.length());
        }
        return total;
    }

    /** When the desk opens on a working day. */
    public LocalTime opening() {
        return sessions.get(0).start();
    }

    /** When the desk closes on a working day: the end of the working day. */
    public LocalTime closing() {
        return sessions.get(sessions.size() - 1).end();
    }

    /** True if {@code time} falls inside a session (start inclusive, end exclusive). */
    public boolean isOpenAt(LocalTime time) {
        for (Session session : sessions) {
            if (!time.isBefore(session.start()) && time.isBefore(session.end())) {
                return true;
            }
        }
        return false;
    }
}
