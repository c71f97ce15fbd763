package vn.motcua.stats.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.motcua.stats.rating.RatingCounters.Ratings;

/**
 * The indicators of the national service index (Decision 766/2022) that the dossier counters can give, for a unit
 * and a period, in percent with two decimals; empty when the denominator is zero.
 *
 * @param onlineShare      dossiers received online / all received in the period (tỷ lệ hồ sơ trực tuyến)
 * @param onTimeRate       resolved early or on time / all resolved in the period
 * @param lateRate         resolved late / all resolved in the period
 * @param satisfaction     100% − (late rate + rate of dossiers with complaints); complaints are not recorded by the
 *                         platform, so this counts the late rate only (see {@code notComputed})
 * @param withDigitisedComponents dossiers whose components were first digitised in the period (motcua.document)
 * @param digitisationRate  those / dossiers received in the period, in percent (tỷ lệ số hóa hồ sơ)
 * @param ratings          citizens' ratings (ServiceRated) given in the period to the unit's dossiers
 * @param averageScore     mean score of those ratings (1 to 5, two decimals)
 * @param satisfiedShare   ratings of 4 or 5 / all ratings, in percent (mức độ hài lòng from the ratings)
 * @param dissatisfiedShare ratings of 1 or 2 / all ratings, in percent
 * @param onlineShareFull  whether the online share earns full marks (at least {@link #ONLINE_SHARE_FULL_MARKS}%)
 * @param notComputed      indicators the platform cannot compute yet, and why
 */
public record ServiceIndex(String unit, String period, LocalDate from, LocalDate to, long received, long resolved,
        Optional<BigDecimal> onlineShare, Optional<BigDecimal> onTimeRate, Optional<BigDecimal> lateRate,
        Optional<BigDecimal> satisfaction, long withDigitisedComponents, Optional<BigDecimal> digitisationRate,
        long ratings, Optional<BigDecimal> averageScore,
        Optional<BigDecimal> satisfiedShare, Optional<BigDecimal> dissatisfiedShare, boolean onlineShareFull,
        List<String> notComputed) {

    /** Full marks for the online share at 50% (Decision 766/2022). */
    public static final BigDecimal ONLINE_SHARE_FULL_MARKS = new BigDecimal("50");

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    static ServiceIndex of(String unit, ReportPeriod period, DossierReportRow total, long digitised,
            Ratings rated) {
        long received = total.receivedOnline() + total.receivedInPerson();
        Optional<BigDecimal> online = percent(total.receivedOnline(), received);
        Optional<BigDecimal> late = percent(total.resolvedLate(), total.resolvedTotal());
        return new ServiceIndex(unit, period.label(), period.firstDay(), period.lastDay(), received,
                total.resolvedTotal(), online,
                percent(total.resolvedEarly() + total.resolvedOnTime(), total.resolvedTotal()), late,
                late.map(HUNDRED::subtract), digitised, percent(digitised, received), rated.ratings(), rated.ratings() == 0 ? Optional.empty()
                        : Optional.of(BigDecimal.valueOf(rated.scoreSum()).divide(BigDecimal.valueOf(rated.ratings()),
                                2, RoundingMode.HALF_UP)),
                percent(rated.satisfied(), rated.ratings()), percent(rated.low(), rated.ratings()),
                online.map(share -> share.compareTo(ONLINE_SHARE_FULL_MARKS) >= 0).orElse(false),
                List.of("complaints: the platform records no complaints; satisfaction counts the late rate only"));
    }

    static Optional<BigDecimal> percent(long part, long whole) {
        if (whole == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 2,
                RoundingMode.HALF_UP));
    }
}
