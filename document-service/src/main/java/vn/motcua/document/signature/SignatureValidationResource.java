package vn.motcua.document.signature;

import eu.europa.esig.dss.model.FileDocument;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.backbone.problem.ProblemException;
import vn.motcua.backbone.security.Caller;
import vn.motcua.backbone.security.Roles;
import vn.motcua.document.file.FileKind;
import vn.motcua.document.file.FileService;
import vn.motcua.document.file.VerifiedContent;

/** Validation of the signatures of a stored PDF: who signed, when, whether it changed, whether it is trusted. */
@Path("/api/v1/files/{id}/signatures")
@Tag(name = "signatures")
@Produces(MediaType.APPLICATION_JSON)
public class SignatureValidationResource {

    private final FileService files;
    private final PdfSignatureValidator validator;
    private final Caller caller;

    SignatureValidationResource(FileService files, PdfSignatureValidator validator, Caller caller) {
        this.files = files;
        this.validator = validator;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.FRONT_DESK, Roles.SPECIALIST, Roles.LEADER, Roles.CLERK})
    @Operation(summary = "Validate the signatures of a PDF version (the current one by default)",
            description = "verdict is the worst of the signatures' own verdicts: INVALID (broken, failed, or the"
                    + " content changed after signing), INDETERMINATE (intact, not conclusive), VALID_UNTRUSTED_CHAIN"
                    + " (intact, but the certificate does not chain to a trust anchor, e.g. the development CA's"
                    + " demo certificates: developmentCa is true and message says so), VALID (intact, trusted chain,"
                    + " DSS indication TOTAL_PASSED), NOT_SIGNED. message states the conclusion in words; each"
                    + " signature keeps DSS's indication and sub-indication. Revocation is not checked (offline).")
    public SignatureReport validate(@PathParam("id") UUID id, @QueryParam("version") Integer version) {
        try (VerifiedContent content = files.read(id, Optional.ofNullable(version), caller.requireUnit())) {
            if (content.version().kind() != FileKind.PDF) {
                throw ProblemException.conflict("not-a-pdf", "Only PDF signatures (PAdES) are validated; this file is "
                        + content.version().contentType);
            }
            return validator.validate(new FileDocument(content.path().toFile()));
        }
    }
}
