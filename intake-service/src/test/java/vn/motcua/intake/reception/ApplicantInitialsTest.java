package vn.motcua.intake.reception;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The initials are the only part of the applicant the public lookup shows (through DossierReceived). */
class ApplicantInitialsTest {

    private static Applicant named(String name) {
        return new Applicant(ApplicantKind.PERSON, name, "094123456789", null, null, null, null);
    }

    @Test
    void initialsKeepTheVietnameseLetters() {
        assertThat(named("Nguyễn Văn An").initials()).isEqualTo("N.V.A.");
        assertThat(named("đỗ thị ánh").initials()).isEqualTo("Đ.T.Á.");
    }

    @Test
    void extraSpacesMakeNoEmptyInitials() {
        assertThat(named("  Lê   Minh\tTâm ").initials()).isEqualTo("L.M.T.");
    }
}
