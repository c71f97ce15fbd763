package vn.motcua.document.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.motcua.contracts.document.SignatureCheck;
import vn.motcua.document.signature.SignatureReport;

/** An incoming document as the API shows it, with what the check of its signatures found. */
public record IncomingView(UUID id, String unitCode, int incomingNumber, int year, String sender,
        String senderSymbol, LocalDate documentDate, DocumentType type, String summary, LocalDate receivedOn,
        UUID fileId, SignatureCheck signatureCheck, SignatureReport signatureReport, Instant registeredAt,
        String registeredBy) {
}
