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
import eu.europa.esig.dss.enumerations.SignerTextHorizontalAlignment;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.pades.DSSFileFont;
import eu.europa.esig.dss.pades.SignatureFieldParameters;
import eu.europa.esig.dss.pades.SignatureImageParameters;
import eu.europa.esig.dss.pades.SignatureImageTextParameters;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
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

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float FONT_SIZE = 9;
    private static final Color INK = new Color(0xB0, 0x10, 0x10); // the red of a seal, legible in print

    /** What the signature says besides the certificate: why, where, and when it was made. */
    public record Purpose(String reason, String location, Instant signingTime) {
    }

    /** An invisible signature. */
    public DSSDocument sign(DSSDocument pdf, SigningKey key, Purpose purpose) {
        return sign(pdf, key, purpose, Optional.empty());
    }

    /** A signature, visible on the page if an appearance is given. */
    public DSSDocument sign(DSSDocument pdf, SigningKey key, Purpose purpose, Optional<SignatureAppearance> appearance) {
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
        appearance.ifPresent(a -> parameters.setImageParameters(imageOf(a, pageCount(pdf))));

        ToBeSigned dataToSign = service.getDataToSign(pdf, parameters);
        SignatureValue value = key.signDigest(new Digest(DIGEST, DSSUtils.digest(DIGEST, dataToSign.getBytes())));
        if (!service.isValidSignatureValue(dataToSign, value, parameters.getSigningCertificate())) {
            throw new IllegalStateException("The signing key returned a signature that does not match its certificate");
        }
        return service.signDocument(pdf, parameters, value);
    }

    private static SignatureImageParameters imageOf(SignatureAppearance appearance, int pages) {
        SignatureFieldParameters field = new SignatureFieldParameters();
        field.setPage(appearance.lastPage() ? pages : 1);
        field.setOriginX(appearance.x());
        field.setOriginY(appearance.y());
        field.setWidth(appearance.width());
        field.setHeight(appearance.height());
        SignatureImageTextParameters text = new SignatureImageTextParameters();
        text.setText(appearance.text());
        text.setFont(font());
        text.setTextColor(INK);
        text.setPadding(4);
        text.setSignerTextHorizontalAlignment(SignerTextHorizontalAlignment.LEFT);
        SignatureImageParameters image = new SignatureImageParameters();
        image.setFieldParameters(field);
        image.setTextParameters(text);
        return image;
    }

    /** Liberation Sans (shipped in PDFBox) has the Vietnamese letters; a subset is embedded. */
    private static DSSFileFont font() {
        try (InputStream in = PadesSigner.class.getResourceAsStream(FONT)) {
            DSSFileFont font = new DSSFileFont(new InMemoryDocument(in.readAllBytes()), FONT_SIZE);
            font.setEmbedFontSubset(true);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the signature font", e);
        }
    }

    private static int pageCount(DSSDocument pdf) {
        try (InputStream in = pdf.openStream(); PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(in))) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the PDF to sign", e);
        }
    }
}
