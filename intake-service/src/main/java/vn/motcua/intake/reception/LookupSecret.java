package vn.motcua.intake.reception;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import vn.motcua.backbone.lookup.LookupSecretHash;

/**
 * The secret printed on the receipt with which a citizen looks up their dossier (mã tra cứu): 16 characters of
 * Crockford's base32 in four groups, 80 bits ({@link LookupSecretHash#format}).
 *
 * <p>The secret is derived from the dossier id with a server key (HMAC-SHA256) and never stored. So a
 * retried reception and a reprinted receipt show the same secret, and a copy of the database alone reveals
 * none. What is stored and published is its keyed verifier ({@link LookupSecretHash}).
 */
public final class LookupSecret {

    /** The alphabet of the ten-character secrets issued before the 80-bit ones (no 0/O, 1/I/L), about 49 bits. */
    static final String LEGACY_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int LEGACY_LENGTH = 10;

    private LookupSecret() {
    }

    /** The dossier's secret, as printed: {@code 7KQ2-M9XD-4TNB-8RHW}. */
    public static String derive(byte[] serverKey, UUID dossierId) {
        return LookupSecretHash.format(hmac(serverKey, dossierId));
    }

    /** The ten-character secret of a dossier received before the 80-bit secrets, to reprint its receipt. */
    static String deriveLegacy(byte[] serverKey, UUID dossierId) {
        byte[] bytes = hmac(serverKey, dossierId);
        StringBuilder secret = new StringBuilder(LEGACY_LENGTH);
        for (int i = 0; i < LEGACY_LENGTH; i++) {
            secret.append(LEGACY_ALPHABET.charAt(Byte.toUnsignedInt(bytes[i]) % LEGACY_ALPHABET.length()));
        }
        return secret.toString();
    }

    private static byte[] hmac(byte[] serverKey, UUID dossierId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(serverKey, "HmacSHA256"));
            return mac.doFinal(dossierId.toString().getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
