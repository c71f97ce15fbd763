package vn.motcua.document.signature;

import eu.europa.esig.dss.model.Digest;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.Pkcs12SignatureToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;

/** A signing key held in a PKCS#12 keystore file with one key entry. */
public final class Pkcs12SigningKey implements SigningKey {

    private final byte[] keystore;
    private final char[] password;
    private final List<X509Certificate> chain;

    private Pkcs12SigningKey(byte[] keystore, char[] password) {
        this.keystore = keystore;
        this.password = password.clone();
        try (Pkcs12SignatureToken token = token()) {
            this.chain = Arrays.stream(onlyKey(token).getCertificateChain())
                    .map(CertificateToken::getCertificate)
                    .toList();
        }
    }

    public static Pkcs12SigningKey load(Path file, char[] password) {
        try {
            return new Pkcs12SigningKey(Files.readAllBytes(file), password);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read keystore " + file, e);
        }
    }

    @Override
    public List<X509Certificate> certificateChain() {
        return chain;
    }

    @Override
    public SignatureValue signDigest(Digest digest) {
        try (Pkcs12SignatureToken token = token()) {
            return token.signDigest(digest, onlyKey(token));
        }
    }

    private Pkcs12SignatureToken token() {
        return new Pkcs12SignatureToken(keystore, new KeyStore.PasswordProtection(password));
    }

    private static DSSPrivateKeyEntry onlyKey(Pkcs12SignatureToken token) {
        List<DSSPrivateKeyEntry> keys = token.getKeys();
        if (keys.size() != 1) {
            throw new IllegalStateException("A signer's keystore must hold exactly one key, found " + keys.size());
        }
        return keys.get(0);
    }
}
