package vn.motcua.workflow.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import vn.motcua.calendar.TimelinessRule;
import vn.motcua.calendar.WorkingCalendar;

/** The shared calendar code (module {@code calendar}) as beans: Vietnamese holidays, standard working hours. */
@ApplicationScoped
public class CalendarProducer {

    @Produces
    @ApplicationScoped
    WorkingCalendar workingCalendar() {
        return WorkingCalendar.vietnam();
    }

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
