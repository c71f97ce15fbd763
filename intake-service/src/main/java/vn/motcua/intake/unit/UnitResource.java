package vn.motcua.intake.unit;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.backbone.problem.ProblemException;
import vn.motcua.backbone.ratelimit.RateLimited;
import vn.motcua.backbone.security.AdminScope;
import vn.motcua.backbone.security.Caller;
import vn.motcua.backbone.security.Roles;
import vn.motcua.intake.Params;

/**
 * Administrative units: public reads (where a procedure can be done: part of the public catalogue) and
 * the administrator's changes, each announced on motcua.reference. An admin changes only units of their
 * subtree (AdminScope): another unit answers 404; a province only the provincial admin (403).
 */
@Path("/api/v1/units")
@Tag(name = "units")
@Produces(MediaType.APPLICATION_JSON)
public class UnitResource {

    private final UnitRepository repository;
    private final UnitService service;
    private final Clock clock;
    private final AdminScope admins;
    private final Caller caller;

    UnitResource(UnitRepository repository, UnitService service, Clock clock, AdminScope admins, Caller caller) {
        this.repository = repository;
        this.service = service;
        this.clock = clock;
        this.admins = admins;
        this.caller = caller;
    }

    @GET
    @Path("/tree")
    @PermitAll
    @RateLimited("catalogue")
    @Operation(summary = "The units in force on a date (default today), as a tree (public)")
    public UnitViews.Tree tree(@QueryParam("date") String date) {
        LocalDate day = Params.dateOrToday("date", date, clock);
        return new UnitViews.Tree(day, UnitTree.asOf(day, repository.all()));
    }

    @GET
    @Path("/{code}")
    @PermitAll
    @RateLimited("catalogue")
    @Operation(summary = "A unit: its version in force on a date, every version, and where its territory went (public)")
    public Response get(@PathParam("code") String code, @QueryParam("date") String date) {
        LocalDate day = Params.dateOrToday("date", date, clock);
        UnitHistory history = repository.history(code).orElseThrow(() -> ProblemException.notFound("unit", code));
        Successors successors = repository.successors();
        var inForce = history.validOn(day);
        var detail = new UnitViews.UnitDetail(code, day, inForce.map(UnitViews.VersionView::of).orElse(null),
                history.versions().stream().map(UnitViews.VersionView::of).toList(), successors.of(code),
                successors.remap(code, day, c -> repository.validOn(c, day).isPresent()));
        Response.ResponseBuilder response = Response.ok(detail);
        inForce.flatMap(v -> repository.row(code, v.version()))
                .ifPresent(row -> response.tag(new EntityTag(String.valueOf(row.revision))));
        return response.build();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a unit (its first version)")
    public Response create(@NotNull @Valid UnitRequests.NewUnit request) {
        if (request.parentCode() == null) {
            admins.requireProvincial(caller, "a unit without a parent (a province)");
        } else {
            admins.requireAdministers(caller, request.parentCode());
        }
        UnitHistory history = service.create(request);
        return Response.created(URI.create("/api/v1/units/" + request.code())).entity(versions(history)).build();
    }

    @POST
    @Path("/{code}/versions")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a version from a date (the open one ends that day), e.g. after a merger")
    public Response addVersion(@PathParam("code") String code, @NotNull @Valid UnitRequests.NewVersion request) {
        admins.requireAdministers(caller, code);
        if (request.parentCode() == null) {
            admins.requireProvincial(caller, "a unit without a parent (a province)");
        } else {
            admins.requireAdministers(caller, request.parentCode());
        }
        UnitHistory history = service.addVersion(code, request);
        return Response.created(URI.create("/api/v1/units/" + code + "?date=" + request.validFrom()))
                .entity(versions(history)).build();
    }

    @POST
    @Path("/{code}/end")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "End a unit on a date and name its successors")
    public List<UnitViews.VersionView> end(@PathParam("code") String code, @NotNull @Valid UnitRequests.End request) {
        admins.requireAdministers(caller, code);
        return versions(service.end(code, request));
    }

    @PUT
    @Path("/{code}/versions/{version}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct a version's name, electronic identifier or note; If-Match: the ETag of GET")
    public List<UnitViews.VersionView> correct(@PathParam("code") String code, @PathParam("version") int version,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid UnitRequests.Correction request) {
        admins.requireAdministers(caller, code);
        return versions(service.correct(code, version, revision(ifMatch), request));
    }

    private static int revision(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "precondition-required", "Precondition required",
                    "send If-Match with the ETag of GET /api/v1/units/{code}",
                    List.of(new vn.motcua.backbone.problem.Problem.FieldError("If-Match", "required")));
        }
        try {
            return Integer.parseInt(ifMatch.strip().replace("W/", "").replace("\"", ""));
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("If-Match", "must be an ETag of this API");
        }
    }

    private static List<UnitViews.VersionView> versions(UnitHistory history) {
        return history.versions().stream().map(UnitViews.VersionView::of).toList();
    }
}
