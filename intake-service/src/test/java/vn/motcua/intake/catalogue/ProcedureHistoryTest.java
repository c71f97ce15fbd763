package vn.motcua.intake.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.ProcessingTime;
import vn.motcua.intake.unit.AdministrativeLevel;

class ProcedureHistoryTest {

    private static ProcedureVersion householdBusiness(int version, AdministrativeLevel level, LocalDate from) {
        return new ProcedureVersion("1.001612", version, "Đăng ký thành lập hộ kinh doanh", "ho-kinh-doanh",
                "Hộ kinh doanh", Set.of(level), ProcessingTime.workingDays(3), null,
                List.of(new Component(1, "Giấy đề nghị đăng ký hộ kinh doanh", 1, 0, true)), List.of(), List.of(),
                OnlineLevel.PARTIAL, false, null, List.of(), from, null);
    }

    @Test
    void aNewVersionEndsThePreviousOneOnItsFirstDay() {
        LocalDate reform = LocalDate.of(2025, 7, 1);
        ProcedureHistory history = ProcedureHistory.empty("1.001612")
                .publishing(householdBusiness(1, AdministrativeLevel.DISTRICT, LocalDate.of(2021, 1, 4)))
                .publishing(householdBusiness(2, AdministrativeLevel.COMMUNE, reform));

        assertThat(history.validOn(LocalDate.of(2022, 7, 15)).orElseThrow().resolvesAt(AdministrativeLevel.DISTRICT))
                .isTrue();
        assertThat(history.validOn(reform.minusDays(1)).orElseThrow().version()).isEqualTo(1);
        assertThat(history.validOn(reform).orElseThrow().resolvesAt(AdministrativeLevel.COMMUNE)).isTrue();
        assertThat(history.validOn(reform).orElseThrow().resolvesAt(AdministrativeLevel.DISTRICT)).isFalse();
        assertThat(history.validOn(LocalDate.of(2020, 12, 31))).isEmpty();
    }

    @Test
    void versionsArePublishedInDateOrder() {
        ProcedureHistory history = ProcedureHistory.empty("1.001612")
                .publishing(householdBusiness(1, AdministrativeLevel.DISTRICT, LocalDate.of(2021, 1, 4)));
        assertThatThrownBy(() -> history.publishing(householdBusiness(2, AdministrativeLevel.COMMUNE,
                LocalDate.of(2020, 1, 1)))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void componentsAreNumberedInOrder() {
        assertThatThrownBy(() -> new ProcedureVersion("1.001612", 1, "x", "f", "F", Set.of(AdministrativeLevel.COMMUNE),
                ProcessingTime.onReceipt(), null, List.of(new Component(2, "second first", 1, 0, true)), List.of(),
                List.of(), OnlineLevel.NONE, false, null, List.of(), LocalDate.of(2022, 1, 1), null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
