package vn.motcua.contracts.document;

import java.time.Instant;

/**
 * A component of a dossier was digitised at reception, or re-used from digitised data of an earlier
 * dossier (thành phần hồ sơ được số hóa / tái sử dụng). Key = file id.
 *
 * @param fileId        the Kafka key
 * @param dossierId     the dossier's id
 * @param dossierCode   e.g. {@code 000.00.31.H41-220715-0001}
 * @param unitCode      national code of the unit that holds the dossier
 * @param procedureCode national procedure code
 * @param fieldCode     field (lĩnh vực) of the procedure
 * @param component     the component's name as listed by the procedure, e.g. "Tờ khai"
 * @param reused        true when re-used from an earlier dossier's digitised data
 * @param contentType   detected media type of the file
 * @param sizeBytes     size of the file
 * @param sha256        SHA-256 of the file, hexadecimal
 * @param digitisedAt   instant the file was stored (UTC)
 */
public record ComponentsDigitised(
        String fileId,
        String dossierId,
        String dossierCode,
        String unitCode,
        String procedureCode,
        String fieldCode,
        String component,
        boolean reused,
        String contentType,
        long sizeBytes,
        String sha256,
        Instant digitisedAt) {
}
