package vn.motcua.contracts.document;

import java.time.Instant;

/**
 * A PDF of an outgoing document received a digital signature (PAdES).
 *
 * @param documentId        the Kafka key
 * @param unitCode          national code of the issuing unit
 * @param role              the competent person or the organisation
 * @param signerName        common name of the signing certificate's subject
 * @param certificateSerial serial number of the signing certificate, hexadecimal
 * @param signatureLevel    e.g. {@code PAdES-BASELINE-B}
 * @param fileId            the signed file
 * @param fileVersion       the new version of the file that carries the signature
 * @param sha256            SHA-256 of that version, hexadecimal
 * @param signedAt          the signing time claimed in the signature (UTC)
 */
public record DocumentSigned(
        String documentId,
        String unitCode,
        SignerRole role,
        String signerName,
        String certificateSerial,
        String signatureLevel,
        String fileId,
        int fileVersion,
        String sha256,
        Instant signedAt) {
}
