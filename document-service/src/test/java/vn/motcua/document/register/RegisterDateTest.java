package vn.motcua.document.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The register's date and year are Vietnam's (UTC+7), not the server's. */
class RegisterDateTest {

    @Test
    void lateOnNewYearsEveInUtcIsAlreadyTheNewYearInVietnam() {
        assertThat(RegisterDate.at(Instant.parse("2024-12-31T16:59:59Z")).date()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(RegisterDate.at(Instant.parse("2024-12-31T17:00:00Z")).date()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(RegisterDate.at(Instant.parse("2024-12-31T17:00:00Z")).year()).isEqualTo(2025);
    }

    @Test
    void theLeapDayBelongsToItsYear() {
        assertThat(RegisterDate.at(Instant.parse("2024-02-29T10:00:00Z")).date()).isEqualTo(LocalDate.of(2024, 2, 29));
    }
}
