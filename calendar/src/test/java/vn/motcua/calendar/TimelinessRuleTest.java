package vn.motcua.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.motcua.calendar.Vn.at;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.contracts.dossier.Timeliness;

/**
 * Early (trước hạn), on time (đúng hạn), late (quá hạn): by calendar date in Asia/Ho_Chi_Minh, while
 * instants are UTC. 2022-07-15T17:30Z is already 16 July, 00:30, in Viet Nam.
 */
class TimelinessRuleTest {

    private final TimelinessRule rule = TimelinessRule.vietnam();

    @ParameterizedTest(name = "due {0}, finished {1}: {2}")
    @CsvSource({
            "2022-07-15 17:00, 2022-07-14 16:00, EARLY",
            "2022-07-15 17:00, 2022-07-15 08:00, ON_TIME",
            "2022-07-15 17:00, 2022-07-15 17:30, ON_TIME",  // after the due hour, same date
            "2022-07-15 17:00, 2022-07-15 23:59, ON_TIME",
            "2022-07-15 17:00, 2022-07-16 00:01, LATE",
            "2022-07-15 17:00, 2022-07-18 09:00, LATE",
            "2022-07-15 09:00, 2022-07-15 07:00, ON_TIME"}) // before the due hour, same date
    void resolvedDossierIsClassifiedByTheDateItWasFinishedOn(String due, String finished, Timeliness expected) {
        assertEquals(expected, rule.classify(at(finished), at(due)));
    }

    @ParameterizedTest(name = "due {0}, finished {1}: {2}")
    @CsvSource({
            "2022-07-15T10:00:00Z, 2022-07-15T16:59:00Z, ON_TIME",  // 23:59 on the 15th in Viet Nam
            "2022-07-15T10:00:00Z, 2022-07-15T17:01:00Z, LATE",     // 00:01 on the 16th
            "2022-07-15T10:00:00Z, 2022-07-15T17:30:00Z, LATE",     // same UTC date, next Vietnamese date
            "2022-07-15T10:00:00Z, 2022-07-14T17:30:00Z, ON_TIME",  // UTC says the 14th; Viet Nam says the 15th
            "2022-07-15T17:30:00Z, 2022-07-15T16:00:00Z, EARLY"})   // due 16th 00:30, finished 15th 23:00
    void datesAreVietnameseDatesNotUtcDates(Instant due, Instant finished, Timeliness expected) {
        assertEquals(expected, rule.classify(finished, due));
    }

    @ParameterizedTest(name = "due {0}, now {1}: overdue {2}")
    @CsvSource({
            "2022-07-15 17:00, 2022-07-14 10:00, false",
            "2022-07-15 17:00, 2022-07-15 16:00, false",
            "2022-07-15 17:00, 2022-07-15 18:00, false",  // finishing now would still be on time
            "2022-07-15 17:00, 2022-07-15 23:59, false",
            "2022-07-15 17:00, 2022-07-16 00:01, true",
            "2022-07-15 17:00, 2022-08-01 09:00, true"})
    void dossierBecomesOverdueWhenFinishingItWouldBeLate(String due, String now, boolean overdue) {
        assertEquals(overdue, rule.isOverdue(at(due), at(now)));
        assertEquals(overdue, rule.classify(at(now), at(due)) == Timeliness.LATE);
        // the form a database query uses says the same
        assertEquals(overdue, at(due).isBefore(rule.overdueIfDueBefore(at(now))));
    }

    @ParameterizedTest(name = "due {0}: within deadline at the end of quarter III 2022: {1}")
    @CsvSource({
            "2022-09-13T10:00:00Z, false",  // 13 Sep 17:00
            "2022-09-13T16:59:00Z, false",  // 13 Sep 23:59
            "2022-09-13T17:30:00Z, true",   // 14 Sep 00:30 in Viet Nam
            "2022-09-14T10:00:00Z, true",   // due on the period's last day
            "2022-09-20T10:00:00Z, true"})
    void inProgressDossierIsWithinDeadlineIfDueNotBeforeThePeriodsLastDay(Instant due, boolean within) {
        LocalDate lastDayOfQuarterThree = LocalDate.of(2022, 9, 14); // Decree 09/2019: 15 Jun - 14 Sep
        assertEquals(within, rule.withinDeadlineAtPeriodEnd(due, lastDayOfQuarterThree));
    }

    @ParameterizedTest(name = "due {0}, finished {1}: {2}")
    @CsvSource({
            "2022-07-15T10:00:00Z, 2022-07-15T16:59:00Z, ON_TIME",
            "2022-07-15T10:00:00Z, 2022-07-15T17:01:00Z, ON_TIME"})
    void anotherZoneGivesAnotherDate(Instant due, Instant finished, Timeliness expected) {
        assertEquals(expected, new TimelinessRule(ZoneOffset.UTC).classify(finished, due));
    }
}
