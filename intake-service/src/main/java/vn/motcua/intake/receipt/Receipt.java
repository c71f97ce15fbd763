package vn.motcua.intake.receipt;

import java.time.Instant;
import java.util.List;
import java.util.SortedSet;

/**
 * What form 01 (giấy tiếp nhận hồ sơ và hẹn trả kết quả, Circular 01/2018/TT-VPCP) prints.
 *
 * @param unitName       the receiving unit, e.g. {@code Xã Long Phú}
 * @param code           the dossier code
 * @param processingTime the processing time in words, e.g. {@code 03 ngày làm việc}
 * @param collectAt      where the result is handed back
 * @param lookupUrl      the public lookup address, also in the QR code
 * @param lookupSecret   the citizen's secret; null if it cannot be printed any more
 * @param unconfirmedYears the years the due date counts through whose holidays are not announced yet: the
 *                       receipt then says that the due date rests on the statutory days off
 */
public record Receipt(String unitName, String code, String applicantName, String applicantAddress,
        String applicantPhone, String applicantEmail, String representativeName, String procedureName,
        List<Line> components, String processingTime, Instant receivedAt, Instant dueAt, String collectAt,
        String lookupUrl, String lookupSecret, SortedSet<Integer> unconfirmedYears) {

    /** One component handed in. */
    public record Line(int no, String name, int originals, int copies) {
    }
}
