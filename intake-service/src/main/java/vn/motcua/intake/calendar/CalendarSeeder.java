package vn.motcua.intake.calendar;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.Set;
import org.jboss.logging.Logger;
import vn.motcua.calendar.HolidayTable;
import vn.motcua.intake.reference.ReferencePublisher;

/**
 * Fills the default calendar with the holiday years the {@code calendar} module ships (2022-2026 today)
 * that the database does not hold yet. A year already in the database is never overwritten: an
 * administrator may have changed it. So a new release of the module brings its new years on the next start.
 * Then every calendar that differs from what was last published on {@code motcua.reference} is published.
 */
@ApplicationScoped
public class CalendarSeeder {

    private static final Logger LOG = Logger.getLogger(CalendarSeeder.class);

    private final EntityManager entityManager;
    private final UnitCalendars calendars;
    private final ReferencePublisher publisher;

    CalendarSeeder(EntityManager entityManager, UnitCalendars calendars, ReferencePublisher publisher) {
        this.entityManager = entityManager;
        this.calendars = calendars;
        this.publisher = publisher;
    }

    void seedOnStart(@Observes StartupEvent start) {
        Set<Integer> added = QuarkusTransaction.requiringNew().call(() -> {
            entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtext('calendar_seed'))").getSingleResult();
            Set<Integer> present = new HashSet<>();
            calendars.days(UnitCalendars.DEFAULT).forEach(d -> present.add(d.year()));
            HolidayTable shipped = HolidayTable.vietnam();
            Set<Integer> years = new java.util.TreeSet<>();
            java.util.List<vn.motcua.calendar.AnnouncedDay> days = new java.util.ArrayList<>();
            for (int year : shipped.coveredYears()) {
                if (!present.contains(year)) {
                    days.addAll(shipped.days(year));
                    years.add(year);
                }
            }
            calendars.insertDays(UnitCalendars.DEFAULT, days);
            calendars.ids().forEach(publisher::publishCalendar);
            return years;
        });
        if (!added.isEmpty()) {
            LOG.infof("Default working calendar: added the shipped holiday years %s", added);
        }
    }
}
