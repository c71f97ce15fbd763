package vn.motcua.document.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.backbone.problem.ProblemException;
import vn.motcua.contracts.document.SignerRole;
import vn.motcua.document.signature.SignatureFinding;
import vn.motcua.document.signature.SignatureReport;

/** An electronic document is issued only over both recorded signatures, intact and validating. */
class IssuableSignaturesTest {

    private static final Map<SignerRole, String> RECORDED = Map.of(SignerRole.PERSON, "a1", SignerRole.ORGANISATION, "b2");

    @Test
    void bothSignaturesUnderTheDevelopmentCaMayBeIssued() {
        SignatureReport report = SignatureReport.of(List.of(demo("Nguyễn Văn An", "a1"), demo("UBND xã Long Phú", "b2")));

        assertThatCode(() -> IssuableSignatures.require(report, RECORDED)).doesNotThrowAnyException();
    }

    @Test
    void aSignatureThatDoesNotValidateRefusesTheIssueNamingWhy() {
        SignatureFinding stranger = SignatureFinding.of("UBND xã Long Phú", "b2", "Unknown CA", Instant.now(),
                "PAdES-BASELINE-B", true, false, false, true, "INDETERMINATE", "NO_CERTIFICATE_CHAIN_FOUND", false);
        SignatureReport report = SignatureReport.of(List.of(demo("Nguyễn Văn An", "a1"), stranger));

        ProblemException refused = catchThrowableOfType(ProblemException.class,
                () -> IssuableSignatures.require(report, RECORDED));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.slug()).isEqualTo("signature-not-valid");
        assertThat(refused.getMessage()).contains("VALID_UNTRUSTED_CHAIN", "UBND xã Long Phú",
                "does not chain to a trust anchor");
    }

    @Test
    void aMissingOrChangedSignatureRefusesTheIssueAsBroken() {
        SignatureFinding changed = SignatureFinding.of("UBND xã Long Phú", "b2", "MotCua Development CA", Instant.now(),
                "PAdES-BASELINE-B", true, true, false, true, "INDETERMINATE", "NO_CERTIFICATE_CHAIN_FOUND", true);

        assertThat(catchThrowableOfType(ProblemException.class, () -> IssuableSignatures.require(
                SignatureReport.of(List.of(demo("Nguyễn Văn An", "a1"), changed)), RECORDED)).slug())
                .isEqualTo("signature-broken");
        assertThat(catchThrowableOfType(ProblemException.class, () -> IssuableSignatures.require(
                SignatureReport.of(List.of(demo("Nguyễn Văn An", "a1"))), RECORDED)).slug())
                .isEqualTo("signature-broken");
    }

    private static SignatureFinding demo(String signer, String serial) {
        return SignatureFinding.of(signer, serial, "MotCua Development CA", Instant.now(), "PAdES-BASELINE-B", true,
                false, false, true, "INDETERMINATE", "NO_CERTIFICATE_CHAIN_FOUND", true);
    }
}
