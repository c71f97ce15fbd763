package vn.motcua.document.signature;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/** Builds the signer, the validator with its trust anchors, and (if enabled) the development CA. */
@ApplicationScoped
public class SignatureSetup {

    private static final Logger LOG = Logger.getLogger(SignatureSetup.class);

    private final SignatureConfig config;
    private final Optional<DevelopmentCa> developmentCa;

    SignatureSetup(SignatureConfig config) {
        this.config = config;
        this.developmentCa = config.developmentCa().enabled()
                ? Optional.of(DevelopmentCa.openOrCreate(Path.of(config.keystoreDirectory()), password()))
                : Optional.empty();
        developmentCa.ifPresent(ca -> LOG.warnf("The development CA is enabled (%s): demo certificates only,"
                + " never in production", ca.certificate().getSubjectX500Principal().getName()));
    }

    @Produces
    @ApplicationScoped
    PadesSigner signer() {
        return new PadesSigner();
    }

    @Produces
    @ApplicationScoped
    PdfSignatureValidator validator() {
        List<X509Certificate> anchors = new ArrayList<>();
        config.trustAnchors().orElse(List.of()).forEach(file -> anchors.addAll(readPem(Path.of(file))));
        if (anchors.isEmpty()) {
            LOG.warn("No trust anchors configured (motcua.signature.trust-anchors): no signature will be VALID");
        }
        // the development CA is recognised, never trusted: its signatures are VALID_UNTRUSTED_CHAIN
        return new PdfSignatureValidator(anchors, developmentCa.map(ca -> List.of(ca.certificate())).orElse(List.of()));
    }

    public Optional<DevelopmentCa> developmentCa() {
        return developmentCa;
    }

    char[] password() {
        return config.keystorePassword().toCharArray();
    }

    Path keystoreDirectory() {
        return Path.of(config.keystoreDirectory());
    }

    private static List<X509Certificate> readPem(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return CertificateFactory.getInstance("X.509").generateCertificates(in).stream()
                    .map(X509Certificate.class::cast).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read trust anchor " + file, e);
        } catch (CertificateException e) {
            throw new IllegalArgumentException("Not a certificate file: " + file, e);
        }
    }
}
