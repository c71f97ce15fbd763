package vn.motcua.stats.report;

/**
 * What the materialized counters give for one report row and one period: flows within the period and
 * cumulative counts at its edges. A dossier is "finished" once resolved (approved, rejected, stopped) or
 * withdrawn; refused dossiers were never received and are counted apart.
 *
 * @param receivedOnline            received within the period online
 * @param receivedInPerson          received within the period in person or by post
 * @param receivedBeforePeriod      received before the period's first day
 * @param finishedBeforePeriod      finished before the period's first day
 * @param resolvedEarly             resolved within the period before the due date (trước hạn)
 * @param resolvedOnTime            resolved within the period on the due date (đúng hạn)
 * @param resolvedLate              resolved within the period after the due date (quá hạn)
 * @param withdrawn                 withdrawn within the period (rút hồ sơ)
 * @param refused                   refused at intake within the period (không được tiếp nhận)
 * @param receivedByPeriodEnd       received up to and including the period's last day
 * @param finishedByPeriodEnd       finished up to and including the period's last day
 * @param leftDeadlineByPeriodEnd   of {@code receivedByPeriodEnd}, those no longer in progress within deadline
 *                                  (trong hạn) at the period's end: finished, or due before its last day
 */
public record DossierCounts(
        long receivedOnline,
        long receivedInPerson,
        long receivedBeforePeriod,
        long finishedBeforePeriod,
        long resolvedEarly,
        long resolvedOnTime,
        long resolvedLate,
        long withdrawn,
        long refused,
        long receivedByPeriodEnd,
        long finishedByPeriodEnd,
        long leftDeadlineByPeriodEnd) {

    public static final DossierCounts NONE = new DossierCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public DossierCounts plus(DossierCounts o) {
        return new DossierCounts(receivedOnline + o.receivedOnline, receivedInPerson + o.receivedInPerson,
                receivedBeforePeriod + o.receivedBeforePeriod, finishedBeforePeriod + o.finishedBeforePeriod,
                resolvedEarly + o.resolvedEarly, resolvedOnTime + o.resolvedOnTime, resolvedLate + o.resolvedLate,
                withdrawn + o.withdrawn, refused + o.refused, receivedByPeriodEnd + o.receivedByPeriodEnd,
                finishedByPeriodEnd + o.finishedByPeriodEnd, leftDeadlineByPeriodEnd + o.leftDeadlineByPeriodEnd);
    }
}
