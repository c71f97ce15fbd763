package vn.motcua.intake.reception;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import vn.motcua.backbone.lookup.LookupSecretHash;

/**
 * The secret printed on the receipt with which a citizen looks up their dossier (mã tra cứu): ten
 * characters from 31 symbols without look-alikes (no 0/O, 1/I/L), about 49 bits.
 *
 * <p>The secret is derived from the dossier id with a server key (HMAC-SHA256) and never stored. So a
 * retried reception and a reprinted receipt show the same secret, and a copy of the database alone reveals
 * none. What is stored and published is its hash, {@code sha256:<hex of SHA-256("<code>:<secret>")>}, the
 * code acting as a salt; a consumer (the public status lookup) verifies a secret against it.
 */
public final class LookupSecret {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 10;

    private LookupSecret() {
    }

    public static String derive(byte[] serverKey, UUID dossierId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(serverKey, "HmacSHA256"));
            byte[] bytes = mac.doFinal(dossierId.toString().getBytes(StandardCharsets.US_ASCII));
            StringBuilder secret = new StringBuilder(LENGTH);
            for (int i = 0; i < LENGTH; i++) {
                // 31 symbols; the bias of a byte modulo 31 is below 1 %, harmless for a lookup secret
                secret.append(ALPHABET.charAt(Byte.toUnsignedInt(bytes[i]) % ALPHABET.length()));
            }
            return secret.toString();
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The published hash; the same in every service ({@link LookupSecretHash}). */
    public static String hash(String dossierCode, String secret) {
        return LookupSecretHash.of(dossierCode, secret);
    }

    /** Constant-time comparison, so response times tell nothing about the secret. */
    public static boolean matches(String storedHash, String dossierCode, String secret) {
        return LookupSecretHash.matches(storedHash, dossierCode, secret);
    }
}
