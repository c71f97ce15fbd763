package vn.motcua.document.register;

import jakarta.annotation.security.PermitAll;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.backbone.problem.ProblemException;
import vn.motcua.backbone.ratelimit.RateLimited;
import vn.motcua.contracts.document.DeliveryMode;
import vn.motcua.document.dossier.Dossiers;
import vn.motcua.document.dossier.KnownDossier;
import vn.motcua.document.file.FileService;
import vn.motcua.document.file.FileVersion;

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

    /** An issued result the applicant can download. */
    public record IssuedResult(UUID documentId, String symbol, String typeName, String summary, Instant issuedAt,
            String contentType, long sizeBytes, String sha256) {
    }

    private final Dossiers dossiers;
    private final EntityManager entityManager;
    private final FileService files;

    ResultLookupResource(Dossiers dossiers, EntityManager entityManager, FileService files) {
        this.dossiers = dossiers;
        this.entityManager = entityManager;
        this.files = files;
    }

    @GET
    @PermitAll
    @Operation(summary = "The issued electronic results of a dossier, for its applicant (lookup secret required)")
    public List<IssuedResult> list(@PathParam("dossierCode") String dossierCode,
            @HeaderParam(SECRET_HEADER) String secret) {
        KnownDossier dossier = authorised(dossierCode, secret);
        return issued(dossier).stream().map(d -> {
            FileVersion version = files.version(d.fileId, d.issuedFileVersion);
            return new IssuedResult(d.id, d.symbol, d.type.vietnameseName(), d.summary, d.issuedAt,
                    version.contentType, version.sizeBytes, version.sha256);
        }).toList();
    }

    @GET
    @Path("/{documentId}/content")
    @Produces(MediaType.WILDCARD)
    @PermitAll
    @Operation(summary = "Download an issued electronic result (the signed PDF), verified against its SHA-256")
    public Response content(@PathParam("dossierCode") String dossierCode, @PathParam("documentId") UUID documentId,
            @HeaderParam(SECRET_HEADER) String secret) {
        KnownDossier dossier = authorised(dossierCode, secret);
        OutgoingDocument document = issued(dossier).stream().filter(d -> d.id.equals(documentId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("result", documentId));
        // exactly the version issued, even if the file were to change afterwards
        return vn.motcua.document.file.Downloads.of(files.read(document.fileId,
                java.util.Optional.of(document.issuedFileVersion), document.unitCode));
    }

    private KnownDossier authorised(String dossierCode, String secret) {
        return dossiers.requireWithSecret(dossierCode, secret);
    }

    private List<OutgoingDocument> issued(KnownDossier dossier) {
        return entityManager.createQuery("""
                        from OutgoingDocument where dossierCode = :code and unitCode = :unit and status = :issued
                        and deliveryMode <> :paper and fileId is not null order by issuedAt""", OutgoingDocument.class)
                .setParameter("code", dossier.code).setParameter("unit", dossier.unitCode)
                .setParameter("issued", OutgoingStatus.ISSUED).setParameter("paper", DeliveryMode.PAPER_ONLY)
                .getResultList();
    }
}
