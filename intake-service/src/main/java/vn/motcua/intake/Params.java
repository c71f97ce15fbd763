package vn.motcua.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import vn.motcua.backbone.problem.ProblemException;
import vn.motcua.calendar.WorkingCalendar;

/** Query parameters read by hand, so that a bad value is a 400 naming the parameter. */
public final class Params {

    public static final int MAX_PAGE_SIZE = 100;

    private Params() {
    }

    /** An ISO date ({@code 2022-07-15}), or today in Asia/Ho_Chi_Minh when absent. */
    public static LocalDate dateOrToday(String name, String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return LocalDate.now(clock.withZone(WorkingCalendar.ZONE));
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "must be a date like 2022-07-15");
        }
    }

    public static int page(Integer page) {
        if (page != null && page < 0) {
            throw ProblemException.invalid("page", "must be 0 or more");
        }
        return page == null ? 0 : page;
    }

    public static int size(Integer size) {
        if (size != null && (size < 1 || size > MAX_PAGE_SIZE)) {
            throw ProblemException.invalid("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        return size == null ? 20 : size;
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
