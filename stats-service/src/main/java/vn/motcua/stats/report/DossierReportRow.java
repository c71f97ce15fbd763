package vn.motcua.stats.report;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of the periodic dossier report (Biểu 06, Circular 01/2020), with the report's invariant checked.
 * {@code receivedTotal = receivedOnline + receivedInPerson + carriedOver} (tổng số hồ sơ tiếp nhận);
 * {@code receivedTotal = resolvedTotal + withdrawn + inProgressTotal} must hold, and a row where it does
 * not names the broken invariant in {@code invariantViolations}.
 */
public record DossierReportRow(
        String key,
        long receivedTotal,
        long receivedOnline,
        long receivedInPerson,
        long carriedOver,
        long resolvedTotal,
        long resolvedEarly,
        long resolvedOnTime,
        long resolvedLate,
        long inProgressTotal,
        long inProgressWithinDeadline,
        long inProgressOverdue,
        long withdrawn,
        long refused,
        List<String> invariantViolations) {

    public static final String RECEIVED_EQUALS_FINISHED_PLUS_IN_PROGRESS =
            "receivedTotal = resolvedTotal + withdrawn + inProgressTotal";
    public static final String NO_NEGATIVE_COUNT = "no count is negative";

    public DossierReportRow {
        invariantViolations = List.copyOf(invariantViolations);
    }

    /** The row's figures from the period's counts. */
    public static DossierReportRow of(String key, DossierCounts c) {
        long carriedOver = c.receivedBeforePeriod() - c.finishedBeforePeriod(); // tồn kỳ trước chuyển qua
        long receivedTotal = c.receivedOnline() + c.receivedInPerson() + carriedOver;
        long resolvedTotal = c.resolvedEarly() + c.resolvedOnTime() + c.resolvedLate();
        long inProgress = c.receivedByPeriodEnd() - c.finishedByPeriodEnd();
        long withinDeadline = c.receivedByPeriodEnd() - c.leftDeadlineByPeriodEnd(); // trong hạn
        long overdue = inProgress - withinDeadline;
        List<String> violations = new ArrayList<>();
        if (receivedTotal != resolvedTotal + c.withdrawn() + inProgress) {
            violations.add(RECEIVED_EQUALS_FINISHED_PLUS_IN_PROGRESS);
        }
        if (carriedOver < 0 || inProgress < 0 || withinDeadline < 0 || overdue < 0) {
            violations.add(NO_NEGATIVE_COUNT);
        }
        return new DossierReportRow(key, receivedTotal, c.receivedOnline(), c.receivedInPerson(), carriedOver,
                resolvedTotal, c.resolvedEarly(), c.resolvedOnTime(), c.resolvedLate(), inProgress, withinDeadline,
                overdue, c.withdrawn(), c.refused(), violations);
    }

    public boolean consistent() {
        return invariantViolations.isEmpty();
    }
}
