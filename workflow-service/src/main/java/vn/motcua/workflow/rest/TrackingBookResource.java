package vn.motcua.workflow.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jboss.resteasy.reactive.RestResponse;
import vn.motcua.backbone.problem.ProblemException;
import vn.motcua.backbone.security.Caller;
import vn.motcua.backbone.security.Roles;
import vn.motcua.backbone.security.UnitScope;
import vn.motcua.workflow.forms.DossierNames;
import vn.motcua.workflow.forms.TrackingBook;
import vn.motcua.workflow.forms.TrackingBookPdf;

/**
 * Form 06, the tracking book of a unit for a period of days of receipt (at most a year), as PDF: kept by the front
 * desk, read by the unit's leader, and by a supervisor for their unit or any unit below it ({@code unit}); a unit
 * outside the caller's scope answers 404, as if it did not exist. The unit is named as the unit tree names it on
 * the period's last day.
 */
@Path("/api/v1/tracking-book")
public class TrackingBookResource {

    static final int MAX_DAYS = 366;

    private final TrackingBook book;
    private final DossierNames names;
    private final Caller caller;
    private final UnitScope scope;
    private final Clock clock;

    TrackingBookResource(TrackingBook book, DossierNames names, Caller caller, UnitScope scope, Clock clock) {
        this.book = book;
        this.names = names;
        this.caller = caller;
        this.scope = scope;
        this.clock = clock;
    }

    @GET
    @Produces("application/pdf")
    @RolesAllowed({Roles.FRONT_DESK, Roles.LEADER, Roles.SUPERVISOR})
    @Transactional
    public RestResponse<byte[]> pdf(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("unit") String requestedUnit) {
        LocalDate first = day("from", from);
        LocalDate last = day("to", to);
        if (last.isBefore(first)) {
            throw ProblemException.invalid("to", "must not be before from");
        }
        if (first.plusDays(MAX_DAYS).isBefore(last.plusDays(1))) {
            throw ProblemException.invalid("to", "the period is longer than " + MAX_DAYS + " days");
        }
        String unit = requestedUnit == null || requestedUnit.isBlank() ? caller.requireUnit() : requestedUnit.strip();
        if (!scope.covers(caller, unit)) {
            throw ProblemException.notFound("unit", unit);
        }
        String[] unitNames = names.unit(unit, last);
        byte[] pdf = TrackingBookPdf.render(new TrackingBook.Book(unit, unitNames[0], unitNames[1], first, last,
                clock.instant(), book.entries(unit, first, last)));
        return RestResponse.ResponseBuilder.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"so-theo-doi-ho-so-" + unit + "-" + first + "-"
                        + last + ".pdf\"").build();
    }

    private static LocalDate day(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(field, "is required (YYYY-MM-DD)");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "is not a date (YYYY-MM-DD)");
        }
    }
}
