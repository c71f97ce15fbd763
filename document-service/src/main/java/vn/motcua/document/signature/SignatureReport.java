package vn.motcua.document.signature;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.motcua.contracts.document.SignatureCheck;

/**
 * The result of validating every signature of a PDF, with an overall verdict, the worst of its
 * signatures' verdicts (each signature's {@link SignatureFinding#verdict()} says why):
 * <ul>
 * <li>{@code NOT_SIGNED}: no signature;</li>
 * <li>{@code INVALID}: a signature is broken, failed validation, or the content changed after it was made;</li>
 * <li>{@code INDETERMINATE}: intact, but validation could not conclude (e.g. the certificate was not
 * valid at the claimed time);</li>
 * <li>{@code VALID_UNTRUSTED_CHAIN}: intact, but a certificate does not chain to a trust anchor
 * (e.g. the development CA's demo certificates), said so in {@code message};</li>
 * <li>{@code VALID}: every signature passed: intact, chains to a trust anchor, certificate valid
 * when it claims to have signed.</li>
 * </ul>
 * Revocation is not checked yet (no OCSP or CRL source is configured), and signing times are only
 * claimed (baseline B has no timestamp).
 */
public record SignatureReport(SignatureCheck verdict, String message, List<SignatureFinding> signatures) {

    /** From worst to best: the overall verdict is the first one any signature has. */
    private static final Map<SignatureCheck, Integer> SEVERITY = Map.of(
            SignatureCheck.INVALID, 0,
            SignatureCheck.INDETERMINATE, 1,
            SignatureCheck.VALID_UNTRUSTED_CHAIN, 2,
            SignatureCheck.VALID, 3);

    public SignatureReport {
        signatures = List.copyOf(signatures);
    }

    public static SignatureReport of(List<SignatureFinding> signatures) {
        if (signatures.isEmpty()) {
            return new SignatureReport(SignatureCheck.NOT_SIGNED, "The PDF carries no digital signature", signatures);
        }
        SignatureFinding worst = signatures.stream()
                .min(Comparator.comparing(s -> SEVERITY.get(s.verdict()))).orElseThrow();
        String message = signatures.size() == 1 ? worst.message()
                : worst.message() + " (signature of " + worst.signedBy() + ")";
        return new SignatureReport(worst.verdict(), message, signatures);
    }

    /** Whether a signature of intact content by a certificate with this serial is present. */
    public boolean hasIntactSignatureBy(String certificateSerial) {
        return signatures.stream().anyMatch(s -> s.intact() && !s.changedAfterSigning()
                && s.certificateSerial().equalsIgnoreCase(certificateSerial));
    }

    /**
     * Signed, and every signature good enough to issue or accept without a warning: valid, or
     * intact under the (enabled) development CA.
     */
    public boolean acceptable() {
        return !signatures.isEmpty() && signatures.stream().allMatch(SignatureFinding::acceptable);
    }

    /** Why the signatures are not {@link #acceptable()}: the first signature that is not, in words. */
    public String problem() {
        return signatures.stream().filter(s -> !s.acceptable()).findFirst()
                .map(s -> s.signedBy() + ": " + s.message()).orElse(message);
    }
}
