package vn.motcua.intake.catalogue;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.backbone.paging.Page;
import vn.motcua.backbone.problem.ProblemException;
import vn.motcua.backbone.ratelimit.RateLimited;
import vn.motcua.backbone.security.AdminScope;
import vn.motcua.backbone.security.Caller;
import vn.motcua.backbone.security.Roles;
import vn.motcua.intake.Params;
import vn.motcua.intake.unit.AdministrativeLevel;

/** The public procedure catalogue (công khai thủ tục hành chính), and publishing new versions. */
@Path("/api/v1")
@Tag(name = "catalogue")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogueResource {

    private final CatalogueRepository repository;
    private final CatalogueService service;
    private final Clock clock;
    private final AdminScope admins;
    private final Caller caller;

    CatalogueResource(CatalogueRepository repository, CatalogueService service, Clock clock, AdminScope admins,
            Caller caller) {
        this.admins = admins;
        this.caller = caller;
        this.repository = repository;
        this.service = service;
        this.clock = clock;
    }

    @GET
    @Path("/procedures")
    @PermitAll
    @RateLimited("catalogue")
    @Operation(summary = "Search the catalogue (public): words with or without Vietnamese accents, field, level; paged")
    public Page<ProcedureViews.Summary> search(@QueryParam("q") String q, @QueryParam("field") String field,
            @QueryParam("level") String level, @QueryParam("date") String date, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        if (q != null && q.length() > SearchTerms.MAX_QUERY_LENGTH) {
            throw ProblemException.invalid("q", "at most " + SearchTerms.MAX_QUERY_LENGTH + " characters");
        }
        if (field != null && !field.isBlank() && !repository.fields().containsKey(field.strip())) {
            throw ProblemException.invalid("field", "unknown field " + field + "; see GET /api/v1/fields");
        }
        Page<ProcedureVersion> found = repository.search(SearchTerms.parse(q),
                field == null || field.isBlank() ? null : field.strip(),
                Params.enumValue("level", level, AdministrativeLevel.class), Params.dateOrToday("date", date, clock),
                Params.page(page, size));
        return found.map(ProcedureViews::summary);
    }

    @GET
    @Path("/procedures/{code}")
    @PermitAll
    @RateLimited("catalogue")
    @Operation(summary = "A procedure as in force on a date (default today), with its components, forms and fees (public)")
    public ProcedureViews.Detail get(@PathParam("code") String code, @QueryParam("date") String date) {
        LocalDate day = Params.dateOrToday("date", date, clock);
        ProcedureHistory history = existing(code);
        ProcedureVersion version = history.validOn(day).orElseThrow(() -> new ProblemException(404, "not-in-force",
                "Not found", "procedure " + code + " has no version in force on " + day, List.of()));
        return ProcedureViews.detail(version, history);
    }

    @GET
    @Path("/procedures/{code}/versions/{version}")
    @PermitAll
    @RateLimited("catalogue")
    @Operation(summary = "One version of a procedure (public)")
    public ProcedureViews.Detail version(@PathParam("code") String code, @PathParam("version") int number) {
        ProcedureHistory history = existing(code);
        return ProcedureViews.detail(history.version(number)
                .orElseThrow(() -> ProblemException.notFound("version of procedure " + code, number)), history);
    }

    @GET
    @Path("/fields")
    @PermitAll
    @RateLimited("catalogue")
    @Operation(summary = "Fields (lĩnh vực) of the catalogue (public)")
    public List<ProcedureViews.FieldView> fields() {
        return repository.fields().entrySet().stream()
                .map(e -> new ProcedureViews.FieldView(e.getKey(), e.getValue())).toList();
    }

    @POST
    @Path("/procedures/{code}/versions")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish a new version of a procedure (or its first); announced on motcua.reference")
    public Response publish(@PathParam("code") String code, @NotNull @Valid ProcedureDraft draft) {
        admins.requireProvincial(caller, "the procedure catalogue");
        ProcedureVersion published = service.publish(code, draft);
        return Response.created(URI.create("/api/v1/procedures/" + code + "/versions/" + published.version()))
                .entity(ProcedureViews.detail(published, repository.history(code))).build();
    }

    private ProcedureHistory existing(String code) {
        ProcedureHistory history = repository.history(code);
        if (history.versions().isEmpty()) {
            throw ProblemException.notFound("procedure", code);
        }
        return history;
    }
}
