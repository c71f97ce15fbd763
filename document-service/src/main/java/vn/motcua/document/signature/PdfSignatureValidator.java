package vn.motcua.document.signature;

import eu.europa.esig.dss.alert.SilentOnStatusAlert;
import eu.europa.esig.dss.diagnostic.CertificateWrapper;
import eu.europa.esig.dss.diagnostic.DiagnosticData;
import eu.europa.esig.dss.diagnostic.PDFRevisionWrapper;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SubIndication;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.validation.PDFDocumentValidator;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.reports.Reports;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import eu.europa.esig.dss.model.policy.ValidationPolicy;

/**
 * Validates the PAdES/PDF signatures of a document with EU DSS against configured trust anchors,
 * offline: no certificate download (AIA), no OCSP, no CRL. What it reports per signature is a
 * {@link SignatureFinding}; tampering shows as a signature that is not intact, or as content changed
 * after signing.
 * <p>
 * The policy is DSS's default with one change: missing revocation data is a warning, not a failure,
 * because no revocation source is configured yet; otherwise every signature would be INDETERMINATE
 * and the indication would contradict the verdict. The development CA is never a trust anchor: its
 * certificates are recognised (and reported as such), not trusted.
 */
public final class PdfSignatureValidator {

    private final CommonTrustedCertificateSource trustAnchors = new CommonTrustedCertificateSource();
    private final Set<String> developmentCas;
    private final ValidationPolicy policy = OfflinePolicy.load();

    public PdfSignatureValidator(Collection<X509Certificate> anchors) {
        this(anchors, List.of());
    }

    /** @param developmentCas CA certificates whose certificates are demo ones: recognised, never trusted */
    public PdfSignatureValidator(Collection<X509Certificate> anchors, Collection<X509Certificate> developmentCas) {
        anchors.forEach(anchor -> trustAnchors.addCertificate(new CertificateToken(anchor)));
        this.developmentCas = developmentCas.stream().map(c -> new CertificateToken(c).getDSSIdAsString())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Validates a PDF; anything that is not a readable PDF is refused with IllegalArgumentException. */
    public SignatureReport validate(DSSDocument pdf) {
        PDFDocumentValidator validator = new PDFDocumentValidator(pdf);
        if (!validator.isSupported(pdf)) {
            throw new IllegalArgumentException("not a PDF document");
        }
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        verifier.setTrustedCertSources(trustAnchors);
        verifier.setAIASource(null);
        verifier.setOcspSource(null);
        verifier.setCrlSource(null);
        // offline by design for now: missing revocation data is expected, not worth a warning per validation
        verifier.setAlertOnMissingRevocationData(new SilentOnStatusAlert());
        verifier.setAlertOnNoRevocationAfterBestSignatureTime(new SilentOnStatusAlert());
        validator.setCertificateVerifier(verifier);
        Reports reports = validator.validateDocument(policy);
        DiagnosticData diagnostic = reports.getDiagnosticData();
        SimpleReport simple = reports.getSimpleReport();
        List<SignatureFinding> findings = new ArrayList<>();
        for (SignatureWrapper signature : diagnostic.getSignatures()) {
            findings.add(finding(signature, simple, developmentCas));
        }
        return SignatureReport.of(findings);
    }

    private static SignatureFinding finding(SignatureWrapper signature, SimpleReport simple, Set<String> developmentCas) {
        CertificateWrapper certificate = signature.getSigningCertificate();
        Instant claimed = Optional.ofNullable(signature.getClaimedSigningTime()).map(Date::toInstant).orElse(null);
        boolean validAtSigningTime = certificate != null && claimed != null
                && !claimed.isBefore(certificate.getNotBefore().toInstant())
                && !claimed.isAfter(certificate.getNotAfter().toInstant());
        Indication indication = simple.getIndication(signature.getId());
        SubIndication subIndication = simple.getSubIndication(signature.getId());
        boolean developmentCa = signature.getCertificateChain().stream()
                .anyMatch(c -> developmentCas.contains(c.getId()));
        return SignatureFinding.of(
                certificate == null ? "unknown" : nameOf(certificate),
                certificate == null ? "" : new java.math.BigInteger(certificate.getSerialNumber()).toString(16),
                certificate == null ? "unknown" : issuerOf(certificate),
                claimed,
                signature.getSignatureFormat() == null ? "unknown" : signature.getSignatureFormat().toString(),
                signature.isSignatureIntact() && signature.isSignatureValid(),
                changedAfterSigning(signature.getPDFRevision()),
                signature.isTrustedChain(),
                validAtSigningTime,
                indication == null ? null : indication.name(),
                subIndication == null ? null : subIndication.name(),
                developmentCa);
    }

    /** Visual or page differences, or changes that are neither signatures, form filling nor annotations. */
    private static boolean changedAfterSigning(PDFRevisionWrapper revision) {
        if (revision == null) {
            return false;
        }
        return revision.arePdfModificationsDetected() || !revision.getPdfUndefinedChanges().isEmpty()
                || !revision.isSignatureByteRangeValid();
    }

    private static String nameOf(CertificateWrapper certificate) {
        String commonName = certificate.getCommonName();
        return commonName == null ? certificate.getCertificateDN() : commonName;
    }

    private static String issuerOf(CertificateWrapper certificate) {
        return Certificates.attribute(certificate.getCertificateIssuerDN(), "CN").orElse(certificate.getCertificateIssuerDN());
    }
}
