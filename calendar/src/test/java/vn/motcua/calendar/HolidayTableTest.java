package vn.motcua.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class HolidayTableTest {

    private final HolidayTable vietnam = HolidayTable.vietnam();
    private final WorkingCalendar calendar = WorkingCalendar.vietnam();

    /** The announcements as REFERENCE-DATA.md states them: days off (ranges inclusive) and working Saturdays. */
    static Stream<Arguments> announcements() {
        return Stream.of(
                Arguments.of(2022, List.of("2022-01-01", "2022-01-03", "2022-01-29..2022-02-06",
                        "2022-04-10..2022-04-11", "2022-04-30..2022-05-03", "2022-09-01..2022-09-04"), List.of()),
                Arguments.of(2023, List.of("2022-12-31..2023-01-02", "2023-01-20..2023-01-26",
                        "2023-04-29..2023-05-03", "2023-09-01..2023-09-04"), List.of()),
                Arguments.of(2024, List.of("2024-01-01", "2024-02-08..2024-02-14", "2024-04-18",
                        "2024-04-27..2024-05-01", "2024-08-31..2024-09-03"), List.of("2024-05-04")),
                Arguments.of(2025, List.of("2025-01-01", "2025-01-25..2025-02-02", "2025-04-07",
                        "2025-04-30..2025-05-04", "2025-08-30..2025-09-02"), List.of("2025-04-26")),
                Arguments.of(2026, List.of("2026-01-01..2026-01-04", "2026-02-14..2026-02-22",
                        "2026-04-26..2026-04-27", "2026-04-30..2026-05-03", "2026-08-29..2026-09-02"),
                        List.of("2026-01-10", "2026-08-22")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("announcements")
    void shippedTableHoldsExactlyTheAnnouncedDays(int year, List<String> daysOff, List<String> workingDays) {
        assertEquals(expand(daysOff), datesOf(year, DayKind.DAY_OFF));
        assertEquals(expand(workingDays), datesOf(year, DayKind.WORKING_DAY));
    }

    @Test
    void shippedTableCoversTwentyTwentyTwoToTwentyTwentySix() {
        assertEquals(new TreeSet<>(List.of(2022, 2023, 2024, 2025, 2026)), vietnam.coveredYears());
    }

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource({
            "2022-01-28, true",   // Friday before Tết 2022
            "2022-01-31, false",  // Tết 2022
            "2022-02-07, true",   // first day back after Tết 2022
            "2022-04-11, false",  // given back for Hùng Kings on Sunday
            "2023-01-03, true",
            "2024-02-29, true",   // leap day, a Thursday
            "2024-04-29, false",  // swapped for Saturday 4 May
            "2024-05-04, true",   // working Saturday
            "2024-05-11, false",  // ordinary Saturday
            "2024-09-04, true",
            "2025-04-26, true",   // working Saturday
            "2025-05-02, false",  // swapped for Saturday 26 April
            "2025-05-05, true",
            "2026-01-02, false",  // swapped for Saturday 10 January
            "2026-01-05, true",
            "2026-01-10, true",   // working Saturday
            "2026-02-20, false",  // Tết 2026
            "2026-02-23, true",   // first day back after Tết 2026
            "2026-08-22, true",   // working Saturday
            "2026-08-31, false",  // swapped for Saturday 22 August
            "2026-09-03, true",
            "2026-12-31, true"})
    void dayIsWorkingOrOffAsAnnounced(LocalDate date, boolean working) {
        assertEquals(working, calendar.isWorkingDay(date));
    }

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource({
            "2021-06-01, true",
            "2021-02-12, false",  // Tết 2021
            "2027-01-01, false",  // New Year, a Friday
            "2027-01-04, true",
            "2027-02-10, false",  // given back for Tết on Saturday 6 February
            "2028-02-29, true"})
    void aYearWithoutAnnouncementUsesTheStatutoryDaysNotNone(LocalDate date, boolean working) {
        assertEquals(working, calendar.isWorkingDay(date));
        assertFalse(vietnam.covers(date.getYear()));
        assertEquals(Set.of(date.getYear()), vietnam.unconfirmedYears(date, date));
    }

    @Test
    void namesAreVietnameseAndSourcesNamed() {
        AnnouncedDay tet = vietnam.announced(LocalDate.of(2022, 2, 1)).orElseThrow();
        assertEquals("Tết Nguyên Đán", tet.name());
        assertEquals("245/VPCP-KGVX", tet.source());
        assertEquals("Làm bù cho ngày 02/01", vietnam.announced(LocalDate.of(2026, 1, 10)).orElseThrow().name());
        assertTrue(vietnam.announced(LocalDate.of(2024, 3, 5)).isEmpty());
    }

    @Test
    void newYearBreakOpeningInDecemberBelongsToTheNextYearsAnnouncement() {
        AnnouncedDay eve = vietnam.announced(LocalDate.of(2022, 12, 31)).orElseThrow();
        assertEquals(2023, eve.year());
        assertEquals(DayKind.DAY_OFF, eve.kind());
    }

    @Test
    void anotherFileInTheSameFormatCanBeRead() {
        String csv = "\uFEFF# a province's own table\n"
                + "year,date,kind,name,source\n"
                + "\n"
                + "2027,2027-01-01,DAY_OFF,Tết Dương lịch,\n"
                + "  2027 , 2027-01-09 , WORKING_DAY , Làm bù (thử) , QĐ 1/UBND \n";

        HolidayTable table = HolidayTable.parse(new StringReader(csv), "test.csv");

        assertEquals(Set.of(2027), table.coveredYears());
        assertEquals(DayKind.DAY_OFF, table.announced(LocalDate.of(2027, 1, 1)).orElseThrow().kind());
        AnnouncedDay swapped = table.announced(LocalDate.of(2027, 1, 9)).orElseThrow();
        assertEquals("Làm bù (thử)", swapped.name());
        assertEquals("QĐ 1/UBND", swapped.source());
        assertEquals("", table.announced(LocalDate.of(2027, 1, 1)).orElseThrow().source());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "2027,2027-01-01,DAY_OFF,Tết Dương lịch                   | line 2: expected 5 fields",
            "2027,2027-01-01,DAY_OFF,Tết, Dương lịch,                 | line 2: expected 5 fields",
            "2027,2027-01-01,HOLIDAY,Tết Dương lịch,                  | line 2: kind must be DAY_OFF or WORKING_DAY",
            "2027,2027-02-30,DAY_OFF,Tết Dương lịch,                  | line 2: bad year or date",
            "twenty,2027-01-01,DAY_OFF,Tết Dương lịch,                | line 2: bad year or date",
            "2027,2027-01-01,DAY_OFF,,                                | line 2: announced day 2027-01-01 needs a name",
            "2020,2027-01-01,DAY_OFF,Tết Dương lịch,                  | line 2: 2027-01-01 cannot belong to the announcement for 2020"})
    void malformedLinesAreReportedWithTheirLineNumber(String line, String expected) {
        String csv = "# header comment\n" + line + "\n";

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> HolidayTable.parse(new StringReader(csv), "admin-upload.csv"));

        assertTrue(error.getMessage().startsWith("admin-upload.csv " + expected), error.getMessage());
    }

    @Test
    void aDateListedTwiceIsRejected() {
        String csv = "2027,2027-01-01,DAY_OFF,Tết Dương lịch,\n2027,2027-01-01,WORKING_DAY,Làm bù,\n";

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> HolidayTable.parse(new StringReader(csv), "twice.csv"));

        assertTrue(error.getMessage().contains("2027-01-01 twice"), error.getMessage());
    }

    @Test
    void addingAYearsAnnouncementKeepsTheOtherYears() {
        HolidayTable extended = vietnam.withYear(2027, List.of(
                new AnnouncedDay(2027, LocalDate.of(2027, 1, 1), DayKind.DAY_OFF, "Tết Dương lịch", "")));

        assertTrue(extended.covers(2027));
        assertTrue(extended.covers(2022));
        assertFalse(vietnam.covers(2027));
        assertTrue(new WorkingCalendar(WorkingHours.standard(), extended).isWorkingDay(LocalDate.of(2027, 1, 4)));
    }

    @Test
    void replacingAYearsAnnouncementDropsItsOldDays() {
        HolidayTable corrected = vietnam.withYear(2026, List.of(
                new AnnouncedDay(2026, LocalDate.of(2026, 1, 1), DayKind.DAY_OFF, "Tết Dương lịch", "")));

        assertEquals(1, corrected.days(2026).size());
        assertTrue(corrected.announced(LocalDate.of(2026, 2, 16)).isEmpty());
        assertEquals(vietnam.days(2025), corrected.days(2025));
    }

    @Test
    void aYearsAnnouncementMustHoldOnlyThatYearsDays() {
        List<AnnouncedDay> wrongYear = List.of(
                new AnnouncedDay(2028, LocalDate.of(2028, 1, 1), DayKind.DAY_OFF, "Tết Dương lịch", ""));

        assertThrows(IllegalArgumentException.class, () -> vietnam.withYear(2027, wrongYear));
        assertThrows(IllegalArgumentException.class, () -> vietnam.withYear(2027, List.of()));
    }

    private Set<LocalDate> datesOf(int year, DayKind kind) {
        return vietnam.days(year).stream()
                .filter(day -> day.kind() == kind)
                .map(AnnouncedDay::date)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<LocalDate> expand(List<String> ranges) {
        Set<LocalDate> dates = new TreeSet<>();
        for (String range : ranges) {
            String[] ends = range.split("\\.\\.");
            LocalDate first = LocalDate.parse(ends[0]);
            LocalDate last = LocalDate.parse(ends[ends.length - 1]);
            first.datesUntil(last.plusDays(1)).forEach(dates::add);
        }
        return dates;
    }
}
