package vn.motcua.document.register;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.backbone.problem.ProblemException;
import vn.motcua.contracts.document.DeliveryMode;
import vn.motcua.document.dossier.KnownDossier;
import vn.motcua.document.file.Downloads;
import vn.motcua.document.file.FileService;
import vn.motcua.document.file.FileVersion;

/**
 * A dossier's issued electronic results as its applicant gets them, whether proven by the lookup secret
 * ({@link ResultLookupResource}) or by the citizen account that submitted it ({@link MyResultsResource}): only
 * issued, not paper-only results, each in the file version that was issued.
 */
@ApplicationScoped
public class IssuedResults {

    /** An issued result the applicant can download. */
    public record IssuedResult(UUID documentId, String symbol, String typeName, String summary, Instant issuedAt,
            String contentType, long sizeBytes, String sha256) {
    }

    private final EntityManager entityManager;
    private final FileService files;

    IssuedResults(EntityManager entityManager, FileService files) {
        this.entityManager = entityManager;
        this.files = files;
    }

    public List<IssuedResult> of(KnownDossier dossier) {
        return issued(dossier).stream().map(d -> {
            FileVersion version = files.version(d.fileId, d.issuedFileVersion);
            return new IssuedResult(d.id, d.symbol, d.type.vietnameseName(), d.summary, d.issuedAt,
                    version.contentType, version.sizeBytes, version.sha256);
        }).toList();
    }

    /** The download of one issued result of the dossier; 404 for any other document. */
    public Response content(KnownDossier dossier, UUID documentId) {
        OutgoingDocument document = issued(dossier).stream().filter(d -> d.id.equals(documentId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("result", documentId));
        // exactly the version issued, even if the file were to change afterwards
        return Downloads.of(files.read(document.fileId, Optional.of(document.issuedFileVersion), document.unitCode));
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
