package vn.motcua.stats.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Long Phú district and its communes before and after the 2025 reform (REFERENCE-DATA.md). */
class UnitHierarchyTest {

    private static final LocalDate REFORM = LocalDate.parse("2025-07-01");
    private static final LocalDate Q3_2022_FIRST = LocalDate.parse("2022-06-15");
    private static final LocalDate Q3_2022_LAST = LocalDate.parse("2022-09-14");
    private static final LocalDate TODAY = LocalDate.parse("2026-03-10");

    private static UnitVersion before(String code, String name, String level, String parent) {
        return new UnitVersion(code, 1, name, level, Optional.ofNullable(parent), Optional.empty(), Optional.of(REFORM));
    }

    private static UnitVersion after(String code, int version, String name, String parent) {
        return new UnitVersion(code, version, name, "COMMUNE", Optional.of(parent), Optional.of(REFORM),
                Optional.empty());
    }

    static UnitHierarchy longPhu() {
        List<UnitVersion> versions = List.of(
                before("94", "Tỉnh Sóc Trăng", "PROVINCE", null),
                new UnitVersion("92", 2, "Thành phố Cần Thơ", "PROVINCE", Optional.empty(), Optional.of(REFORM),
                        Optional.empty()),
                before("946", "Huyện Long Phú", "DISTRICT", "94"),
                before("943", "Huyện Kế Sách", "DISTRICT", "94"),
                before("31639", "Thị trấn Long Phú", "COMMUNE", "946"),
                before("31642", "Xã Song Phụng", "COMMUNE", "946"),
                before("31645", "Thị trấn Đại Ngãi", "COMMUNE", "946"),
                before("31651", "Xã Long Đức", "COMMUNE", "946"),
                before("31669", "Xã Long Phú", "COMMUNE", "946"),
                after("31639", 2, "Xã Long Phú", "92"),
                after("31645", 2, "Xã Đại Ngãi", "92"),
                after("31552", 1, "Xã Nhơn Mỹ", "92"));
        Map<String, List<String>> successors = Map.of(
                "94", List.of("92"),
                "946", List.of("31639", "31645", "31552"),
                "31642", List.of("31552"),
                "31651", List.of("31645"),
                "31669", List.of("31639"));
        return new UnitHierarchy(versions, successors);
    }

    @Test
    void aDistrictInQuarterThree2022HadItsCommunes() {
        assertThat(longPhu().subtreeDuring("946", Q3_2022_FIRST, Q3_2022_LAST))
                .containsExactlyInAnyOrder("946", "31639", "31642", "31645", "31651", "31669");
        assertThat(longPhu().subtreeDuring("94", Q3_2022_FIRST, Q3_2022_LAST)).contains("943", "946", "31669");
    }

    @Test
    void todayTheCommunesSitDirectlyUnderTheMergedProvince() {
        assertThat(longPhu().subtreeDuring("92", TODAY, TODAY))
                .containsExactlyInAnyOrder("92", "31639", "31645", "31552");
        assertThat(longPhu().subtreeDuring("946", TODAY, TODAY)).containsExactly("946");
        // a period across the reform sees both
        assertThat(longPhu().subtreeDuring("92", LocalDate.parse("2025-06-15"), LocalDate.parse("2025-09-14")))
                .containsExactlyInAnyOrder("92", "31639", "31645", "31552");
    }

    @Test
    void aPastUnitIsShownAsTodaysUnitThatHoldsItsTerritory() {
        UnitHierarchy units = longPhu();
        assertThat(units.currentUnitOf("31669", TODAY)).isEqualTo("31639");
        assertThat(units.currentUnitOf("31639", TODAY)).isEqualTo("31639"); // kept its code
        assertThat(units.currentUnitOf("31651", TODAY)).isEqualTo("31645");
        assertThat(units.currentUnitOf("31642", TODAY)).isEqualTo("31552");
        assertThat(units.currentUnitOf("94", TODAY)).isEqualTo("92");
        // an abolished district split between several communes goes to the nearest unit holding all of them
        assertThat(units.currentUnitOf("946", TODAY)).isEqualTo("92");
        assertThat(units.currentUnitOf("99999", TODAY)).isEqualTo("99999");
        // before the reform every unit was itself
        assertThat(units.currentUnitOf("31669", LocalDate.parse("2022-09-14"))).isEqualTo("31669");
    }

    @Test
    void aSupervisorOfTheProvinceReachesEveryUnitThatEverLayUnderIt() {
        assertThat(longPhu().subtreeAtAnyTime("94")).contains("946", "31669", "31639");
        assertThat(longPhu().subtreeAtAnyTime("946")).doesNotContain("92", "31552", "943");
    }

    @Test
    void aUnitHasTheNameOfTheVersionInForce() {
        assertThat(longPhu().name("31639", Q3_2022_LAST)).contains("Thị trấn Long Phú");
        assertThat(longPhu().name("31639", TODAY)).contains("Xã Long Phú");
        assertThat(longPhu().name("00000", TODAY)).isEmpty();
    }
}
