package vn.motcua.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The days off the law itself gives in a year (Labour Code 2019 art. 112), for years the government
 * has not announced yet: 1 January; Tết (the last day of the lunar year and the first four of the
 * next); the Hùng Kings' commemoration (10th day of the 3rd lunar month); 30 April; 1 May; 2 September
 * and one adjacent day. A holiday on a Saturday or Sunday is given back on the next working day
 * (art. 111(3)).
 *
 * <p>What only the announcement decides is guessed as follows and replaced by it when it comes:
 * the day adjacent to 2 September is 1 September unless that is a weekend day, then 3 September
 * (as in 2022-2026); no days are swapped and no Saturday is worked.
 */
public final class StatutoryHolidays {

    /** Named as the source of computed days, so a reader sees they are not an announcement. */
    public static final String SOURCE = "Bộ luật Lao động 2019 điều 112 (tính toán - chưa công bố)";

    private final LunarCalendar lunar;

    public StatutoryHolidays(LunarCalendar lunar) {
        this.lunar = lunar;
    }

    /** Statutory days of Viet Nam, with the lunar dates reckoned at UTC+7. */
    public static StatutoryHolidays vietnam() {
        return new StatutoryHolidays(LunarCalendar.VIETNAM);
    }

    /** The days off of {@code year}, holidays and given-back days, in date order, all {@link DayKind#DAY_OFF}. */
    public List<AnnouncedDay> of(int year) {
        List<AnnouncedDay> holidays = new ArrayList<>();
        holidays.add(day(year, LocalDate.of(year, 1, 1), "Tết Dương lịch"));
        LocalDate tet = lunar.newYear(year);
        for (LocalDate date = tet.minusDays(1); date.isBefore(tet.plusDays(4)); date = date.plusDays(1)) {
            holidays.add(day(year, date, "Tết Nguyên Đán"));
        }
        holidays.add(day(year, lunar.toSolar(year, 3, 10), "Giỗ Tổ Hùng Vương"));
        holidays.add(day(year, LocalDate.of(year, 4, 30), "Ngày Chiến thắng"));
        holidays.add(day(year, LocalDate.of(year, 5, 1), "Ngày Quốc tế lao động"));
        LocalDate nationalDay = LocalDate.of(year, 9, 2);
        holidays.add(day(year, nationalDay, "Quốc khánh"));
        LocalDate before = nationalDay.minusDays(1);
        holidays.add(day(year, isWeekend(before) ? nationalDay.plusDays(1) : before, "Quốc khánh"));
        holidays.sort(Comparator.comparing(AnnouncedDay::date));
        return withDaysGivenBack(year, holidays);
    }

    /** Each holiday on a weekend adds the first weekday after it that is neither a holiday nor already given back. */
    private static List<AnnouncedDay> withDaysGivenBack(int year, List<AnnouncedDay> holidays) {
        Set<LocalDate> off = new HashSet<>();
        holidays.forEach(holiday -> off.add(holiday.date()));
        List<AnnouncedDay> all = new ArrayList<>(holidays);
        for (AnnouncedDay holiday : holidays) {
            if (!isWeekend(holiday.date())) {
                continue;
            }
            LocalDate back = holiday.date().plusDays(1);
            while (isWeekend(back) || off.contains(back)) {
                back = back.plusDays(1);
            }
            off.add(back);
            all.add(day(year, back, "Nghỉ bù " + holiday.name()));
        }
        all.sort(Comparator.comparing(AnnouncedDay::date));
        return List.copyOf(all);
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static AnnouncedDay day(int year, LocalDate date, String name) {
        return new AnnouncedDay(year, date, DayKind.DAY_OFF, name, SOURCE);
    }
}
