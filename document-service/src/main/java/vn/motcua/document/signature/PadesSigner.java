package vn.motcua.document.signature;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.Digest;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.spi.DSSUtils;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import java.time.Instant;
import java.util.Date;
import java.util.TimeZone;

/**
 * Signs PDFs with PAdES baseline B through EU DSS, in its three steps: compute the data to sign,
 * let the {@link SigningKey} sign its digest, embed the signature as an incremental update (so an
 * earlier signature stays valid and a second one can follow).
 */
public final class PadesSigner {

    public static final SignatureLevel LEVEL = SignatureLevel.PAdES_BASELINE_B;
    private static final DigestAlgorithm DIGEST = DigestAlgorithm.SHA256;

    private final PAdESService service = new PAdESService(new CommonCertificateVerifier());

    /** What the signature says besides the certificate: why, where, and when it was made. */
    public record Purpose(String reason, String location, Instant signingTime) {
    }

    public DSSDocument sign(DSSDocument pdf, SigningKey key, Purpose purpose) {
        PAdESSignatureParameters parameters = new PAdESSignatureParameters();
        parameters.setSignatureLevel(LEVEL);
        parameters.setDigestAlgorithm(DIGEST);
        parameters.setSigningCertificate(new CertificateToken(key.certificate()));
        parameters.setCertificateChain(key.certificateChain().stream().map(CertificateToken::new).toList());
        parameters.bLevel().setSigningDate(Date.from(purpose.signingTime()));
        parameters.setSigningTimeZone(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
        parameters.setReason(purpose.reason());
        parameters.setLocation(purpose.location());
        parameters.setSignerName(Certificates.commonName(key.certificate()));

        ToBeSigned dataToSign = service.getDataToSign(pdf, parameters);
        SignatureValue value = key.signDigest(new Digest(DIGEST, DSSUtils.digest(DIGEST, dataToSign.getBytes())));
        if (!service.isValidSignatureValue(dataToSign, value, parameters.getSigningCertificate())) {
            throw new IllegalStateException("The signing key returned a signature that does not match its certificate");
        }
        return service.signDocument(pdf, parameters, value);
    }
}
