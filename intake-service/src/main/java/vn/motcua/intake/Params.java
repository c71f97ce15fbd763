package vn.motcua.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import vn.motcua.backbone.paging.PageRequest;
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

    /** The page asked for: from 0, 20 rows unless said, at most {@link #MAX_PAGE_SIZE}. */
    public static PageRequest page(Integer page, Integer size) {
        return PageRequest.of(page, size, 20, MAX_PAGE_SIZE);
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
