package vn.motcua.document.signature;

import java.time.Instant;

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
 * @param indication                    the ETSI EN 319 102-1 indication of DSS's default policy
 * @param subIndication                 its sub-indication, if any
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
        String subIndication) {
}
