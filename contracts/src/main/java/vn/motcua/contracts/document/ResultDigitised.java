package vn.motcua.contracts.document;

import java.time.Instant;

/**
 * The result of a dossier exists as an electronic file (kết quả giải quyết được số hóa). Key = file id.
 *
 * @param fileId        the Kafka key
 * @param dossierId     the dossier's id
 * @param dossierCode   e.g. {@code 000.00.31.H41-220715-0001}
 * @param unitCode      national code of the unit that holds the dossier
 * @param procedureCode national procedure code
 * @param fieldCode     field (lĩnh vực) of the procedure
 * @param contentType   detected media type of the file
 * @param sizeBytes     size of the file
 * @param sha256        SHA-256 of the file, hexadecimal
 * @param digitisedAt   instant the file was stored (UTC)
 */
public record ResultDigitised(
        String fileId,
        String dossierId,
        String dossierCode,
        String unitCode,
        String procedureCode,
        String fieldCode,
        String contentType,
        long sizeBytes,
        String sha256,
        Instant digitisedAt) {
}
