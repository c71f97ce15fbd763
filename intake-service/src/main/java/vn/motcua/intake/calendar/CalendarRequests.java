package vn.motcua.intake.calendar;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import vn.motcua.calendar.DayKind;

/** Bodies of the calendar admin API. */
public final class CalendarRequests {

    private CalendarRequests() {
    }

    /** e.g. {@code MON-FRI} and {@code 07:00-11:30,13:30-17:00}, as {@code WorkingHours.parse} reads them. */
    public record Hours(@NotBlank @Size(max = 50) String weekdays, @NotBlank @Size(max = 100) String sessions,
            @Size(max = 1000) String reason) {
    }

    /** One year's announcement: every day off and every swapped working day. */
    public record Year(@NotEmpty @Size(max = 120) List<@NotNull @Valid Day> days, @Size(max = 1000) String reason) {
    }

    public record Day(@NotNull LocalDate date, @NotNull DayKind kind, @NotBlank @Size(max = 200) String name,
            @Size(max = 100) String source) {
    }
}
