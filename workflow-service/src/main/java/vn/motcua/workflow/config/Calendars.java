package vn.motcua.workflow.config;

import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingHours;
import vn.motcua.workflow.calendar.PublishedCalendars;
import vn.motcua.workflow.dossier.DossierCase;

/**
 * The working calendar of a dossier: the holidays of its unit's calendar as intake publishes it (the unit's own
 * years over the national ones, statutory days for years nobody announced), with the working hours that
 * DossierReceived announced, else the published hours, else the standard ones. The shared {@code calendar}
 * code does the arithmetic; this only picks the data.
 */
@ApplicationScoped
public class Calendars {

    private final PublishedCalendars published;

    Calendars(PublishedCalendars published) {
        this.published = published;
    }

    public WorkingCalendar of(DossierCase dossier) {
        return of(dossier.unitCode, dossier.workingWeekdays, dossier.workingSessions);
    }

    /** The calendar of {@code unitCode} with these hours; the published or standard hours if either is missing. */
    public WorkingCalendar of(String unitCode, String weekdays, String sessions) {
        PublishedCalendars.UnitCalendar calendar = published.forUnit(unitCode);
        WorkingHours hours = weekdays != null && sessions != null
                ? WorkingHours.parse(weekdays, sessions)
                : calendar.hours().orElseGet(WorkingHours::standard);
        return new WorkingCalendar(hours, calendar.holidays());
    }

    /** The calendar of {@code unitCode} with its published hours. */
    public WorkingCalendar ofUnit(String unitCode) {
        return of(unitCode, null, null);
    }
}
