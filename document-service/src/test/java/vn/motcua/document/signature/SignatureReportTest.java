package vn.motcua.document.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.contracts.document.SignatureCheck;

/** The overall verdict over a PDF's signatures: the worst of what each signature's validation concluded. */
class SignatureReportTest {

    private static final SignatureFinding GOOD = finding(true, false, true, true, "TOTAL_PASSED", null, false);

    @Test
    void theVerdictIsTheWorstOfItsSignatures() {
        assertThat(SignatureReport.of(List.of()).verdict()).isEqualTo(SignatureCheck.NOT_SIGNED);
        assertThat(SignatureReport.of(List.of(GOOD, GOOD)).verdict()).isEqualTo(SignatureCheck.VALID);
        SignatureFinding untrusted = finding(true, false, false, true, "INDETERMINATE", "NO_CERTIFICATE_CHAIN_FOUND",
                false);
        assertThat(SignatureReport.of(List.of(GOOD, untrusted)).verdict())
                .isEqualTo(SignatureCheck.VALID_UNTRUSTED_CHAIN);
        SignatureFinding expired = finding(true, false, true, false, "INDETERMINATE", "OUT_OF_BOUNDS_NO_POE", false);
        assertThat(SignatureReport.of(List.of(untrusted, expired)).verdict()).isEqualTo(SignatureCheck.INDETERMINATE);
        SignatureFinding broken = finding(false, false, true, true, "TOTAL_FAILED", "HASH_FAILURE", false);
        assertThat(SignatureReport.of(List.of(GOOD, broken, expired)).verdict()).isEqualTo(SignatureCheck.INVALID);
        SignatureFinding changed = finding(true, true, true, true, "TOTAL_PASSED", null, false);
        assertThat(SignatureReport.of(List.of(changed, GOOD)).verdict()).isEqualTo(SignatureCheck.INVALID);
    }

    @Test
    void aSignatureThatDidNotPassIsNeverCalledValid() {
        SignatureFinding notConclusive = finding(true, false, true, true, "INDETERMINATE",
                "CERTIFICATE_CHAIN_GENERAL_FAILURE", false);

        assertThat(notConclusive.verdict()).isEqualTo(SignatureCheck.INDETERMINATE);
        assertThat(notConclusive.message()).contains("CERTIFICATE_CHAIN_GENERAL_FAILURE");
        assertThat(SignatureReport.of(List.of(GOOD, notConclusive)).verdict()).isEqualTo(SignatureCheck.INDETERMINATE);
    }

    @Test
    void onlyDevelopmentCaCertificatesAreAcceptedWithoutATrustedChain() {
        SignatureFinding demo = finding(true, false, false, true, "INDETERMINATE", "NO_CERTIFICATE_CHAIN_FOUND", true);
        SignatureFinding stranger = finding(true, false, false, true, "INDETERMINATE", "NO_CERTIFICATE_CHAIN_FOUND",
                false);

        assertThat(SignatureReport.of(List.of(GOOD, demo)).acceptable()).isTrue();
        assertThat(SignatureReport.of(List.of(GOOD, stranger)).acceptable()).isFalse();
        assertThat(SignatureReport.of(List.of(GOOD, stranger)).problem()).contains("does not chain to a trust anchor");
        assertThat(SignatureReport.of(List.of()).acceptable()).isFalse();
    }

    private static SignatureFinding finding(boolean intact, boolean changed, boolean trusted, boolean inValidity,
            String indication, String subIndication, boolean developmentCa) {
        return SignatureFinding.of("Nguyễn Văn An", "1a", "MotCua Development CA", Instant.now(), "PAdES-BASELINE-B",
                intact, changed, trusted, inValidity, indication, subIndication, developmentCa);
    }
}
