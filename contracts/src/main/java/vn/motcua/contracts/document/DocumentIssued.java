package vn.motcua.contracts.document;

import java.time.Instant;

/**
 * A registered outgoing document was issued (phát hành). Counted by the reports: outgoing documents,
 * of which fully electronic and on paper.
 *
 * @param documentId   the Kafka key
 * @param unitCode     national code of the issuing unit
 * @param symbol       number and symbol, e.g. {@code 12/QĐ-UBND}
 * @param year         year of the number series
 * @param documentType type code, e.g. {@code QD}
 * @param deliveryMode fully electronic, paper only, or both
 * @param dossierCode  the dossier whose result this is; null for other documents
 * @param fieldCode    field of that dossier's procedure; null for other documents
 * @param issuedAt     instant of issue (UTC)
 */
public record DocumentIssued(
        String documentId,
        String unitCode,
        String symbol,
        int year,
        String documentType,
        DeliveryMode deliveryMode,
        String dossierCode,
        String fieldCode,
        Instant issuedAt) {
}
