package vn.motcua.contracts.dossier;

import java.time.Instant;

/**
 * Processing of a dossier ended by approval, rejection or stop (hồ sơ đã giải quyết).
 *
 * @param dossierId     the Kafka key
 * @param dossierCode   e.g. {@code 000.00.31.H41-220715-0001}
 * @param unitCode      national code of the unit that holds the dossier
 * @param procedureCode national procedure code
 * @param fieldCode     field (lĩnh vực) of the procedure
 * @param channel       how the dossier was received
 * @param outcome       approved, rejected or stopped
 * @param receivedAt    instant of receipt (UTC)
 * @param dueAt         due instant after pauses and any extension (UTC)
 * @param resolvedAt    instant processing ended (UTC)
 * @param timeliness    early, on time or late by the shared rule
 * @param nationalStatus the national status code (1-10) of the state this event leads to (see
 *                       asyncapi.yaml); null from producers that predate it
 */
public record DossierResolved(
        String dossierId,
        String dossierCode,
        String unitCode,
        String procedureCode,
        String fieldCode,
        Channel channel,
        Outcome outcome,
        Instant receivedAt,
        Instant dueAt,
        Instant resolvedAt,
        Timeliness timeliness,
        Integer nationalStatus) {

    /** The form before {@code nationalStatus} was added. */
    public DossierResolved(String dossierId, String dossierCode, String unitCode, String procedureCode,
            String fieldCode, Channel channel, Outcome outcome, Instant receivedAt, Instant dueAt, Instant resolvedAt,
            Timeliness timeliness) {
        this(dossierId, dossierCode, unitCode, procedureCode, fieldCode, channel, outcome, receivedAt, dueAt,
                resolvedAt, timeliness, null);
    }
}
