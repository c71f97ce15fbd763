package vn.motcua.backbone.inbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.backbone.security.AdminScope;
import vn.motcua.backbone.security.Caller;
import vn.motcua.backbone.security.Roles;

/**
 * Every service's dead letters, for the provincial administrator (they hold every unit's events, so a lower admin
 * gets 403): how many wait, and the replay once the cause is fixed.
 */
@Path("/api/v1/admin/dead-letters")
@Tag(name = "dead letters")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {

    /** Per dead-letter topic of this service: how many events wait, or were just replayed. */
    public record DeadLetterCounts(Map<String, Long> topics) {
    }

    private final DeadLetterReplay replay;
    private final AdminScope admins;
    private final Caller caller;

    DeadLetterResource(DeadLetterReplay replay, AdminScope admins, Caller caller) {
        this.replay = replay;
        this.admins = admins;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Dead letters of this service not replayed yet, per dead-letter topic")
    public DeadLetterCounts pending() throws Exception {
        admins.requireProvincialOperation(caller, "see this service's dead letters");
        return new DeadLetterCounts(replay.pending());
    }

    @POST
    @Path("/replay")
    @Operation(summary = "Put every waiting dead letter back on its original topic (after the cause is fixed)")
    public DeadLetterCounts replay() throws Exception {
        admins.requireProvincialOperation(caller, "replay this service's dead letters");
        return new DeadLetterCounts(replay.replay());
    }
}
