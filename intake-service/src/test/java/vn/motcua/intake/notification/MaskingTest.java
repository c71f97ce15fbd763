package vn.motcua.intake.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void anEmailKeepsItsFirstLetterAndDomain() {
        assertThat(Masking.email("nguyen.van.a@x.vn")).isEqualTo("n***@x.vn");
        assertThat(Masking.email("no-at-sign")).isEqualTo("***");
    }

    @Test
    void aPhoneKeepsItsFirstTwoAndLastThreeDigits() {
        assertThat(Masking.phone("0912345123")).isEqualTo("09*****123");
        assertThat(Masking.phone("+84299386123")).isEqualTo("+8*******123");
        assertThat(Masking.phone("123")).isEqualTo("***");
    }

    @Test
    void theContactIsMaskedByItsChannel() {
        assertThat(Masking.contact(ChannelKind.EMAIL, "tuyet@example.vn")).isEqualTo("t***@example.vn");
        assertThat(Masking.contact(ChannelKind.SMS, "0912345678")).isEqualTo("09*****678");
    }
}
