package vn.motcua.calendar;

import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A procedure's processing time (thời hạn giải quyết), as the catalogue states it. How each form
 * becomes a due instant is defined by {@link WorkingCalendar#dueDate(java.time.Instant, ProcessingTime)};
 * in short:
 *
 * <ul>
 *   <li><b>Working days / working hours</b> ("N ngày làm việc", "N giờ làm việc"): working time counted
 *       from receipt; one working day is one full day of the unit's working hours (8 hours).</li>
 *   <li><b>Calendar days</b> ("N ngày"): the day counting starts is not counted and the term ends at the
 *       end of the Nth day, or of the next working day if the Nth is a day off (Civil Code 2015
 *       art. 147-148).</li>
 *   <li><b>On receipt</b> (amount 0: "ngay trong ngày", "trả kết quả ngay khi nhận đủ hồ sơ"): due at
 *       the end of the working day on which counting starts.</li>
 *   <li><b>Cut-off hour</b>: a dossier received after it counts from the next working day. For
 *       certification (Decree 23/2015/NĐ-CP): "ngay trong ngày cơ quan, tổ chức tiếp nhận yêu cầu hoặc
 *       trong ngày làm việc tiếp theo, nếu tiếp nhận yêu cầu sau 15 giờ", i.e.
 *       {@code onReceipt().withCutOff(LocalTime.of(15, 0))}.</li>
 * </ul>
 *
 * @param amount how many units; 0 means "on receipt" whatever the unit
 * @param unit   working days, working hours or calendar days
 * @param cutOff receipt strictly after this local hour counts from the next working day; empty if none
 */
public record ProcessingTime(int amount, Unit unit, Optional<LocalTime> cutOff) {

    public enum Unit {
        /** ngày làm việc: one is the unit's full working day, 8 hours by default. */
        WORKING_DAYS,
        /** giờ làm việc. */
        WORKING_HOURS,
        /** ngày (theo lịch): weekends and holidays count, except as the last day. */
        CALENDAR_DAYS
    }

    public ProcessingTime {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(cutOff, "cutOff (use Optional.empty())");
        if (amount < 0) {
            throw new IllegalArgumentException("a processing time cannot be negative: " + amount);
        }
    }

    public static ProcessingTime workingDays(int amount) {
        return new ProcessingTime(amount, Unit.WORKING_DAYS, Optional.empty());
    }

    public static ProcessingTime workingHours(int amount) {
        return new ProcessingTime(amount, Unit.WORKING_HOURS, Optional.empty());
    }

    public static ProcessingTime calendarDays(int amount) {
        return new ProcessingTime(amount, Unit.CALENDAR_DAYS, Optional.empty());
    }

    /** Resolved on receipt (giải quyết ngay): due at the end of the working day of receipt. */
    public static ProcessingTime onReceipt() {
        return workingDays(0);
    }

    /** The same processing time with a cut-off hour: receipt after it counts from the next working day. */
    public ProcessingTime withCutOff(LocalTime hour) {
        return new ProcessingTime(amount, unit, Optional.of(hour));
    }

    public boolean isOnReceipt() {
        return amount == 0;
    }

    @Override
    public String toString() {
        String text = isOnReceipt() ? "on receipt" : amount + " " + unit;
        return cutOff.map(hour -> text + " (cut-off " + hour + ")").orElse(text);
    }
}
