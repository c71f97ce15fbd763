package vn.motcua.document.file;

import eu.europa.esig.dss.model.FileDocument;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.Optional;
import org.jboss.logging.Logger;
import vn.motcua.contracts.document.SignatureCheck;
import vn.motcua.document.signature.PdfSignatureValidator;
import vn.motcua.document.signature.SignatureReport;

/**
 * Screens a received RESULT PDF: a result whose signatures are broken, were followed by changes, or do
 * not validate is accepted (the official may have reasons to keep it) but marked suspicious, with why.
 * An unsigned result is not suspicious: drafts are signed later, in the outgoing register.
 */
@ApplicationScoped
class ResultScreening {

    private static final Logger LOG = Logger.getLogger(ResultScreening.class);

    private final PdfSignatureValidator validator;

    ResultScreening(PdfSignatureValidator validator) {
        this.validator = validator;
    }

    /** Why this content is suspicious, if it is. */
    Optional<String> suspicion(Provenance provenance, FileKind kind, Path content, String dossierCode) {
        if (provenance != Provenance.RESULT || kind != FileKind.PDF) {
            return Optional.empty();
        }
        SignatureReport report;
        try {
            report = validator.validate(new FileDocument(content.toFile()));
        } catch (RuntimeException e) {
            return flagged(dossierCode, "its signatures could not be validated (" + e.getMessage() + ")");
        }
        if (report.verdict() == SignatureCheck.NOT_SIGNED || report.acceptable()) {
            return Optional.empty();
        }
        return flagged(dossierCode, "its signatures do not validate (" + report.verdict() + "): " + report.problem());
    }

    private static Optional<String> flagged(String dossierCode, String reason) {
        LOG.warnf("Result file for dossier %s accepted but marked suspicious: %s", dossierCode, reason);
        return Optional.of(reason);
    }
}
