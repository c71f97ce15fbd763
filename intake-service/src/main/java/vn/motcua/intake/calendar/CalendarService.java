package vn.motcua.intake.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.backbone.problem.ProblemException;
import vn.motcua.calendar.AnnouncedDay;
import vn.motcua.calendar.HolidayTable;
import vn.motcua.calendar.WorkingHours;
import vn.motcua.backbone.audit.Audit;
import vn.motcua.intake.reference.ReferencePublisher;

/**
 * An administrator's changes to working calendars, checked by the calendar module before they are stored,
 * and published on {@code motcua.reference} in the same transaction (through the outbox).
 */
@ApplicationScoped
public class CalendarService {

    private final UnitCalendars calendars;
    private final Audit audit;
    private final ReferencePublisher publisher;

    CalendarService(UnitCalendars calendars, Audit audit, ReferencePublisher publisher) {
        this.calendars = calendars;
        this.audit = audit;
        this.publisher = publisher;
    }

    @Transactional
    public void setHours(String id, CalendarRequests.Hours request) {
        WorkingHours hours;
        try {
            hours = WorkingHours.parse(request.weekdays(), request.sessions());
        } catch (IllegalArgumentException e) {
            String field = e.getMessage().contains("session") ? "sessions" : "weekdays";
            throw ProblemException.invalid(field, e.getMessage());
        }
        calendars.setHours(id, request.weekdays().strip(), hours.sessions().stream().map(Object::toString)
                .reduce((a, b) -> a + "," + b).orElseThrow());
        audit.record("calendar.hours-changed", id, request.reason());
        publisher.publishCalendar(id);
    }

    @Transactional
    public void replaceYear(String id, int year, CalendarRequests.Year request) {
        List<AnnouncedDay> days = new ArrayList<>();
        for (int i = 0; i < request.days().size(); i++) {
            CalendarRequests.Day day = request.days().get(i);
            try {
                days.add(new AnnouncedDay(year, day.date(), day.kind(), day.name().strip(),
                        day.source() == null ? "" : day.source().strip()));
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("days[" + i + "].date", e.getMessage());
            }
        }
        try {
            // the module's own checks: one entry per date, every day within the year's announcement
            HolidayTable.of(days).withYear(year, days);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("days", e.getMessage());
        }
        calendars.replaceYear(id, year, days);
        audit.record("calendar.holidays-replaced", id + " " + year, request.reason());
        publisher.publishCalendar(id);
    }
}
