package vn.motcua.document.register;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.backbone.ratelimit.RateLimited;
import vn.motcua.document.dossier.Dossiers;
import vn.motcua.document.register.IssuedResults.IssuedResult;

/**
 * The applicant's access to the electronic results of their dossier, with the lookup secret printed
 * on the receipt (sent in the {@code Lookup-Secret} header, never in the URL). Only issued, electronic
 * results are shown, each in the file version that was issued. A wrong secret and an unknown dossier both
 * answer 404.
 */
@Path("/api/v1/lookup/dossiers/{dossierCode}/results")
@Tag(name = "lookup")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@RateLimited("result-lookup")
public class ResultLookupResource {

    public static final String SECRET_HEADER = "Lookup-Secret";

    private final Dossiers dossiers;
    private final IssuedResults results;

    ResultLookupResource(Dossiers dossiers, IssuedResults results) {
        this.dossiers = dossiers;
        this.results = results;
    }

    @GET
    @PermitAll
    @Operation(summary = "The issued electronic results of a dossier, for its applicant (lookup secret required)")
    public List<IssuedResult> list(@PathParam("dossierCode") String dossierCode,
            @HeaderParam(SECRET_HEADER) String secret) {
        return results.of(dossiers.requireWithSecret(dossierCode, secret));
    }

    @GET
    @Path("/{documentId}/content")
    @Produces(MediaType.WILDCARD)
    @PermitAll
    @Operation(summary = "Download an issued electronic result (the signed PDF), verified against its SHA-256")
    public Response content(@PathParam("dossierCode") String dossierCode, @PathParam("documentId") UUID documentId,
            @HeaderParam(SECRET_HEADER) String secret) {
        return results.content(dossiers.requireWithSecret(dossierCode, secret), documentId);
    }
}
