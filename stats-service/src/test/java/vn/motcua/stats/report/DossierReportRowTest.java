package vn.motcua.stats.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DossierReportRowTest {

    /** Long Phú district desk, Q3 2022, as the counters would give it (see DOMAIN.md, the reference case). */
    private static final DossierCounts LONG_PHU_Q3_2022 = new DossierCounts(
            362, 2_424,          // received online, in person
            10_000, 9_260,       // received and finished before the period: 740 carried over
            2_663, 34, 0,        // resolved early, on time, late
            0, 0,                // withdrawn, refused
            10_000 + 2_786,      // received by the period's end
            9_260 + 2_697,       // finished by the period's end
            12_786 - 829);       // no longer within deadline by the end (finished or past due): 829 within

    @Test
    void theReferenceCaseAddsUp() {
        DossierReportRow row = DossierReportRow.of("31639", LONG_PHU_Q3_2022);
        assertThat(row.receivedOnline()).isEqualTo(362);
        assertThat(row.receivedInPerson()).isEqualTo(2_424);
        assertThat(row.carriedOver()).isEqualTo(740);
        assertThat(row.receivedTotal()).isEqualTo(3_526);
        assertThat(row.resolvedTotal()).isEqualTo(2_697);
        assertThat(row.resolvedEarly()).isEqualTo(2_663);
        assertThat(row.resolvedOnTime()).isEqualTo(34);
        assertThat(row.resolvedLate()).isZero();
        assertThat(row.inProgressTotal()).isEqualTo(829);
        assertThat(row.inProgressWithinDeadline()).isEqualTo(829);
        assertThat(row.inProgressOverdue()).isZero();
        assertThat(row.consistent()).isTrue();
    }

    @Test
    void inProgressIsSplitByDueDateAtThePeriodsEnd() {
        DossierReportRow row = DossierReportRow.of("x", new DossierCounts(3, 2, 4, 1, 1, 1, 1, 1, 7, 9, 5, 7));
        assertThat(row.carriedOver()).isEqualTo(3);
        assertThat(row.receivedTotal()).isEqualTo(8);
        assertThat(row.resolvedTotal()).isEqualTo(3);
        assertThat(row.inProgressTotal()).isEqualTo(4);
        assertThat(row.inProgressWithinDeadline()).isEqualTo(2);
        assertThat(row.inProgressOverdue()).isEqualTo(2);
        assertThat(row.withdrawn()).isEqualTo(1);
        assertThat(row.refused()).isEqualTo(7);
        assertThat(row.consistent()).isTrue();
    }

    @Test
    void refusedDossiersWereNeverReceivedAndStayOutOfTheInvariant() {
        DossierReportRow row = DossierReportRow.of("x", new DossierCounts(0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0));
        assertThat(row.receivedTotal()).isZero();
        assertThat(row.refused()).isEqualTo(5);
        assertThat(row.consistent()).isTrue();
    }

    @Test
    void countsThatDoNotAddUpAreFlagged() {
        // the article's printed total: a finish counted without its receipt breaks the invariant
        DossierReportRow row = DossierReportRow.of("x", new DossierCounts(1, 0, 0, 0, 1, 0, 0, 0, 0, 1, 2, 1));
        assertThat(row.invariantViolations())
                .containsExactly(DossierReportRow.RECEIVED_EQUALS_FINISHED_PLUS_IN_PROGRESS,
                        DossierReportRow.NO_NEGATIVE_COUNT);
        assertThat(row.consistent()).isFalse();
    }

    @Test
    void negativeCarriedOverIsFlagged() {
        DossierReportRow row = DossierReportRow.of("x", new DossierCounts(0, 0, 1, 2, 0, 0, 0, 0, 0, 1, 2, 1));
        assertThat(row.carriedOver()).isEqualTo(-1);
        assertThat(row.invariantViolations()).contains(DossierReportRow.NO_NEGATIVE_COUNT);
    }

    @Test
    void theTotalRowIsTheSumOfTheRowsCounts() {
        DossierCounts a = new DossierCounts(1, 2, 3, 1, 1, 0, 0, 1, 0, 6, 3, 4);
        DossierCounts b = new DossierCounts(0, 1, 0, 0, 0, 1, 0, 0, 2, 1, 1, 1);
        DossierReportRow total = DossierReportRow.of("total", a.plus(b));
        assertThat(total.receivedTotal()).isEqualTo(DossierReportRow.of("a", a).receivedTotal()
                + DossierReportRow.of("b", b).receivedTotal());
        assertThat(total.inProgressTotal()).isEqualTo(3);
        assertThat(total.refused()).isEqualTo(2);
        assertThat(DossierCounts.NONE.plus(a)).isEqualTo(a);
    }
}
