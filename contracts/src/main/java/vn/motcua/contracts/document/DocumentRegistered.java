package vn.motcua.contracts.document;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An outgoing document got its number in the register (văn bản đi được cấp số).
 *
 * @param documentId   the Kafka key
 * @param unitCode     national code of the issuing unit
 * @param number       consecutive number in the organisation's series for the year, from 1
 * @param symbol       number and symbol as printed, e.g. {@code 12/QĐ-UBND} or {@code 13/UBND-VP}
 * @param series       {@code ORDINARY}, or {@code SECRET} for the separate series of secret documents
 * @param year         the calendar year of the series
 * @param documentDate the date of the document (ngày ban hành), Asia/Ho_Chi_Minh
 * @param documentType type code, e.g. {@code QD} decision, {@code CV} official letter
 * @param deliveryMode how it will be issued
 * @param dossierCode  the dossier whose result this is; null for other documents
 * @param fieldCode    field (lĩnh vực) of that dossier's procedure; null for other documents
 * @param registeredAt instant of registration (UTC)
 */
public record DocumentRegistered(
        String documentId,
        String unitCode,
        int number,
        String symbol,
        String series,
        int year,
        LocalDate documentDate,
        String documentType,
        DeliveryMode deliveryMode,
        String dossierCode,
        String fieldCode,
        Instant registeredAt) {
}
