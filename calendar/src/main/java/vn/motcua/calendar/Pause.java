package vn.motcua.calendar;

import java.time.Instant;
import java.util.Objects;

/**
 * A stretch of time when the processing clock stops, e.g. from a supplement request (yêu cầu bổ sung)
 * to the arrival of the supplement. Under the national index rule the supplement time is not counted
 * against the agency, so the due date moves by the working time paused.
 *
 * <p>A supplement still awaited is a pause ending now: recompute when it arrives.
 *
 * @param from when the clock stopped (inclusive)
 * @param to   when it started again (exclusive); not before {@code from}
 */
public record Pause(Instant from, Instant to) {

    public Pause {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a pause cannot end (" + to + ") before it starts (" + from + ")");
        }
    }

    public static Pause between(Instant from, Instant to) {
        return new Pause(from, to);
    }
}
