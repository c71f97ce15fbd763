package vn.motcua.contracts.dossier;

import java.time.Instant;

/**
 * How a dossier imported from a legacy system ended there, published by intake right after the dossier's
 * {@code DossierReceived} (same topic and key, so in order). Workflow applies it to the case and publishes its own
 * {@code DossierResolved} / {@code DossierWithdrawn} / {@code ResultReturned} with these instants; other consumers
 * need not read it.
 *
 * @param dossierId            the Kafka key
 * @param dossierCode          e.g. {@code 000.00.31.H41-220715-0001}
 * @param unitCode             national code of the unit that holds the dossier
 * @param legacyId             the record's identifier in the legacy system
 * @param outcome              APPROVED, REJECTED, STOPPED or WITHDRAWN (a refusal is intake's DossierRefused)
 * @param resolvedAt           when it was decided, or withdrawn (UTC)
 * @param returnedAt           when the result was handed back (UTC); null when it was not, or not recorded
 * @param importedBy           user id of the migration client that imported it
 * @param nationalStatus       national status code of the state the history leads to ({@link #nationalStatusOf}):
 *                             10 returned, 9 decided and not returned, 8 stopped, 7 withdrawn
 */
public record DossierHistoryImported(
        String dossierId,
        String dossierCode,
        String unitCode,
        String legacyId,
        String outcome,
        Instant resolvedAt,
        Instant returnedAt,
        String importedBy,
        Integer nationalStatus) {

    /** The state a legacy history leads to: a result handed back, decided only, stopped, or withdrawn. */
    public static int nationalStatusOf(String outcome, Instant returnedAt) {
        return switch (outcome) {
            case "WITHDRAWN" -> NationalStatus.WITHDRAWAL_REQUESTED.code();
            case "STOPPED" -> NationalStatus.STOPPED.code();
            default -> returnedAt == null ? NationalStatus.RESULT_READY.code() : NationalStatus.RESULT_RETURNED.code();
        };
    }
}
