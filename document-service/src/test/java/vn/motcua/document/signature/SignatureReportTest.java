package vn.motcua.document.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.contracts.document.SignatureCheck;

/** The overall verdict over a PDF's signatures. */
class SignatureReportTest {

    @Test
    void theVerdictIsTheWorstOfItsSignatures() {
        SignatureFinding good = finding(true, false, true, true);
        assertThat(SignatureReport.of(List.of()).verdict()).isEqualTo(SignatureCheck.NOT_SIGNED);
        assertThat(SignatureReport.of(List.of(good, good)).verdict()).isEqualTo(SignatureCheck.VALID);
        assertThat(SignatureReport.of(List.of(good, finding(true, false, false, true))).verdict())
                .isEqualTo(SignatureCheck.INDETERMINATE);
        assertThat(SignatureReport.of(List.of(good, finding(true, false, true, false))).verdict())
                .isEqualTo(SignatureCheck.INDETERMINATE);
        assertThat(SignatureReport.of(List.of(good, finding(false, false, true, true))).verdict())
                .isEqualTo(SignatureCheck.INVALID);
        assertThat(SignatureReport.of(List.of(finding(true, true, true, true), good)).verdict())
                .isEqualTo(SignatureCheck.INVALID);
    }

    private static SignatureFinding finding(boolean intact, boolean changed, boolean trusted, boolean inValidity) {
        return new SignatureFinding("Nguyễn Văn An", "1a", "MotCua Development CA", Instant.now(), "PAdES-BASELINE-B",
                intact, changed, trusted, inValidity, "TOTAL_PASSED", null);
    }
}
