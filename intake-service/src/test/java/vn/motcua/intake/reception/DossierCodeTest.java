package vn.motcua.intake.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DossierCodeTest {

    @Test
    void theCodeIsTheElectronicIdTheDayAndAFourDigitSequence() {
        assertThat(new DossierCode("000.00.31.H41", LocalDate.of(2022, 7, 15), 1))
                .hasToString("000.00.31.H41-220715-0001");
    }

    @Test
    void pastTheFourDigitsTheSequenceGrowsRatherThanRepeats() {
        assertThat(new DossierCode("000.01.35.H51", LocalDate.of(2022, 12, 31), 10000))
                .hasToString("000.01.35.H51-221231-10000");
    }

    @Test
    void aCodeReadsBack() {
        DossierCode code = DossierCode.parse("000.00.61.H92-260310-0042");
        assertThat(code.electronicId()).isEqualTo("000.00.61.H92");
        assertThat(code.day()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(code.sequence()).isEqualTo(42);
        assertThatThrownBy(() -> DossierCode.parse("000.00.61.H92-2603100042")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSequenceStartsAtOne() {
        assertThatThrownBy(() -> new DossierCode("000.00.31.H41", LocalDate.of(2022, 7, 15), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
