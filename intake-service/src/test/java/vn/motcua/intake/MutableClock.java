package vn.motcua.intake;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import vn.motcua.calendar.WorkingCalendar;

/** The service's clock in tests: set to a Vietnamese local time, or left to follow the system clock. */
@Alternative
@Priority(1)
@Singleton
public class MutableClock extends Clock {

    private volatile Instant fixed;

    /** From now on the service believes it is {@code local} in Asia/Ho_Chi_Minh. */
    public void setVietnamTime(LocalDateTime local) {
        fixed = local.atZone(WorkingCalendar.ZONE).toInstant();
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public Instant instant() {
        Instant now = fixed;
        return now != null ? now : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        MutableClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }
}
