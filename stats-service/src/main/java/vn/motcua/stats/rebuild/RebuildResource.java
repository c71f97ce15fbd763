package vn.motcua.stats.rebuild;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.motcua.backbone.security.AdminScope;
import vn.motcua.backbone.security.Caller;
import vn.motcua.backbone.security.Roles;

/**
 * Rebuilds the projections from the topics' beginning while the reports keep answering; its progress. Every unit's
 * figures are rebuilt, so only the provincial administrator may (a lower admin gets 403).
 */
@Path("/api/v1/admin/rebuild")
@Produces(MediaType.APPLICATION_JSON)
public class RebuildResource {

    private final ProjectionRebuild rebuild;
    private final AdminScope admins;
    private final Caller caller;

    RebuildResource(ProjectionRebuild rebuild, AdminScope admins, Caller caller) {
        this.rebuild = rebuild;
        this.admins = admins;
        this.caller = caller;
    }

    /** Starts a rebuild: 202 with its status, 409 while one runs. */
    @POST
    @RolesAllowed(Roles.ADMIN)
    public Response start() {
        admins.requireProvincialOperation(caller, "rebuild the reports");
        return Response.accepted(rebuild.start()).build();
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    public RebuildStatus status() {
        admins.requireProvincialOperation(caller, "follow a rebuild of the reports");
        return rebuild.status();
    }
}
