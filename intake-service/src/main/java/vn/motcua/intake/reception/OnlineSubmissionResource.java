package vn.motcua.intake.reception;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.backbone.ratelimit.RateLimited;
import vn.motcua.backbone.security.Caller;
import vn.motcua.backbone.security.Roles;

/** Online submission by citizens and businesses: public, no token (the national portal's role). */
@Path("/api/v1/online/dossiers")
@Tag(name = "online submission")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OnlineSubmissionResource {

    private final OnlineSubmissionService service;
    private final Caller caller;

    OnlineSubmissionResource(OnlineSubmissionService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @PermitAll
    @RateLimited("online-submission")
    @Operation(summary = "Submit a dossier online (public): returns its code and the lookup secret, shown once. "
            + "A signed-in citizen's dossier is linked to the account (GET /api/v1/me/dossiers). "
            + "Idempotency-Key: a retry returns the same dossier")
    public Response submit(@HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @NotNull @Valid ReceptionRequests.OnlineSubmission request) {
        // the account is optional: without a token (or with a staff member's) the dossier belongs to no account
        Optional<String> owner = !caller.isAnonymous() && caller.hasRole(Roles.CITIZEN)
                ? Optional.of(caller.userId()) : Optional.empty();
        ReceptionService.Outcome outcome = service.submit(request, IdempotencyKeys.checked(idempotencyKey), owner);
        Dossier d = outcome.dossier();
        return Response.created(URI.create("/api/v1/online/dossiers/" + d.code))
                .header("Idempotent-Replayed", String.valueOf(outcome.replayed()))
                .entity(new DossierViews.OnlineResult(d.id, d.code, d.status, d.unitCode, d.procedureCode,
                        d.submittedAt, outcome.lookupSecret(), outcome.replayed()))
                .build();
    }

    @POST
    @Path("/{code}/supplement")
    @PermitAll
    @RateLimited("online-supplement")
    @Operation(summary = "Send the components the desk asked for (public, with the lookup secret); the code is kept")
    public DossierViews.OnlineResult supplement(@PathParam("code") String code,
            @NotNull @Valid ReceptionRequests.Supplement request) {
        Dossier d = service.supplement(code, request);
        return new DossierViews.OnlineResult(d.id, d.code, d.status, d.unitCode, d.procedureCode, d.submittedAt, null,
                false);
    }
}
