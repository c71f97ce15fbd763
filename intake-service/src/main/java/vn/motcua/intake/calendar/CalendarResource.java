package vn.motcua.intake.calendar;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.SortedSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.backbone.problem.ProblemException;
import vn.motcua.backbone.security.AdminScope;
import vn.motcua.backbone.security.Caller;
import vn.motcua.backbone.security.Roles;
import vn.motcua.calendar.DueDate;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.intake.catalogue.CatalogueRepository;
import vn.motcua.intake.catalogue.ProcedureVersion;
import vn.motcua.intake.unit.UnitRepository;

/** Working calendars: the default one ({@code default}) and units' own ({@code {unit code}}). */
@Path("/api/v1/calendars/{id}")
@Tag(name = "calendars")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {

    private final UnitCalendars calendars;
    private final CalendarService service;
    private final UnitRepository units;
    private final CatalogueRepository catalogue;
    private final Clock clock;
    private final AdminScope admins;
    private final Caller caller;

    CalendarResource(UnitCalendars calendars, CalendarService service, UnitRepository units,
            CatalogueRepository catalogue, Clock clock, AdminScope admins, Caller caller) {
        this.admins = admins;
        this.caller = caller;
        this.calendars = calendars;
        this.service = service;
        this.units = units;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @GET
    @Authenticated
    @Operation(summary = "A calendar: hours, covered holiday years, what the unit overrides")
    public CalendarViews.CalendarView get(@PathParam("id") String id) {
        checkId(id);
        UnitCalendars.Effective effective = UnitCalendars.DEFAULT.equals(id) ? calendars.effective(id) : calendars.forUnit(id);
        UnitCalendars.Stored hours = calendars.hoursText(effective.id());
        return new CalendarViews.CalendarView(id, effective.id(), hours.weekdays(), hours.sessions(),
                effective.ownHours(), effective.holidays().coveredYears(), effective.ownYears());
    }

    @GET
    @Path("/holidays/{year}")
    @Authenticated
    @Operation(summary = "The days off and swapped working days a calendar applies in a year")
    public List<CalendarViews.DayView> holidays(@PathParam("id") String id, @PathParam("year") int year) {
        checkId(id);
        UnitCalendars.Effective effective = UnitCalendars.DEFAULT.equals(id) ? calendars.effective(id) : calendars.forUnit(id);
        if (!effective.holidays().covers(year)) {
            throw ProblemException.notFound("holiday year", year);
        }
        return effective.holidays().days(year).stream()
                .map(d -> new CalendarViews.DayView(d.date(), d.kind().name(), d.name(), d.source())).toList();
    }

    @PUT
    @Path("/hours")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set working hours (e.g. MON-FRI, 07:00-11:30,13:30-17:00) of the default or a unit's calendar")
    public CalendarViews.CalendarView setHours(@PathParam("id") String id, @NotNull @Valid CalendarRequests.Hours request) {
        checkId(id);
        requireAdministers(id);
        service.setHours(id, request);
        return get(id);
    }

    @PUT
    @Path("/holidays/{year}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace one year's announcement (days off and swapped working days)")
    public List<CalendarViews.DayView> replaceYear(@PathParam("id") String id, @PathParam("year") int year,
            @NotNull @Valid CalendarRequests.Year request) {
        checkId(id);
        requireAdministers(id);
        if (year < 2000 || year > 2100) {
            throw ProblemException.invalid("year", "must be between 2000 and 2100");
        }
        service.replaceYear(id, year, request);
        return holidays(id, year);
    }

    /** The default calendar is the province's; a unit's calendar its admins' (and those above them). */
    private void requireAdministers(String id) {
        if (UnitCalendars.DEFAULT.equals(id)) {
            admins.requireProvincial(caller, "the default calendar");
        } else {
            admins.requireAdministers(caller, id);
        }
    }

    @GET
    @Path("/due-date")
    @Authenticated
    @Operation(summary = "The due date a dossier of a procedure received at an instant would get with this calendar",
            description = "In a year whose holidays are not announced yet the statutory days off are used "
                    + "(Labour Code 2019 art. 112, Tết from the lunar calendar at UTC+7); the answer then has "
                    + "confirmed=false and names those years in unconfirmedYears.")
    public CalendarViews.DueDateView dueDate(@PathParam("id") String id, @QueryParam("procedure") String procedureCode,
            @QueryParam("receivedAt") String receivedAt) {
        checkId(id);
        Instant received = instant(receivedAt);
        if (procedureCode == null || procedureCode.isBlank()) {
            throw ProblemException.invalid("procedure", "required");
        }
        ProcedureVersion procedure = catalogue.history(procedureCode.strip())
                .validOn(received.atZone(WorkingCalendar.ZONE).toLocalDate())
                .orElseThrow(() -> ProblemException.invalid("procedure", "no procedure " + procedureCode
                        + " in force on that day"));
        UnitCalendars.Effective effective = UnitCalendars.DEFAULT.equals(id) ? calendars.effective(id) : calendars.forUnit(id);
        WorkingCalendar calendar = effective.calendar();
        DueDate due = calendar.dueDate(received, procedure.processingTime());
        SortedSet<Integer> unconfirmed = calendar.unconfirmedYears(received, due.at());
        return new CalendarViews.DueDateView(effective.id(), procedure.code(), procedure.version(), received,
                calendar.countingStart(received, procedure.processingTime()), due.at(), due.localDate(),
                unconfirmed.isEmpty(), unconfirmed);
    }

    private Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return clock.instant();
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            try {
                return java.time.OffsetDateTime.parse(text.strip()).toInstant();
            } catch (DateTimeParseException again) {
                throw ProblemException.invalid("receivedAt", "must be an instant like 2022-07-15T08:30:00+07:00");
            }
        }
    }

    private void checkId(String id) {
        if (!UnitCalendars.DEFAULT.equals(id) && units.history(id).isEmpty()) {
            throw ProblemException.notFound("calendar (no such unit)", id);
        }
    }
}
