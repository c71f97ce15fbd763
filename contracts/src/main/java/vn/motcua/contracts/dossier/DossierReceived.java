package vn.motcua.contracts.dossier;

import java.time.Instant;

/**
 * A dossier was accepted at a desk or online (hồ sơ được tiếp nhận). Carries what a consumer needs to
 * act alone: the receiving unit, the procedure and its field and level, the channel and the due date.
 *
 * @param dossierId        stable id; the Kafka key
 * @param dossierCode      e.g. {@code 000.00.31.H41-220715-0001}
 * @param unitCode         national code of the receiving unit (e.g. {@code 31639})
 * @param procedureCode    national procedure code (e.g. {@code 1.001193})
 * @param procedureVersion catalogue version the dossier was received under
 * @param fieldCode        field (lĩnh vực) of the procedure
 * @param level            resolving level: PROVINCE, DISTRICT or COMMUNE
 * @param channel          in person, online or postal
 * @param receivedAt       instant of receipt (UTC)
 * @param dueAt            appointed return instant (UTC)
 * @param processingTime   the processing-time rule of the procedure version; null from producers that predate it
 * @param workingHours     the working hours the due date was computed with; null from producers that predate it
 * @param lookupSecretHash the verifier of the secret printed on the receipt for the public status lookup:
 *                         {@code hmac-sha256:<base64url>} under the platform's private key (backbone
 *                         {@code LookupSecretHash}), or {@code sha256:<hex>} of {@code <dossierCode>:<secret>} for
 *                         dossiers received before it; the secret itself is never published
 * @param applicantInitials the applicant's initials (e.g. {@code N.V.A.}), the only personal data the public status
 *                         lookup shows; null from producers that predate it
 * @param legacyId         the record's identifier in the legacy system when the dossier was created by the legacy
 *                         import, null for a dossier received in MotCua: only imported dossiers take a legacy outcome
 * @param nationalStatus the national status code (1-10) of the state this event leads to (see
 *                       asyncapi.yaml); null from producers that predate it
 */
public record DossierReceived(
        String dossierId,
        String dossierCode,
        String unitCode,
        String procedureCode,
        int procedureVersion,
        String fieldCode,
        String level,
        Channel channel,
        Instant receivedAt,
        Instant dueAt,
        ProcessingTimeRule processingTime,
        WorkingHoursRule workingHours,
        String lookupSecretHash,
        String applicantInitials,
        String legacyId,
        Integer nationalStatus) {

    /** The form before {@code nationalStatus} was added. */
    public DossierReceived(String dossierId, String dossierCode, String unitCode, String procedureCode,
            int procedureVersion, String fieldCode, String level, Channel channel, Instant receivedAt, Instant dueAt,
            ProcessingTimeRule processingTime, WorkingHoursRule workingHours, String lookupSecretHash,
            String applicantInitials, String legacyId) {
        this(dossierId, dossierCode, unitCode, procedureCode, procedureVersion, fieldCode, level, channel, receivedAt,
                dueAt, processingTime, workingHours, lookupSecretHash, applicantInitials, legacyId, null);
    }

    /** The form before {@code legacyId} was added: a dossier received in MotCua. */
    public DossierReceived(String dossierId, String dossierCode, String unitCode, String procedureCode,
            int procedureVersion, String fieldCode, String level, Channel channel, Instant receivedAt, Instant dueAt,
            ProcessingTimeRule processingTime, WorkingHoursRule workingHours, String lookupSecretHash,
            String applicantInitials) {
        this(dossierId, dossierCode, unitCode, procedureCode, procedureVersion, fieldCode, level, channel, receivedAt,
                dueAt, processingTime, workingHours, lookupSecretHash, applicantInitials, null);
    }

    /** The form before {@code applicantInitials} was added. */
    public DossierReceived(String dossierId, String dossierCode, String unitCode, String procedureCode,
            int procedureVersion, String fieldCode, String level, Channel channel, Instant receivedAt, Instant dueAt,
            ProcessingTimeRule processingTime, WorkingHoursRule workingHours, String lookupSecretHash) {
        this(dossierId, dossierCode, unitCode, procedureCode, procedureVersion, fieldCode, level, channel, receivedAt,
                dueAt, processingTime, workingHours, lookupSecretHash, null, null);
    }

    /** The first form of the event, without the fields added later. */
    public DossierReceived(String dossierId, String dossierCode, String unitCode, String procedureCode,
            int procedureVersion, String fieldCode, String level, Channel channel, Instant receivedAt, Instant dueAt) {
        this(dossierId, dossierCode, unitCode, procedureCode, procedureVersion, fieldCode, level, channel, receivedAt,
                dueAt, null, null, null, null, null);
    }
}
