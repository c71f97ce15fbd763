package vn.motcua.workflow.migration;

import jakarta.annotation.security.RolesAllowed;
import vn.motcua.backbone.security.Roles;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.backbone.security.Caller;

/**
 * The legacy import's second step (./platform import FILE): role {@code migration} only. 201 when the outcome
 * was applied now, 200 when it had been before, 409 {@code not-yet-known} while the case has not arrived from
 * intake (retry), 409 {@code outcome-differs} / {@code dossier-in-processing} otherwise.
 */
@Path("/api/v1/migration/dossiers")
@Tag(name = "migration")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.MIGRATION)
public class MigrationResource {

    /** The realm role of the import client {@code motcua-import}. */

    private final MigrationOutcomes outcomes;
    private final Caller caller;

    MigrationResource(MigrationOutcomes outcomes, Caller caller) {
        this.outcomes = outcomes;
        this.caller = caller;
    }

    @POST
    @Path("/{id}/outcome")
    @RolesAllowed(Roles.MIGRATION)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Apply a legacy dossier's outcome (resolution, withdrawal, return) with its original "
            + "instants; idempotent")
    public Response apply(@PathParam("id") String dossierId, @NotNull @Valid LegacyOutcome request) {
        MigrationOutcomes.Applied applied = outcomes.apply(dossierId, request, caller.userId());
        return Response.status(applied.created() ? 201 : 200).entity(applied).build();
    }
}
