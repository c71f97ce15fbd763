package vn.motcua.contracts.dossier;

import java.time.Instant;

/**
 * The desk refused to receive a dossier (không được tiếp nhận, national status 3; form 03), at the desk
 * or after an online submission. Carries no personal data.
 *
 * @param dossierId        the reception's id; the Kafka key
 * @param dossierCode      the code of an online submission; null for a request refused at the desk,
 *                         which never gets a code
 * @param unitCode         national code of the refusing unit
 * @param procedureCode    national procedure code
 * @param procedureVersion catalogue version in force
 * @param fieldCode        field (lĩnh vực) of the procedure
 * @param level            PROVINCE, DISTRICT or COMMUNE
 * @param channel          in person, online or postal
 * @param reason           the reason written on form 03
 * @param refusedAt        instant of the refusal (UTC)
 * @param nationalStatus the national status code (1-10) of the state this event leads to (see
 *                       asyncapi.yaml); null from producers that predate it
 */
public record DossierRefused(
        String dossierId,
        String dossierCode,
        String unitCode,
        String procedureCode,
        int procedureVersion,
        String fieldCode,
        String level,
        Channel channel,
        String reason,
        Instant refusedAt,
        Integer nationalStatus) {

    /** The form before {@code nationalStatus} was added. */
    public DossierRefused(String dossierId, String dossierCode, String unitCode, String procedureCode,
            int procedureVersion, String fieldCode, String level, Channel channel, String reason, Instant refusedAt) {
        this(dossierId, dossierCode, unitCode, procedureCode, procedureVersion, fieldCode, level, channel, reason,
                refusedAt, null);
    }
}
