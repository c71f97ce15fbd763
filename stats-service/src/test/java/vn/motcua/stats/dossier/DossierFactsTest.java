package vn.motcua.stats.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.TimelinessRule;

class DossierFactsTest {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DossierFacts.Where DESK = new DossierFacts.Where("31639", "dat-dai", "1.001193", "IN_PERSON");

    private static Instant vn(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(VN).toInstant();
    }

    private static List<Tally> tallies(DossierFacts facts) {
        return facts.tallies(TimelinessRule.vietnam(), VN);
    }

    private static Tally tally(Measure measure, String day) {
        return new Tally("31639", "dat-dai", "1.001193", "IN_PERSON", measure, LocalDate.parse(day));
    }

    private static DossierFacts apply(List<UnaryOperator<DossierFacts>> events) {
        DossierFacts facts = DossierFacts.unknown("d1");
        for (UnaryOperator<DossierFacts> event : events) {
            facts = event.apply(facts);
        }
        return facts;
    }

    private final UnaryOperator<DossierFacts> received =
            f -> f.received(DESK, vn("2022-09-14T16:30"), vn("2022-09-20T17:00"));
    private final UnaryOperator<DossierFacts> resolvedOnDueDate =
            f -> f.resolved(DESK, vn("2022-09-14T16:30"), vn("2022-09-20T17:00"), vn("2022-09-20T16:00"));
    private final UnaryOperator<DossierFacts> withdrawnLater = f -> f.withdrawn(null, vn("2022-09-21T08:00"));

    @Test
    void aReceiptCountsOnItsVietnameseDateAndLeavesTheDeadlineTheDayAfterItsDueDate() {
        // 16:30 on the 14th in Hà Nội is 09:30 UTC: same date; 01:00 on the 15th is still the 14th in UTC
        assertThat(tallies(apply(List.of(received)))).containsExactly(tally(Measure.RECEIVED, "2022-09-14"),
                tally(Measure.LEFT_DEADLINE, "2022-09-21"));
        DossierFacts early = DossierFacts.unknown("d2").received(DESK, vn("2022-09-15T01:00"), vn("2022-09-20T17:00"));
        assertThat(tallies(early)).containsExactly(tally(Measure.RECEIVED, "2022-09-15"),
                tally(Measure.LEFT_DEADLINE, "2022-09-21"));
    }

    @Test
    void resolvedOnTheDueDateIsOnTime() {
        assertThat(tallies(apply(List.of(received, resolvedOnDueDate)))).containsExactly(
                tally(Measure.RECEIVED, "2022-09-14"),
                tally(Measure.RESOLVED_ON_TIME, "2022-09-20"),
                tally(Measure.LEFT_DEADLINE, "2022-09-20"));
    }

    @Test
    void resolvedTheDayBeforeIsEarlyAndTheDayAfterLate() {
        DossierFacts early = apply(List.of(received,
                f -> f.resolved(DESK, vn("2022-09-14T16:30"), vn("2022-09-20T17:00"), vn("2022-09-19T23:59"))));
        DossierFacts late = apply(List.of(received,
                f -> f.resolved(DESK, vn("2022-09-14T16:30"), vn("2022-09-20T17:00"), vn("2022-09-21T00:00"))));
        assertThat(tallies(early)).contains(tally(Measure.RESOLVED_EARLY, "2022-09-19"));
        assertThat(tallies(late)).contains(tally(Measure.RESOLVED_LATE, "2022-09-21"),
                tally(Measure.LEFT_DEADLINE, "2022-09-21"));
    }

    @Test
    void everyArrivalOrderAndRepetitionGivesTheSameCounts() {
        List<Tally> expected = tallies(apply(List.of(received, resolvedOnDueDate, withdrawnLater)));
        assertThat(expected).hasSize(3);
        for (List<UnaryOperator<DossierFacts>> order : permutations(List.of(received, resolvedOnDueDate, withdrawnLater))) {
            assertThat(tallies(apply(order))).isEqualTo(expected);
            List<UnaryOperator<DossierFacts>> twice = new ArrayList<>(order);
            twice.addAll(order);
            assertThat(tallies(apply(twice))).isEqualTo(expected);
        }
    }

