package vn.motcua.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One day of a yearly holiday announcement: a day off or a swapped working day.
 *
 * @param year   the year whose announcement lists the day; usually the date's year, but e.g. the
 *               2023 New Year break begins on 31 December 2022
 * @param date   the day, in Asia/Ho_Chi_Minh
 * @param kind   off or worked
 * @param name   in Vietnamese, e.g. {@code Tết Nguyên Đán}, {@code Nghỉ bù Quốc khánh}
 * @param source the act that announced it, e.g. {@code 12729/VPCP-KGVX}; empty if not known
 */
public record AnnouncedDay(int year, LocalDate date, DayKind kind, String name, String source) {

    public AnnouncedDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        if (Math.abs(date.getYear() - year) > 1) {
            throw new IllegalArgumentException(date + " cannot belong to the announcement for " + year);
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("announced day " + date + " needs a name");
        }
    }
}
