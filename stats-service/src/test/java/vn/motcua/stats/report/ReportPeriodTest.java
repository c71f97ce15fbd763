package vn.motcua.stats.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

    @ParameterizedTest(name = "{0} official = {1}..{2}")
    @CsvSource({
            // month: 15th of the previous month to the 14th
            "2022-07, 2022-06-15, 2022-07-14",
            "2022-01, 2021-12-15, 2022-01-14",
            "2022-03, 2022-02-15, 2022-03-14",
            "2024-03, 2024-02-15, 2024-03-14",
            "2022-12, 2022-11-15, 2022-12-14",
            // quarter: 15th of the month before the quarter to the 14th of its last month
            "2022-Q1, 2021-12-15, 2022-03-14",
            "2022-Q2, 2022-03-15, 2022-06-14",
            "2022-Q3, 2022-06-15, 2022-09-14",
            "2022-Q4, 2022-09-15, 2022-12-14",
            // half-year: 15 Dec to 14 Jun, 15 Jun to 14 Dec
            "2022-H1, 2021-12-15, 2022-06-14",
            "2022-H2, 2022-06-15, 2022-12-14",
            // year: 15 Dec of the previous year to 14 Dec
            "2022, 2021-12-15, 2022-12-14"
    })
    void officialWindowsFollowDecree09Of2019(String name, LocalDate first, LocalDate last) {
        ReportPeriod period = ReportPeriod.parse(name, CutOff.OFFICIAL);
        assertThat(period.firstDay()).isEqualTo(first);
        assertThat(period.lastDay()).isEqualTo(last);
        assertThat(period.label()).isEqualTo(name);
    }

    @ParameterizedTest(name = "{0} calendar = {1}..{2}")
    @CsvSource({
            "2022-07, 2022-07-01, 2022-07-31",
            "2022-02, 2022-02-01, 2022-02-28",
            "2024-02, 2024-02-01, 2024-02-29",
            "2022-12, 2022-12-01, 2022-12-31",
            "2022-Q1, 2022-01-01, 2022-03-31",
            "2022-Q3, 2022-07-01, 2022-09-30",
            "2022-Q4, 2022-10-01, 2022-12-31",
            "2022-H1, 2022-01-01, 2022-06-30",
            "2022-H2, 2022-07-01, 2022-12-31",
            "2022, 2022-01-01, 2022-12-31"
    })
    void calendarPeriodsAreWholeMonths(String name, LocalDate first, LocalDate last) {
        ReportPeriod period = ReportPeriod.parse(name, CutOff.CALENDAR);
        assertThat(period.firstDay()).isEqualTo(first);
        assertThat(period.lastDay()).isEqualTo(last);
    }

    @Test
    void consecutiveOfficialMonthsNeitherOverlapNorLeaveAGapAcrossTheYearEnd() {
        for (String[] pair : new String[][] {{"2022-11", "2022-12"}, {"2022-12", "2023-01"}, {"2023-01", "2023-02"}}) {
            ReportPeriod before = ReportPeriod.parse(pair[0], CutOff.OFFICIAL);
            ReportPeriod after = ReportPeriod.parse(pair[1], CutOff.OFFICIAL);
            assertThat(after.firstDay()).isEqualTo(before.lastDay().plusDays(1));
        }
    }

    @Test
    void theFourteenthClosesAnOfficialQuarterAndTheFifteenthOpensTheNext() {
        ReportPeriod q3 = ReportPeriod.parse("2022-Q3", CutOff.OFFICIAL);
        ReportPeriod q4 = ReportPeriod.parse("2022-Q4", CutOff.OFFICIAL);
        assertThat(q3.lastDay()).isEqualTo(LocalDate.of(2022, 9, 14));
        assertThat(q4.firstDay()).isEqualTo(LocalDate.of(2022, 9, 15));
    }

    @Test
    void theOfficialYearStartsInTheCalendarYearBefore() {
        assertThat(ReportPeriod.parse("2023", CutOff.OFFICIAL).firstDay()).isEqualTo(LocalDate.of(2022, 12, 15));
        assertThat(ReportPeriod.parse("2023-Q1", CutOff.OFFICIAL).firstDay()).isEqualTo(LocalDate.of(2022, 12, 15));
        assertThat(ReportPeriod.parse("2023-H1", CutOff.OFFICIAL).firstDay()).isEqualTo(LocalDate.of(2022, 12, 15));
    }

    @Test
    void aNameIsReadCaseInsensitively() {
        assertThat(ReportPeriod.parse("2022-q3", CutOff.OFFICIAL)).isEqualTo(ReportPeriod.parse("2022-Q3", CutOff.OFFICIAL));
        assertThat(ReportPeriod.parse("2022-h2", CutOff.CALENDAR).firstDay()).isEqualTo(LocalDate.of(2022, 7, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "22", "2022-13", "2022-00", "2022-Q5", "2022-Q0", "2022-H3", "2022-7", "Q3-2022",
            "2022-W01", "2022-07-01"})
    void anythingElseIsRefused(String name) {
        assertThatThrownBy(() -> ReportPeriod.parse(name, CutOff.OFFICIAL))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nullIsRefused() {
        assertThatThrownBy(() -> ReportPeriod.parse(null, CutOff.CALENDAR)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSpanOfDaysMayBeOneDayButNotEndBeforeItStarts() {
        LocalDate day = LocalDate.of(2022, 9, 14);
        assertThat(ReportPeriod.between(day, day).lastDay()).isEqualTo(day);
        assertThatThrownBy(() -> ReportPeriod.between(day, day.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
