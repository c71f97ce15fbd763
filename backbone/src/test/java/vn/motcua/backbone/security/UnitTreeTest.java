package vn.motcua.backbone.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.contracts.reference.UnitChanged;
import vn.motcua.contracts.reference.UnitChanged.Version;

/** Sóc Trăng's tree before 1 July 2025, and Cần Thơ's after the districts were abolished. */
class UnitTreeTest {

    static final LocalDate REORGANISED = LocalDate.of(2025, 7, 1);
    static final UnitTree TREE = UnitTree.empty()
            .with(unit("94", new Version(1, "Tỉnh Sóc Trăng", "PROVINCE", null, null, false, null, REORGANISED)))
            .with(unit("92", new Version(1, "Thành phố Cần Thơ", "PROVINCE", null, null, false, null, null)))
            .with(unit("946", new Version(1, "Huyện Long Phú", "DISTRICT", "94", null, false, null, REORGANISED)))
            .with(unit("941", new Version(1, "Thành phố Sóc Trăng", "DISTRICT", "94", null, false, null, REORGANISED)))
            .with(unit("31639", new Version(1, "Thị trấn Long Phú", "COMMUNE", "946", null, false, null, REORGANISED),
                    new Version(2, "Xã Long Phú", "COMMUNE", "92", null, false, REORGANISED, null)))
            .with(unit("31510", new Version(1, "Phường 1", "COMMUNE", "941", null, false, null, REORGANISED)));

    static UnitChanged unit(String code, Version... versions) {
        return new UnitChanged(code, List.of(versions), List.of(), Instant.parse("2025-01-01T00:00:00Z"));
    }

    @Test
    void aDistrictCoversItsCommunesAndTheProvinceCoversBoth() {
        LocalDate day = LocalDate.of(2024, 5, 2);
        assertThat(TREE.covers("946", "31639", day)).isTrue();
        assertThat(TREE.covers("94", "31639", day)).isTrue();
        assertThat(TREE.covers("94", "946", day)).isTrue();
        assertThat(TREE.covers("31639", "31639", day)).isTrue();
    }

    @Test
    void anotherDistrictAndACommuneCoverNothingOfLongPhu() {
        LocalDate day = LocalDate.of(2024, 5, 2);
        assertThat(TREE.covers("941", "31639", day)).isFalse();
        assertThat(TREE.covers("31639", "946", day)).isFalse();
        assertThat(TREE.covers("31510", "31639", day)).isFalse();
        assertThat(TREE.covers("92", "31639", day)).isFalse();
    }

    @Test
    void fromTheFirstOfJuly2025TheCommuneBelongsToCanThoAndTheDistrictCoversNothing() {
        assertThat(TREE.covers("946", "31639", REORGANISED.minusDays(1))).isTrue();
        assertThat(TREE.covers("946", "31639", REORGANISED)).isFalse();
        assertThat(TREE.covers("94", "31639", REORGANISED)).isFalse();
        assertThat(TREE.covers("92", "31639", REORGANISED)).isTrue();
    }

    @Test
    void aUnitIsNamedAsItWasCalledThatDayAndByItsLatestNameOutsideItsPeriods() {
        assertThat(TREE.nameOn("31639", REORGANISED.minusDays(1))).contains("Thị trấn Long Phú");
        assertThat(TREE.nameOn("31639", REORGANISED)).contains("Xã Long Phú");
        assertThat(TREE.nameOn("946", REORGANISED)).contains("Huyện Long Phú");
        assertThat(TREE.nameOn("99999", REORGANISED)).isEmpty();
    }

    @Test
    void aSubtreeListsTheUnitFirstThenEveryUnitBelowIt() {
        LocalDate day = LocalDate.of(2024, 5, 2);
        assertThat(TREE.subtree("946", day)).containsExactly("946", "31639");
        assertThat(TREE.subtree("94", day)).containsExactly("94", "31510", "31639", "941", "946");
        assertThat(TREE.subtree("31639", day)).containsExactly("31639");
        assertThat(TREE.subtree("unknown", day)).containsExactly("unknown");
    }

    @Test
    void aCycleInBadDataEndsTheWalkInsteadOfLooping() {
        UnitTree cyclic = UnitTree.empty()
                .with(unit("1", new Version(1, "A", "DISTRICT", "2", null, false, null, null)))
                .with(unit("2", new Version(1, "B", "DISTRICT", "1", null, false, null, null)));
        assertThat(cyclic.covers("3", "1", LocalDate.of(2024, 1, 1))).isFalse();
    }

    @Test
    void aLaterEventReplacesTheUnitsWholeHistory() {
        UnitTree moved = TREE.with(unit("31510", new Version(1, "Phường 1", "COMMUNE", "946", null, false, null, null)));
        LocalDate day = LocalDate.of(2024, 5, 2);
        assertThat(moved.covers("946", "31510", day)).isTrue();
        assertThat(moved.covers("941", "31510", day)).isFalse();
    }

    @Test
    void aUnitIsNamedAsItWasOnTheDayAndAfterItsLastVersionByThatOne() {
        assertThat(TREE.nameOn("31639", LocalDate.of(2024, 5, 2))).contains("Thị trấn Long Phú");
        assertThat(TREE.nameOn("31639", LocalDate.of(2026, 12, 7))).contains("Xã Long Phú");
        assertThat(TREE.nameOn("946", LocalDate.of(2026, 12, 7))).contains("Huyện Long Phú"); // abolished
        assertThat(TREE.nameOn("99999", LocalDate.of(2026, 12, 7))).isEmpty();
    }
}
