package vn.motcua.document.signature;

import java.time.Instant;
import vn.motcua.contracts.document.SignatureCheck;

/**
 * What validation found about one signature of a PDF.
 *
 * @param signedBy                      common name of the signing certificate's subject
 * @param certificateSerial             its serial number, hexadecimal
 * @param issuedBy                      common name of its issuer
 * @param claimedSigningTime            the signing time the signature claims (no timestamp proves it)
 * @param format                        e.g. {@code PAdES-BASELINE-B}
 * @param intact                        the signed bytes are unchanged and the signature value matches the certificate
 * @param changedAfterSigning           later revisions changed the content, not only added signatures
 * @param trustedChain                  the certificate chains to a configured trust anchor
 * @param certificateValidAtSigningTime the certificate was within its validity period at the claimed time
 * @param indication                    the ETSI EN 319 102-1 indication of the validation policy (DSS's
 *                                      default, revocation checks relaxed to warnings: see {@link PdfSignatureValidator})
 * @param subIndication                 its sub-indication, if any
 * @param developmentCa                 the certificate was issued by the development CA (demo certificates)
 * @param verdict                       what this signature's validation concluded (never {@code NOT_SIGNED})
 * @param message                       that conclusion in words
 */
public record SignatureFinding(
        String signedBy,
        String certificateSerial,
        String issuedBy,
        Instant claimedSigningTime,
        String format,
        boolean intact,
        boolean changedAfterSigning,
        boolean trustedChain,
        boolean certificateValidAtSigningTime,
        String indication,
        String subIndication,
        boolean developmentCa,
        SignatureCheck verdict,
        String message) {

    static final String TOTAL_PASSED = "TOTAL_PASSED";
    static final String TOTAL_FAILED = "TOTAL_FAILED";

    /** A finding whose verdict and message follow from the facts found. */
    public static SignatureFinding of(String signedBy, String certificateSerial, String issuedBy,
            Instant claimedSigningTime, String format, boolean intact, boolean changedAfterSigning,
            boolean trustedChain, boolean certificateValidAtSigningTime, String indication, String subIndication,
            boolean developmentCa) {
        Conclusion conclusion = conclude(intact, changedAfterSigning, trustedChain, certificateValidAtSigningTime,
                indication, subIndication, developmentCa, issuedBy);
        return new SignatureFinding(signedBy, certificateSerial, issuedBy, claimedSigningTime, format, intact,
                changedAfterSigning, trustedChain, certificateValidAtSigningTime, indication, subIndication,
                developmentCa, conclusion.verdict(), conclusion.message());
    }

    private record Conclusion(SignatureCheck verdict, String message) {
    }

    private static Conclusion conclude(boolean intact, boolean changed, boolean trusted, boolean inValidity,
            String indication, String subIndication, boolean developmentCa, String issuedBy) {
        if (!intact) {
            return new Conclusion(SignatureCheck.INVALID, "Broken: the signed bytes changed or the signature value"
                    + " does not match the certificate");
        }
        if (changed) {
            return new Conclusion(SignatureCheck.INVALID, "The content was changed after this signature was made");
        }
        if (TOTAL_FAILED.equals(indication)) {
            return new Conclusion(SignatureCheck.INVALID, "Failed validation: " + subIndication);
        }
        if (!inValidity) {
            return new Conclusion(SignatureCheck.INDETERMINATE, "Intact, but the certificate was not valid at the"
                    + " signing time it claims");
        }
        if (TOTAL_PASSED.equals(indication) && trusted) {
            return new Conclusion(SignatureCheck.VALID, "Intact; the certificate chains to a trust anchor and was"
                    + " valid at the claimed signing time (revocation not checked: offline validation)");
        }
        if (!trusted && "NO_CERTIFICATE_CHAIN_FOUND".equals(subIndication)) {
            return new Conclusion(SignatureCheck.VALID_UNTRUSTED_CHAIN, developmentCa
                    ? "Intact, but signed with a certificate of the development CA (" + issuedBy + "): demo"
                            + " certificates, not a trusted authority"
                    : "Intact, but the certificate (issued by " + issuedBy + ") does not chain to a trust anchor");
        }
        return new Conclusion(SignatureCheck.INDETERMINATE, "Intact, but validation was not conclusive: "
                + indication + (subIndication == null ? "" : " / " + subIndication));
    }

    /** Good enough to issue or accept: valid, or intact under the development CA where that CA is enabled. */
    public boolean acceptable() {
        return verdict == SignatureCheck.VALID || (verdict == SignatureCheck.VALID_UNTRUSTED_CHAIN && developmentCa);
    }
}
