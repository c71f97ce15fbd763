package vn.motcua.document.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.motcua.contracts.document.DeliveryMode;
import vn.motcua.contracts.document.SignerRole;

/** An outgoing document as the API shows it. */
public record OutgoingView(UUID id, String unitCode, DocumentType type, String typeName, String issuer,
        String draftingUnit, Series series, String summary, String signerName, String signerTitle,
        List<String> recipients, DeliveryMode deliveryMode, String dossierCode, UUID fileId, OutgoingStatus status,
        Integer number, Integer year, String symbol, LocalDate documentDate, Instant registeredAt, Instant issuedAt,
        Integer issuedFileVersion, List<SignatureView> signatures, long version) {

    /** A signature on the document's PDF. */
    public record SignatureView(SignerRole role, String signerName, String certificateSerial, String signatureLevel,
            int fileVersion, Instant signedAt) {
    }

    static OutgoingView of(OutgoingDocument d, List<DocumentSignature> signatures) {
        return new OutgoingView(d.id, d.unitCode, d.type, d.type.vietnameseName(), d.issuer, d.draftingUnit, d.series,
                d.summary, d.signerName, d.signerTitle, List.copyOf(d.recipients), d.deliveryMode, d.dossierCode,
                d.fileId, d.status, d.number, d.year, d.symbol, d.documentDate, d.registeredAt, d.issuedAt,
                d.issuedFileVersion, signatures.stream().map(s -> new SignatureView(s.role, s.signerName, s.certificateSerial,
                        s.signatureLevel, s.fileVersion, s.signedAt)).toList(),
                d.rowVersion);
    }
}
