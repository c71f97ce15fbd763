package vn.motcua.intake.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnitHistoryTest {

    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    private static UnitHistory truongKhanhBeforeTheReform() {
        return UnitHistory.first(new UnitVersion("31654", 1, "Xã Trường Khánh", AdministrativeLevel.COMMUNE, "946",
                "000.06.35.H51", true, null, null, null));
    }

    @Test
    void aMergedCommuneKeepsItsCodeAndNameInANewVersionFromTheReform() {
        UnitHistory history = truongKhanhBeforeTheReform().withVersionFrom(REFORM, "Xã Trường Khánh",
                AdministrativeLevel.COMMUNE, "92", "000.00.63.H92", true, "formed from 31648, 31657, 31654");

        assertThat(history.versions()).hasSize(2);
        assertThat(history.validOn(LocalDate.of(2022, 7, 15)).orElseThrow().parentCode()).isEqualTo("946");
        assertThat(history.validOn(REFORM.minusDays(1)).orElseThrow().version()).isEqualTo(1);
        assertThat(history.validOn(REFORM).orElseThrow().version()).isEqualTo(2);
        assertThat(history.validOn(REFORM).orElseThrow().parentCode()).isEqualTo("92");
        assertThat(history.version(1).orElseThrow().validTo()).isEqualTo(REFORM);
    }

    @Test
    void aVersionMustStartAfterTheOpenOneStarted() {
        UnitHistory twice = truongKhanhBeforeTheReform().withVersionFrom(REFORM, "Xã Trường Khánh",
                AdministrativeLevel.COMMUNE, "92", null, false, null);
        assertThatThrownBy(() -> twice.withVersionFrom(REFORM, "again", AdministrativeLevel.COMMUNE, "92", null, false,
                null))
                .isInstanceOf(UnitChangeRefused.class)
                .satisfies(e -> assertThat(((UnitChangeRefused) e).field()).isEqualTo("validFrom"));
    }

    @Test
    void anEndedCodeIsNeverReused() {
        UnitHistory ended = truongKhanhBeforeTheReform().endingOn(REFORM);
        assertThat(ended.validOn(REFORM)).isEmpty();
        assertThatThrownBy(() -> ended.withVersionFrom(REFORM.plusYears(1), "Xã Mới", AdministrativeLevel.COMMUNE, "92",
                null, false, null))
                .isInstanceOf(UnitChangeRefused.class).hasMessageContaining("never reused");
    }

    @Test
    void aCorrectionChangesTheIdentifierButNotTheDates() {
        UnitHistory corrected = truongKhanhBeforeTheReform().endingOn(REFORM)
                .correcting(1, "Xã Trường Khánh", "000.31.35.H51", false, null);
        UnitVersion v = corrected.version(1).orElseThrow();
        assertThat(v.electronicId()).isEqualTo("000.31.35.H51");
        assertThat(v.electronicIdDemo()).isFalse();
        assertThat(v.validTo()).isEqualTo(REFORM);
    }

    @Test
    void electronicIdentifiersFollowTheQcvnFormat() {
        assertThatThrownBy(() -> new UnitVersion("31639", 1, "Xã Long Phú", AdministrativeLevel.COMMUNE, "92",
                "H51.000.00", true, null, null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTreeOf2022HasTheDistrictAndTheTreeOf2026HasCommunesUnderTheNewProvince() {
        List<UnitVersion> units = List.of(
                new UnitVersion("94", 1, "Tỉnh Sóc Trăng", AdministrativeLevel.PROVINCE, null, null, false, null, REFORM, null),
                new UnitVersion("92", 1, "Thành phố Cần Thơ", AdministrativeLevel.PROVINCE, null, null, false, null, REFORM, null),
                new UnitVersion("92", 2, "Thành phố Cần Thơ", AdministrativeLevel.PROVINCE, null, null, false, REFORM, null, null),
                new UnitVersion("946", 1, "Huyện Long Phú", AdministrativeLevel.DISTRICT, "94", null, false, null, REFORM, null),
                new UnitVersion("31648", 1, "Xã Hậu Thạnh", AdministrativeLevel.COMMUNE, "946", null, false, null, REFORM, null),
                new UnitVersion("31654", 1, "Xã Trường Khánh", AdministrativeLevel.COMMUNE, "946", null, false, null, REFORM, null),
                new UnitVersion("31654", 2, "Xã Trường Khánh", AdministrativeLevel.COMMUNE, "92", null, false, REFORM, null, null));

        List<UnitTree.Node> in2022 = UnitTree.asOf(LocalDate.of(2022, 7, 15), units);
        assertThat(in2022).extracting(UnitTree.Node::code).containsExactly("92", "94");
        UnitTree.Node socTrang = in2022.get(1);
        assertThat(socTrang.children()).extracting(UnitTree.Node::code).containsExactly("946");
        assertThat(socTrang.children().get(0).children()).extracting(UnitTree.Node::code).containsExactly("31648", "31654");

        List<UnitTree.Node> in2026 = UnitTree.asOf(LocalDate.of(2026, 1, 5), units);
        assertThat(in2026).extracting(UnitTree.Node::code).containsExactly("92");
        assertThat(in2026.get(0).children()).extracting(UnitTree.Node::code, UnitTree.Node::version)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("31654", 2));
    }

    @Test
    void anAbolishedDistrictIsRemappedToTheCommunesThatTookItsTerritory() {
        Successors successors = new Successors(Map.of(
                "946", List.of(new Successors.Successor("31639", REFORM), new Successors.Successor("31654", REFORM)),
                "31648", List.of(new Successors.Successor("31654", REFORM))));
        var inForce2026 = java.util.Set.of("31639", "31654", "92");

        assertThat(successors.remap("946", LocalDate.of(2026, 1, 1), inForce2026::contains))
                .containsExactly("31639", "31654");
        assertThat(successors.remap("31648", LocalDate.of(2026, 1, 1), inForce2026::contains)).containsExactly("31654");
        assertThat(successors.remap("31654", LocalDate.of(2026, 1, 1), inForce2026::contains)).containsExactly("31654");
        // before the succession took effect, nothing is re-mapped
        assertThat(successors.remap("31648", LocalDate.of(2025, 6, 30), inForce2026::contains)).isEmpty();
    }
}
