package vn.motcua.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Instants written as Vietnamese wall-clock time, so tests read like a receipt. */
final class Vn {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]");

    private Vn() {
    }

    /** {@code "2024-03-04 09:00"} (or with seconds) in Asia/Ho_Chi_Minh. */
    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime, FORMAT).atZone(WorkingCalendar.ZONE).toInstant();
    }

    /** The instant as Vietnamese wall-clock time, for failure messages. */
    static String local(Instant instant) {
        return LocalDateTime.ofInstant(instant, WorkingCalendar.ZONE).toString().replace('T', ' ');
    }
}
