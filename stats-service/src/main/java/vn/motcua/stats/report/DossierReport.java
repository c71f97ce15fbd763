package vn.motcua.stats.report;

import java.time.LocalDate;
import java.util.List;

/**
 * The periodic dossier report (Biểu 06): its rows, their total and the invariants every row is checked
 * against. {@code consistent} is false when any row, or the total, breaks one of them.
 */
public record DossierReport(
        String unit,
        String period,
        LocalDate from,
        LocalDate to,
        GroupBy groupBy,
        List<DossierReportRow> rows,
        DossierReportRow total,
        List<String> invariants,
        boolean consistent) {

    static final String TOTAL = "total";

    public static DossierReport of(String unit, ReportPeriod period, GroupBy groupBy,
            List<DossierReportRow> rows, DossierCounts totalCounts) {
        DossierReportRow total = DossierReportRow.of(TOTAL, totalCounts);
        boolean consistent = total.consistent() && rows.stream().allMatch(DossierReportRow::consistent);
        return new DossierReport(unit, period.label(), period.firstDay(), period.lastDay(), groupBy, List.copyOf(rows),
                total, List.of(DossierReportRow.RECEIVED_EQUALS_FINISHED_PLUS_IN_PROGRESS,
                        DossierReportRow.NO_NEGATIVE_COUNT), consistent);
    }
}
