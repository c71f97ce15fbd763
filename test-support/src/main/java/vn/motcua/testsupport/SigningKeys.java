package vn.motcua.testsupport;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The RSA key pair the services under test trust (one per JVM, shared across class loaders as
 * Base64 text), and a foreign key pair nobody trusts, for negative tests.
 */
final class SigningKeys {
    static final String TRUSTED_KEY_ID = "motcua-test-key";
    static final String FOREIGN_KEY_ID = "foreign-key";

    private static final KeyPair TRUSTED = decode(JvmWide.computeIfAbsent("jwt.key-pair", SigningKeys::generateEncoded));
    private static final KeyPair FOREIGN = generate();

    private SigningKeys() {
    }

    static KeyPair trusted() {
        return TRUSTED;
    }

    static KeyPair foreign() {
        return FOREIGN;
    }

    /** Base64 of the X.509 (SubjectPublicKeyInfo) encoding: the form {@code quarkus.oidc.public-key} reads. */
    static String trustedPublicKeyBase64() {
        return Base64.getEncoder().encodeToString(TRUSTED.getPublic().getEncoded());
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String generateEncoded() {
        KeyPair pair = generate();
        Base64.Encoder base64 = Base64.getEncoder();
        return base64.encodeToString(pair.getPrivate().getEncoded()) + "." + base64.encodeToString(pair.getPublic().getEncoded());
    }

    private static KeyPair decode(String encoded) {
        String[] parts = encoded.split("\\.");
        Base64.Decoder base64 = Base64.getDecoder();
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            PrivateKey privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(base64.decode(parts[0])));
            PublicKey publicKey = rsa.generatePublic(new X509EncodedKeySpec(base64.decode(parts[1])));
            return new KeyPair(publicKey, privateKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
