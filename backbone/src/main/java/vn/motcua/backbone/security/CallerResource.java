package vn.motcua.backbone.security;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Tells a signed-in user how this service sees them; the first call a newcomer makes with a token. */
@Path("/api/v1/caller")
@Tag(name = "caller")
public class CallerResource {

    /** How the service sees the caller; {@code provincialAdmin}: an admin at the top of the unit tree (AdminScope). */
    public record CallerView(String userId, String username, String unitCode, Set<String> roles,
            boolean provincialAdmin) {
    }

    private final Caller caller;
    private final AdminScope admins;

    CallerResource(Caller caller, AdminScope admins) {
        this.caller = caller;
        this.admins = admins;
    }

    @GET
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The calling user's id, unit and roles as read from the token, and whether they administer the province")
    public CallerView get() {
        return new CallerView(caller.userId(), caller.username(), caller.unitCode().orElse(null), caller.roles(),
                admins.isProvincial(caller));
    }
}
