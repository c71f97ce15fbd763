package vn.motcua.intake.reception;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PersonalIdentifiersTest {

    @Test
    void aCitizenIdentityNumberHasTwelveDigitsStartingWithAProvinceOfBirth() {
        // 094 Sóc Trăng, 0 = man born in the 1900s, 85 = 1985
        assertThat(PersonalIdentifiers.personIdProblem("094085001234", LocalDate.of(1985, 3, 2))).isEmpty();
        assertThat(PersonalIdentifiers.personIdProblem("09408500123", null)).isPresent();
        assertThat(PersonalIdentifiers.personIdProblem("09408500123X", null)).isPresent();
        assertThat(PersonalIdentifiers.personIdProblem("099085001234", null)).get().asString().contains("province");
    }

    @Test
    void theCenturyDigitAndYearMustAgreeWithTheDateOfBirth() {
        // 3 = woman born in the 2000s, 04 = 2004
        assertThat(PersonalIdentifiers.personIdProblem("094304001234", LocalDate.of(2004, 1, 9))).isEmpty();
        assertThat(PersonalIdentifiers.personIdProblem("094304001234", LocalDate.of(1904, 1, 9))).get().asString()
                .contains("2004");
    }

    @Test
    void anOldNineDigitIdentityCardIsStillAccepted() {
        assertThat(PersonalIdentifiers.personIdProblem("365123456", LocalDate.of(1970, 1, 1))).isEmpty();
    }

    @Test
    void anOrganisationGivesItsTaxCode() {
        assertThat(PersonalIdentifiers.taxCodeProblem("2200123456")).isEmpty();
        assertThat(PersonalIdentifiers.taxCodeProblem("2200123456-001")).isEmpty();
        assertThat(PersonalIdentifiers.taxCodeProblem("22001234")).isPresent();
    }

    @Test
    void phonesAreVietnameseNumbersInAnyUsualWriting() {
        assertThat(PersonalIdentifiers.normalizedPhone("0912 345 678")).contains("0912345678");
        assertThat(PersonalIdentifiers.normalizedPhone("+84 912.345.678")).contains("0912345678");
        // Sóc Trăng landline: area code 299
        assertThat(PersonalIdentifiers.normalizedPhone("(0299) 3861 234")).contains("02993861234");
        assertThat(PersonalIdentifiers.normalizedPhone("12345")).isEmpty();
        assertThat(PersonalIdentifiers.normalizedPhone("0012345678")).isEmpty();
        assertThat(PersonalIdentifiers.normalizedPhone("tel: 0912345678")).isEmpty();
    }
}
