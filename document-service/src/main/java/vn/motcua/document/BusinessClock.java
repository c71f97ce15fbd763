package vn.motcua.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The service's clock, injected wherever "now" or "today" matters (register years, signing times),
 * so that tests can move it across a year boundary. Business dates are in {@link #ZONE}.
 */
@ApplicationScoped
public class BusinessClock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
