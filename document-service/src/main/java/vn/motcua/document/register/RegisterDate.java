package vn.motcua.document.register;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import vn.motcua.document.BusinessClock;

/**
 * The date a document is registered and the year whose series numbers it: the calendar date in
 * Vietnam, so a registration at 00:30 on 1 January local time (17:30 UTC on 31 December) opens the
 * new year's series.
 */
public record RegisterDate(LocalDate date) {

    public static RegisterDate at(Instant instant) {
        return new RegisterDate(LocalDate.ofInstant(instant, BusinessClock.ZONE));
    }

    public static RegisterDate today(Clock clock) {
        return at(clock.instant());
    }

    public int year() {
        return date.getYear();
    }
}
