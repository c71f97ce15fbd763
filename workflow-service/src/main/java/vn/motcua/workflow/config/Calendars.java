package vn.motcua.workflow.config;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingHours;
import vn.motcua.workflow.dossier.DossierCase;

/**
 * The working calendar of a dossier: the national holidays with its unit's working hours as announced in
 * DossierReceived, or the standard calendar when none were announced. The shared {@code calendar} code does the
 * arithmetic; this only picks the hours.
 */
@ApplicationScoped
public class Calendars {

    private final WorkingCalendar standard;
    private final Map<String, WorkingCalendar> byHours = new ConcurrentHashMap<>();

    Calendars(WorkingCalendar standard) {
        this.standard = standard;
    }

    public WorkingCalendar of(DossierCase dossier) {
        return of(dossier.workingWeekdays, dossier.workingSessions);
    }

    /** The calendar with these hours; the standard one if either is missing. */
    public WorkingCalendar of(String weekdays, String sessions) {
        if (weekdays == null || sessions == null) {
            return standard;
        }
        return byHours.computeIfAbsent(weekdays + " " + sessions,
                key -> new WorkingCalendar(WorkingHours.parse(weekdays, sessions), standard.holidays()));
    }
}
