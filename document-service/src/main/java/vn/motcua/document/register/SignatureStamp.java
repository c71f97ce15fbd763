package vn.motcua.document.register;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.motcua.document.BusinessClock;
import vn.motcua.document.signature.SignatureAppearance;

/**
 * What the visible signatures of an outgoing document say (Decree 30/2020, Appendix I: the signer, the
 * organisation and the signing time in Vietnam time). The organisation's signature, made after
 * numbering, also carries the number and symbol and the date of the document: that is how the
 * issued file shows them without touching the content the competent person signed.
 */
final class SignatureStamp {

    private static final DateTimeFormatter SIGNING_TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss XXX").withZone(BusinessClock.ZONE);

    private SignatureStamp() {
    }

    /** The competent person's block: who, in which capacity, when. */
    static SignatureAppearance person(String signerName, Optional<String> signerTitle, Instant signedAt) {
        List<String> lines = new ArrayList<>();
        lines.add("Ký bởi: " + signerName);
        signerTitle.filter(t -> !t.isBlank()).ifPresent(t -> lines.add("Chức vụ: " + t.strip()));
        lines.add("Thời gian ký: " + SIGNING_TIME.format(signedAt));
        return SignatureAppearance.signatureBlock(lines);
    }

    /** The organisation's stamp: the number and symbol, the date of the document, who signed and when. */
    static SignatureAppearance organisation(String organisation, String symbol, LocalDate documentDate,
            Instant signedAt) {
        return SignatureAppearance.numberAndDate(List.of(
                "Số: " + symbol,
                "Ngày ban hành: " + vietnameseDate(documentDate),
                "Ký số bởi: " + organisation,
                "Thời gian ký: " + SIGNING_TIME.format(signedAt)));
    }

    /** e.g. "ngày 07 tháng 12 năm 2026", as the date line of an administrative document writes it. */
    static String vietnameseDate(LocalDate date) {
        return "ngày %02d tháng %02d năm %d".formatted(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
