package vn.motcua.contracts.reference;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A procedure of the catalogue was published or got a new version. Published on the compacted topic
 * {@code motcua.reference} with key = the procedure code, so it carries every version: a dossier keeps
 * the version it was received under, and compaction keeps only the last record of each code.
 *
 * @param code        national procedure code, e.g. {@code 1.001193}
 * @param versions    every version, oldest first
 * @param publishedAt instant of the publication (UTC)
 */
public record ProcedurePublished(String code, List<Version> versions, Instant publishedAt) {

    /**
     * One version of the procedure.
     *
     * @param version         1, 2, ...
     * @param name            Vietnamese name
     * @param fieldCode       field (lĩnh vực), e.g. {@code ho-tich}
     * @param fieldName       e.g. {@code Hộ tịch}
     * @param levels          levels that resolve it: PROVINCE, DISTRICT, COMMUNE
     * @param processingTime  amount, unit and optional cut-off hour
     * @param onlineLevel     FULL (toàn trình), PARTIAL (một phần) or NONE
     * @param resultOnPaper   true if the result must be handed over on paper
     * @param components      what the applicant submits
     * @param fees            fees and charges
     * @param demoValues      names of the values that are demo data, not confirmed from the statute
     *                        (e.g. {@code processingTime}, {@code fees})
     * @param validFrom       first day in force
     * @param validTo         first day no longer in force; null while in force
     */
    public record Version(int version, String name, String fieldCode, String fieldName, List<String> levels,
            ProcessingTime processingTime, String onlineLevel, boolean resultOnPaper, List<Component> components,
            List<Fee> fees, List<String> demoValues, LocalDate validFrom, LocalDate validTo) {
    }

    /**
     * @param amount 0 = on receipt
     * @param unit   WORKING_DAYS, WORKING_HOURS or CALENDAR_DAYS
     * @param cutOff {@code HH:mm} or null
     */
    public record ProcessingTime(int amount, String unit, String cutOff) {
    }

    /**
     * @param no        number in the catalogue's list, 1-based
     * @param name      e.g. {@code Tờ khai đăng ký khai sinh}
     * @param originals originals to submit
     * @param copies    copies to submit
     * @param mandatory whether the dossier is incomplete without it
     */
    public record Component(int no, String name, int originals, int copies, boolean mandatory) {
    }

    /**
     * @param description e.g. {@code Lệ phí đăng ký khai sinh đúng hạn}
     * @param amountVnd   amount in đồng; null when set by a local regulation or variable
     */
    public record Fee(String description, Long amountVnd) {
    }
}
