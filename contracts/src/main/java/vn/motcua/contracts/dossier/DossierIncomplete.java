package vn.motcua.contracts.dossier;

import java.time.Instant;
import java.util.List;

/**
 * The dossier lacks mandatory components, so it is not accepted; the desk hands over one written
 * request listing them (form 02). For an online submission the code is kept and the citizen may send
 * the supplement online. Carries no personal data.
 *
 * @param dossierId         the reception's id; the Kafka key
 * @param dossierCode       the code of an online submission; null at the desk, where nothing was accepted
 * @param unitCode          national code of the unit
 * @param procedureCode     national procedure code
 * @param procedureVersion  catalogue version in force
 * @param fieldCode         field (lĩnh vực) of the procedure
 * @param level             PROVINCE, DISTRICT or COMMUNE
 * @param channel           in person, online or postal
 * @param missingComponents names of the missing or short components, as in the catalogue
 * @param requestedAt       instant of the request (UTC)
 * @param nationalStatus the national status code (1-10) of the state this event leads to (see
 *                       asyncapi.yaml); null from producers that predate it
 */
public record DossierIncomplete(
        String dossierId,
        String dossierCode,
        String unitCode,
        String procedureCode,
        int procedureVersion,
        String fieldCode,
        String level,
        Channel channel,
        List<String> missingComponents,
        Instant requestedAt,
        Integer nationalStatus) {

    /** The form before {@code nationalStatus} was added. */
    public DossierIncomplete(String dossierId, String dossierCode, String unitCode, String procedureCode,
            int procedureVersion, String fieldCode, String level, Channel channel, List<String> missingComponents,
            Instant requestedAt) {
        this(dossierId, dossierCode, unitCode, procedureCode, procedureVersion, fieldCode, level, channel,
                missingComponents, requestedAt, null);
    }
}
