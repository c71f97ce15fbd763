package vn.motcua.contracts.dossier;

import java.time.Instant;

/**
 * The applicant rated the service after the result was returned (đánh giá mức độ hài lòng), once per dossier.
 * The free-text comment stays with workflow-service: it may hold personal data; only whether there is one
 * is published.
 *
 * @param dossierId     the Kafka key
 * @param dossierCode   e.g. {@code 000.00.31.H41-220715-0001}
 * @param unitCode      national code of the unit that handled the dossier
 * @param procedureCode national procedure code
 * @param fieldCode     field (lĩnh vực) of the procedure
 * @param channel       how the dossier was received
 * @param score         1 (very dissatisfied) to 5 (very satisfied)
 * @param commented     true if the applicant also wrote a comment
 * @param ratedAt       when the rating was given (UTC)
 * @param nationalStatus the national status code (1-10) of the state this event leads to (see
 *                       asyncapi.yaml); null from producers that predate it
 */
public record ServiceRated(
        String dossierId,
        String dossierCode,
        String unitCode,
        String procedureCode,
        String fieldCode,
        Channel channel,
        int score,
        boolean commented,
        Instant ratedAt,
        Integer nationalStatus) {

    /** The form before {@code nationalStatus} was added. */
    public ServiceRated(String dossierId, String dossierCode, String unitCode, String procedureCode, String fieldCode,
            Channel channel, int score, boolean commented, Instant ratedAt) {
        this(dossierId, dossierCode, unitCode, procedureCode, fieldCode, channel, score, commented, ratedAt, null);
    }
}
