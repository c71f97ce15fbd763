package vn.motcua.contracts.document;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A received document was entered in the incoming register (văn bản đến) with its incoming number.
 *
 * @param documentId     the Kafka key
 * @param unitCode       national code of the receiving unit
 * @param incomingNumber consecutive incoming number of the year, from 1
 * @param year           the calendar year of the incoming series
 * @param sender         the sending organisation (cơ quan ban hành)
 * @param senderSymbol   the number and symbol the sender gave it, e.g. {@code 45/UBND-VP}
 * @param receivedOn     the date received, Asia/Ho_Chi_Minh
 * @param signatureCheck result of checking the digital signatures of the received file
 * @param registeredAt   instant of registration (UTC)
 */
public record IncomingDocumentRegistered(
        String documentId,
        String unitCode,
        int incomingNumber,
        int year,
        String sender,
        String senderSymbol,
        LocalDate receivedOn,
        SignatureCheck signatureCheck,
        Instant registeredAt) {
}
