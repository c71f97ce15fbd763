package vn.motcua.intake.reception;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.backbone.paging.Page;
import vn.motcua.backbone.problem.ProblemException;
import vn.motcua.backbone.security.Caller;
import vn.motcua.backbone.security.Roles;
import vn.motcua.intake.Params;

/** The front desk's reception (bộ phận một cửa), always within the caller's own unit. */
@Path("/api/v1/dossiers")
@Tag(name = "reception")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.FRONT_DESK)
public class ReceptionResource {

    private final ReceptionService service;
    private final DossierRepository dossiers;
    private final DossierViewMapper mapper;
    private final Caller caller;
    private final Clock clock;

    ReceptionResource(ReceptionService service, DossierRepository dossiers, DossierViewMapper mapper, Caller caller,
            Clock clock) {
        this.service = service;
        this.dossiers = dossiers;
        this.mapper = mapper;
        this.caller = caller;
        this.clock = clock;
    }

    @POST
    @RolesAllowed(Roles.FRONT_DESK)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Receive a dossier at the desk: accepted (code, due date, lookup secret), incomplete "
            + "(missing components, form 02) or refused with a reason (form 03). Idempotency-Key: a retry returns "
            + "the same dossier")
    public Response receive(@HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @NotNull @Valid ReceptionRequests.Reception request) {
        ReceptionService.Outcome outcome = service.receive(caller.requireUnit(), caller.userId(), request,
                IdempotencyKeys.checked(idempotencyKey));
        return Response.created(URI.create("/api/v1/dossiers/" + outcome.dossier().id))
                .header("Idempotent-Replayed", String.valueOf(outcome.replayed()))
                .entity(new DossierViews.ReceptionResult(mapper.view(outcome.dossier(), outcome.calendar(), outcome.procedure()),
                        outcome.lookupSecret(),
                        outcome.replayed()))
                .build();
    }

    @GET
    @RolesAllowed(Roles.FRONT_DESK)
    @Operation(summary = "Dossiers of the caller's unit decided between two days (default: today), newest first")
    public Page<DossierViews.DossierView> list(@QueryParam("status") String status, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        LocalDate first = Params.dateOrToday("from", from, clock);
        LocalDate last = Params.dateOrToday("to", to, clock);
        return dossiers.list(caller.requireUnit(), Params.enumValue("status", status, DossierStatus.class),
                first, last, Params.page(page, size)).map(mapper::view);
    }

    @GET
    @Path("/summary")
    @RolesAllowed(Roles.FRONT_DESK)
    @Operation(summary = "How many dossiers the caller's unit accepted, refused, found incomplete... between two days")
    public DossierViews.Summary summary(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate first = Params.dateOrToday("from", from, clock);
        LocalDate last = Params.dateOrToday("to", to, clock);
        if (last.isBefore(first)) {
            throw ProblemException.invalid("to", "must not be before from");
        }
        String unit = caller.requireUnit();
        Map<String, Long> counts = dossiers.counts(unit, first, last);
        long inPerson = counts.getOrDefault("ACCEPTED/IN_PERSON", 0L);
        long postal = counts.getOrDefault("ACCEPTED/POSTAL", 0L);
        long online = counts.getOrDefault("ACCEPTED/ONLINE", 0L);
        return new DossierViews.Summary(unit, first, last, inPerson + postal + online, inPerson, postal, online,
                sum(counts, "REFUSED/"), sum(counts, "INCOMPLETE/"), sum(counts, "SUBMITTED_ONLINE/"),
                sum(counts, "SUPPLEMENT_REQUESTED/"));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.FRONT_DESK)
    @Operation(summary = "A dossier of the caller's unit (another unit's answers 404)")
    public Response get(@PathParam("id") UUID id) {
        Dossier d = dossiers.ofUnit(id, caller.requireUnit());
        return Response.ok(mapper.view(d)).tag(String.valueOf(d.revision)).build();
    }

    @POST
    @Path("/{id}/accept")
    @RolesAllowed(Roles.FRONT_DESK)
    @Operation(summary = "Accept an online dossier: the processing clock starts now; the code is kept")
    public DossierViews.DossierView accept(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return mapper.view(service.acceptOnline(id, caller.requireUnit(), caller.userId(), revision(ifMatch)));
    }

    @POST
    @Path("/{id}/refuse")
    @RolesAllowed(Roles.FRONT_DESK)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refuse an online dossier with a reason (form 03)")
    public DossierViews.DossierView refuse(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ReceptionRequests.Refusal refusal) {
        return mapper.view(service.refuseOnline(id, caller.requireUnit(), caller.userId(), refusal.reason(),
                revision(ifMatch)));
    }

    @POST
    @Path("/{id}/request-supplement")
    @RolesAllowed(Roles.FRONT_DESK)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask for an online dossier's missing components (form 02); the citizen supplements online")
    public DossierViews.DossierView requestSupplement(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ReceptionRequests.SupplementRequest request) {
        return mapper.view(service.requestSupplement(id, caller.requireUnit(), caller.userId(), request,
                revision(ifMatch)));
    }

    private static long sum(Map<String, Long> counts, String prefix) {
        return counts.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).mapToLong(Map.Entry::getValue).sum();
    }

    /** If-Match is optional here: with it, a stale view is refused (412) instead of acting on it. */
    private static Integer revision(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(ifMatch.strip().replace("W/", "").replace("\"", ""));
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("If-Match", "must be the ETag of GET /api/v1/dossiers/{id}");
        }
    }
}
