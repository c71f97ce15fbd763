package vn.motcua.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingHoursTest {

    @Test
    void standardDeskWorksMondayToFridayEightHoursADay() {
        WorkingHours hours = WorkingHours.standard();

        assertEquals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), hours.weekdays());
        assertEquals(Duration.ofHours(8), hours.workingDayLength());
        assertEquals(LocalTime.of(7, 0), hours.opening());
        assertEquals(LocalTime.of(17, 0), hours.closing());
    }

    @ParameterizedTest(name = "{0} open: {1}")
    @CsvSource({
            "06:59, false",
            "07:00, true",
            "11:29:59, true",
            "11:30, false",
            "12:30, false",
            "13:29, false",
            "13:30, true",
            "16:59, true",
            "17:00, false",
            "23:59, false"})
    void sessionsIncludeTheirStartAndExcludeTheirEnd(String time, boolean open) {
        assertEquals(open, WorkingHours.standard().isOpenAt(LocalTime.parse(time)));
    }

    @Test
    void aUnitCanConfigureItsOwnSessionsAndWeekdays() {
        WorkingHours hours = WorkingHours.parse("mon-fri, SAT", "07:30-11:30, 13:00-16:30");

        assertEquals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), hours.weekdays());
        assertEquals(Duration.ofMinutes(450), hours.workingDayLength());
        assertTrue(hours.isOpenAt(LocalTime.of(13, 0)));
        assertFalse(hours.isOpenAt(LocalTime.of(7, 0)));
    }

    @Test
    void singleWeekdaysCanBeListed() {
        assertEquals(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY),
                WorkingHours.parse("MON,WED", "08:00-12:00").weekdays());
    }

    @ParameterizedTest(name = "weekdays ''{0}'', sessions ''{1}''")
    @CsvSource(delimiter = '|', value = {
            "MON-FRI | 07:00-11:30,11:00-17:00",
            "MON-FRI | 13:30-17:00,07:00-11:30",
            "MON-FRI | 11:30-07:00",
            "MON-FRI | 07:00",
            "MON-FRI | 7h-11h",
            "FRI-MON | 07:00-11:30",
            "MO-FR | 07:00-11:30",
            "HOLIDAY | 07:00-11:30"})
    void inconsistentWorkingHoursAreRejected(String weekdays, String sessions) {
        assertThrows(IllegalArgumentException.class, () -> WorkingHours.parse(weekdays, sessions));
    }

    @Test
    void workingHoursNeedAWeekdayAndASession() {
        assertThrows(IllegalArgumentException.class,
                () -> new WorkingHours(EnumSet.noneOf(DayOfWeek.class), WorkingHours.standard().sessions()));
        assertThrows(IllegalArgumentException.class,
                () -> new WorkingHours(EnumSet.of(DayOfWeek.MONDAY), java.util.List.of()));
    }
}