    @Test
    void aResolutionArrivingFirstCountsTheReceiptItCarries() {
        assertThat(tallies(apply(List.of(resolvedOnDueDate))))
                .isEqualTo(tallies(apply(List.of(received, resolvedOnDueDate))));
    }

    @Test
    void aWithdrawalArrivingBeforeTheReceiptWaitsForIt() {
        assertThat(tallies(apply(List.of(withdrawnLater)))).isEmpty();
        assertThat(tallies(apply(List.of(withdrawnLater, received)))).containsExactly(
                tally(Measure.RECEIVED, "2022-09-14"),
                tally(Measure.WITHDRAWN, "2022-09-21"),
                tally(Measure.LEFT_DEADLINE, "2022-09-21"));
    }

    @Test
    void theDueDateAfterExtensionsWinsOverTheAppointedOne() {
        DossierFacts extended = apply(List.of(
                f -> f.resolved(DESK, vn("2022-09-14T16:30"), vn("2022-09-23T17:00"), vn("2022-09-22T10:00")),
                received));
        assertThat(tallies(extended)).containsExactly(
                tally(Measure.RECEIVED, "2022-09-14"),
                tally(Measure.RESOLVED_EARLY, "2022-09-22"),
                tally(Measure.LEFT_DEADLINE, "2022-09-22"));
    }

    @Test
    void anExtendedDeadlineMovesTheDueDateWhateverTheOrderOfExtensions() {
        // due 20 Sep; extended on the 19th to the 23rd, then on the 22nd to the 27th; resolved on the 26th
        UnaryOperator<DossierFacts> first = f -> f.deadlineExtended(DESK, vn("2022-09-23T17:00"), vn("2022-09-19T10:00"));
        UnaryOperator<DossierFacts> second = f -> f.deadlineExtended(DESK, vn("2022-09-27T17:00"), vn("2022-09-22T10:00"));
        List<Tally> expected = List.of(tally(Measure.RECEIVED, "2022-09-14"),
                tally(Measure.LEFT_DEADLINE, "2022-09-28"));
        for (List<UnaryOperator<DossierFacts>> order : permutations(List.of(received, first, second))) {
            assertThat(tallies(apply(order))).isEqualTo(expected);
        }
        // resolved on the 26th: late against the appointed date, early against the extended one
        UnaryOperator<DossierFacts> resolved =
                f -> f.resolved(DESK, vn("2022-09-14T16:30"), vn("2022-09-27T17:00"), vn("2022-09-26T10:00"));
        for (List<UnaryOperator<DossierFacts>> order : permutations(List.of(received, second, resolved))) {
            assertThat(tallies(apply(order))).containsExactly(tally(Measure.RECEIVED, "2022-09-14"),
                    tally(Measure.RESOLVED_EARLY, "2022-09-26"), tally(Measure.LEFT_DEADLINE, "2022-09-26"));
        }
    }

    @Test
    void aRefusalIsCountedOnItsDayAndNeverAsReceived() {
        DossierFacts refused = apply(List.of(f -> f.refused(DESK, vn("2022-07-02T09:00")),
                f -> f.refused(DESK, vn("2022-07-02T09:00"))));
        assertThat(tallies(refused)).containsExactly(tally(Measure.REFUSED, "2022-07-02"));
    }

    private static <T> List<List<T>> permutations(List<T> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        List<List<T>> all = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<T> rest = new ArrayList<>(items);
            T first = rest.remove(i);
            for (List<T> tail : permutations(rest)) {
                List<T> p = new ArrayList<>();
                p.add(first);
                p.addAll(tail);
                all.add(p);
            }
        }
        return all;
    }
}
