package vn.motcua.document.signature;

import java.util.List;
import vn.motcua.contracts.document.SignatureCheck;

/**
 * The result of validating every signature of a PDF, with an overall verdict:
 * <ul>
 * <li>{@code NOT_SIGNED}: no signature;</li>
 * <li>{@code INVALID}: a signature is broken or the content changed after it was made;</li>
 * <li>{@code VALID}: every signature is intact, chains to a trust anchor, and its certificate was
 * valid when it claims to have signed;</li>
 * <li>{@code INDETERMINATE}: intact, but something could not be confirmed.</li>
 * </ul>
 * Revocation is not checked yet (no OCSP or CRL source is configured), and signing times are only
 * claimed (baseline B has no timestamp).
 */
public record SignatureReport(SignatureCheck verdict, List<SignatureFinding> signatures) {

    public SignatureReport {
        signatures = List.copyOf(signatures);
    }

    public static SignatureReport of(List<SignatureFinding> signatures) {
        return new SignatureReport(verdictOf(signatures), signatures);
    }

    static SignatureCheck verdictOf(List<SignatureFinding> signatures) {
        if (signatures.isEmpty()) {
            return SignatureCheck.NOT_SIGNED;
        }
        if (signatures.stream().anyMatch(s -> !s.intact() || s.changedAfterSigning())) {
            return SignatureCheck.INVALID;
        }
        boolean confirmed = signatures.stream().allMatch(s -> s.trustedChain() && s.certificateValidAtSigningTime());
        return confirmed ? SignatureCheck.VALID : SignatureCheck.INDETERMINATE;
    }

    /** Whether a signature of intact content by a certificate with this serial is present. */
    public boolean hasIntactSignatureBy(String certificateSerial) {
        return signatures.stream().anyMatch(s -> s.intact() && !s.changedAfterSigning()
                && s.certificateSerial().equalsIgnoreCase(certificateSerial));
    }
}
