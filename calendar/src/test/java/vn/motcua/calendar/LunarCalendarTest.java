package vn.motcua.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Vietnamese lunar calendar, reckoned at UTC+7, against dates Viet Nam celebrated or has published. */
class LunarCalendarTest {

    private final LunarCalendar vietnam = LunarCalendar.VIETNAM;
    private final LunarCalendar chinese = new LunarCalendar(8);

    @ParameterizedTest(name = "Tết {0}")
    @CsvSource({
            "2022, 2022-02-01",
            "2023, 2023-01-22",
            "2024, 2024-02-10",
            "2025, 2025-01-29",
            "2026, 2026-02-17",
            // published ahead in Vietnamese calendars (lịch vạn niên) and government planning
            "2027, 2027-02-06",
            "2028, 2028-01-26",
            "2029, 2029-02-13",
            "2030, 2030-02-02",   // not 3 February, the Chinese date: see below
            "2031, 2031-01-23"})
    void tetFallsOnTheFirstDayOfTheFirstLunarMonth(int year, LocalDate tet) {
        assertEquals(tet, vietnam.newYear(year));
    }

    @ParameterizedTest(name = "{0}: Viet Nam {1}, China {2}")
    @CsvSource({
            // 1985: the Vietnamese 11th month began a month earlier, so Tết came a month before China's
            "1985, 1985-01-21, 1985-02-20",
            // 2007: the new moon of 17 February fell before midnight in Hanoi, after it in Beijing
            "2007, 2007-02-17, 2007-02-18",
            // 2030: the new moon is at about 23:09 in Hanoi on 2 February, 00:09 on 3 February in Beijing
            "2030, 2030-02-02, 2030-02-03"})
    void tetIsReckonedAtUtcPlusSevenNotAtBeijingTime(int year, LocalDate vietnameseTet, LocalDate chineseNewYear) {
        assertEquals(vietnameseTet, vietnam.newYear(year));
        assertEquals(chineseNewYear, chinese.newYear(year));
        assertNotEquals(vietnam.newYear(year), chinese.newYear(year));
    }

    @ParameterizedTest(name = "Hùng Kings {0}")
    @CsvSource({
            "2022, 2022-04-10",
            "2023, 2023-04-29",   // after a leap 2nd month (tháng 2 nhuận)
            "2024, 2024-04-18",
            "2025, 2025-04-07",
            "2026, 2026-04-26"})
    void hungKingsDayIsTheTenthOfTheThirdLunarMonth(int year, LocalDate commemoration) {
        assertEquals(commemoration, vietnam.toSolar(year, 3, 10));
    }
}
