package vn.motcua.document.register;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.backbone.security.Caller;
import vn.motcua.backbone.security.Roles;
import vn.motcua.document.dossier.Dossiers;
import vn.motcua.document.register.IssuedResults.IssuedResult;

/**
 * The electronic results of the dossiers a citizen submitted online signed in, in their account: no lookup secret,
 * the account proves it (the dossier's owner hash from DossierSubmittedOnline). Another account's dossier, one
 * submitted without an account and an unknown code all answer 404, never 403: nothing confirms that a code exists.
 */
@Path("/api/v1/me/dossiers/{dossierCode}/results")
@Tag(name = "lookup")
@Produces(MediaType.APPLICATION_JSON)
public class MyResultsResource {

    private final Dossiers dossiers;
    private final IssuedResults results;
    private final Caller caller;

    MyResultsResource(Dossiers dossiers, IssuedResults results, Caller caller) {
        this.dossiers = dossiers;
        this.results = results;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Roles.CITIZEN)
    @Operation(summary = "The issued electronic results of a dossier you submitted online signed in")
    public List<IssuedResult> list(@PathParam("dossierCode") String dossierCode) {
        return results.of(dossiers.requireOwnedBy(dossierCode, caller.userId()));
    }

    @GET
    @Path("/{documentId}/content")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed(Roles.CITIZEN)
    @Operation(summary = "Download an issued electronic result of a dossier you submitted online signed in")
    public Response content(@PathParam("dossierCode") String dossierCode, @PathParam("documentId") UUID documentId) {
        return results.content(dossiers.requireOwnedBy(dossierCode, caller.userId()), documentId);
    }
}
