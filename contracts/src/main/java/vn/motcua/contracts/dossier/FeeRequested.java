package vn.motcua.contracts.dossier;

import java.time.Instant;

/**
 * A fee or tax payment was requested (yêu cầu nghĩa vụ tài chính).
 *
 * @param dossierId            the Kafka key
 * @param dossierCode          e.g. {@code 000.00.31.H41-220715-0001}
 * @param unitCode             national code of the unit that holds the dossier
 * @param procedureCode        national procedure code
 * @param fieldCode            field (lĩnh vực) of the procedure
 * @param channel              how the dossier was received
 * @param dueAt                due instant after pauses and any extension, as of this event (UTC)
 * @param occurredAt           when it happened (UTC)
 * @param actor                user id of the officer who acted
 * @param reason               why, as the officer wrote it; null when none was given
 * @param amountVnd            amount due in đồng
 * @param nationalStatus the national status code (1-10) of the state this event leads to (see
 *                       asyncapi.yaml); null from producers that predate it
 */
public record FeeRequested(
        String dossierId,
        String dossierCode,
        String unitCode,
        String procedureCode,
        String fieldCode,
        Channel channel,
        Instant dueAt,
        Instant occurredAt,
        String actor,
        String reason,
        long amountVnd,
        Integer nationalStatus) {

    /** The form before {@code nationalStatus} was added. */
    public FeeRequested(String dossierId, String dossierCode, String unitCode, String procedureCode, String fieldCode,
            Channel channel, Instant dueAt, Instant occurredAt, String actor, String reason, long amountVnd) {
        this(dossierId, dossierCode, unitCode, procedureCode, fieldCode, channel, dueAt, occurredAt, actor, reason,
                amountVnd, null);
    }
}
