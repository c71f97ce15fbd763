package vn.motcua.intake.reception;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.backbone.security.Caller;
import vn.motcua.backbone.security.Roles;

/** A signed-in citizen's own dossiers: those submitted online from the account, never anyone else's. */
@Path("/api/v1/me/dossiers")
@Tag(name = "online submission")
@Produces(MediaType.APPLICATION_JSON)
public class MyDossiersResource {

    /** At most this many, newest first: a citizen's own submissions, not a register. */
    static final int LIMIT = 200;

    /** What the citizen sees of their dossier; the lookup secret is not kept, so it is not shown again. */
    public record MyDossier(String code, DossierStatus status, String unitCode, String procedureCode,
            Instant submittedAt, Instant receivedAt, Instant dueAt) {
    }

    private final OnlineSubmissionService service;
    private final Caller caller;

    MyDossiersResource(OnlineSubmissionService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Roles.CITIZEN)
    @Operation(summary = "The dossiers you submitted online while signed in (citizen accounts), newest first")
    public List<MyDossier> mine() {
        return service.ownedBy(caller.userId(), LIMIT).stream()
                .map(d -> new MyDossier(d.code, d.status, d.unitCode, d.procedureCode, d.submittedAt, d.receivedAt,
                        d.dueAt))
                .toList();
    }
}
