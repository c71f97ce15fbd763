package vn.motcua.intake;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The clock of every business instant of this service (receipt, decisions); tests replace it. */
public class IntakeClock {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
