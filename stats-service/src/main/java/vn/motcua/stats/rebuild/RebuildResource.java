package vn.motcua.stats.rebuild;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.motcua.backbone.security.Roles;

/** Rebuilds the projections from the topics' beginning while the reports keep answering; its progress. */
@Path("/api/v1/admin/rebuild")
@Produces(MediaType.APPLICATION_JSON)
public class RebuildResource {

    private final ProjectionRebuild rebuild;

    RebuildResource(ProjectionRebuild rebuild) {
        this.rebuild = rebuild;
    }

    /** Starts a rebuild: 202 with its status, 409 while one runs. */
    @POST
    @RolesAllowed(Roles.ADMIN)
    public Response start() {
        return Response.accepted(rebuild.start()).build();
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    public RebuildStatus status() {
        return rebuild.status();
    }
}
