package vn.motcua.workflow.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import vn.motcua.calendar.TimelinessRule;

/** The shared timeliness rule (module {@code calendar}) and the clock as beans; calendars come from {@link Calendars}. */
@ApplicationScoped
public class CalendarProducer {

    @Produces
    @ApplicationScoped
    TimelinessRule timelinessRule() {
        return TimelinessRule.vietnam();
    }

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
