package vn.motcua.contracts.reference;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A working calendar as intake holds it: the national one ({@code default}) or a unit's own. Published on
 * the compacted topic {@code motcua.reference} with key {@code calendar:<calendarId>}, so it carries the
 * <em>whole</em> calendar: the last record of a key is enough to rebuild a copy. A unit calendar holds only
 * what the unit overrides (its hours and whole holiday years); the rest comes from {@code default}, and a
 * year no calendar announces uses the statutory days off (Labour Code 2019 art. 112).
 *
 * @param calendarId  {@code default} or the unit's national code
 * @param weekdays    working weekdays, e.g. {@code MON-FRI}; null if the unit keeps the default hours
 * @param sessions    working sessions, e.g. {@code 07:00-11:30,13:30-17:00}; null with {@code weekdays}
 * @param years       the announced holiday years this calendar holds, oldest first
 * @param publishedAt instant of publication (UTC)
 */
public record CalendarPublished(String calendarId, String weekdays, String sessions, List<Year> years,
        Instant publishedAt) {

    /** The key of a calendar's records on {@code motcua.reference}. */
    public static String key(String calendarId) {
        return "calendar:" + calendarId;
    }

    /**
     * One year's announcement.
     *
     * @param year the announcement year (31 December may open the next year's New Year break)
     * @param days its days off and swapped working days, in date order
     */
    public record Year(int year, List<Day> days) {
    }

    /**
     * @param date   the day in Asia/Ho_Chi_Minh
     * @param kind   {@code DAY_OFF} or {@code WORKING_DAY} (a weekend day worked in exchange)
     * @param name   in Vietnamese, e.g. {@code Tết Nguyên Đán}
     * @param source the announcing act, e.g. {@code 12729/VPCP-KGVX}; empty if not known
     */
    public record Day(LocalDate date, String kind, String name, String source) {
    }
}
