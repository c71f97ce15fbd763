package vn.motcua.backbone.lookup;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The one way every service writes, reads and checks a lookup secret (mã tra cứu) printed on a receipt.
 *
 * <p>A secret is 16 characters of Crockford's base32 in four groups, {@code 7KQ2-M9XD-4TNB-8RHW}: 80 bits, read
 * aloud and typed without look-alikes. Citizens type it in any case, with or without spaces or dashes, and the
 * letters O, I and L for the digits 0, 1, 1 (Crockford's decoding rules); all of these mean the same secret.
 *
 * <p>What intake stores and publishes is a keyed verifier, {@code hmac-sha256:<base64url of
 * HMAC-SHA256(key, "<dossierCode>:<normalised secret>")>} under the platform's shared
 * {@code motcua.lookup.secret-key}: whoever reads {@code DossierReceived} without the key cannot try secrets
 * against it. Dossiers received before it carry {@code sha256:<hex of SHA-256("<dossierCode>:<secret>")>}
 * (ten-character secrets); those still verify.
 */
public final class LookupSecretHash {

    /** Crockford's base32 alphabet: digits and letters without I, L, O and U. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    /** Bytes of randomness in a secret: 80 bits, 16 symbols of 5 bits. */
    public static final int BYTES = 10;
    static final String HMAC_PREFIX = "hmac-sha256:";
    static final String LEGACY_PREFIX = "sha256:";

    private LookupSecretHash() {
    }

    /**
     * The secret as printed for 10 bytes of key-derived randomness: 16 symbols in four groups of four.
     */
    public static String format(byte[] bits80) {
        if (bits80.length < BYTES) {
            throw new IllegalArgumentException("a lookup secret needs " + BYTES + " bytes");
        }
        StringBuilder secret = new StringBuilder(19);
        int buffer = 0;
        int bits = 0;
        int symbols = 0;
        for (int i = 0; i < BYTES; i++) {
            buffer = (buffer << 8) | Byte.toUnsignedInt(bits80[i]);
            bits += 8;
            while (bits >= 5) {
                bits -= 5;
                if (symbols > 0 && symbols % 4 == 0) {
                    secret.append('-');
                }
                secret.append(ALPHABET.charAt((buffer >>> bits) & 31));
                symbols++;
            }
        }
        return secret.toString();
    }

    /**
     * The secret as verified: without white space or dashes, upper case, O read as 0 and I, L as 1.
     */
    public static String normalised(String typed) {
        return typed.replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT)
                .replace('O', '0').replace('I', '1').replace('L', '1');
    }

    /** The verifier intake stores and publishes for a dossier's secret, under the shared key. */
    public static String of(byte[] key, String dossierCode, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] tag = mac.doFinal((dossierCode + ":" + normalised(secret)).getBytes(StandardCharsets.UTF_8));
            return HMAC_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The owner hash of a citizen account: HMAC-SHA256 under the shared key of the token's subject (UTF-8), in lower
     * case hex. Events carry it instead of the subject, so that only the services holding the key can tell whose a
     * dossier is, and nothing outside them can link dossiers to an account.
     */
    public static String owner(byte[] key, String subject) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(subject.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code stored} is the owner hash of {@code subject}; false when either is missing, in constant time. */
    public static boolean ownerMatches(byte[] key, String stored, String subject) {
        String computed = owner(key, subject == null ? "" : subject);
        boolean equal = MessageDigest.isEqual(computed.getBytes(StandardCharsets.US_ASCII),
                (stored == null ? "" : stored).getBytes(StandardCharsets.US_ASCII));
        return equal && stored != null && subject != null && !subject.isBlank();
    }

    /** The bare hash published before the keyed verifier; only to check old dossiers' secrets. */
    static String legacy(String dossierCode, String secret) {
        try {
            // the old secrets have no 0, O, 1, I or L, so the current normalisation reads them as before
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((dossierCode + ":" + normalised(secret)).getBytes(StandardCharsets.UTF_8));
            return LEGACY_PREFIX + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a stored verifier is the old bare hash of a ten-character secret. */
    public static boolean isLegacy(String stored) {
        return stored != null && stored.startsWith(LEGACY_PREFIX);
    }

    /**
     * Whether {@code offered} is the secret whose verifier is {@code stored} (either form). Computes a verifier even
     * when nothing is stored, and compares in constant time, so that neither the answer's time nor its content tells
     * which codes exist.
     */
    public static boolean matches(byte[] key, String stored, String dossierCode, String offered) {
        String code = dossierCode == null ? "" : dossierCode;
        String typed = offered == null ? "" : offered;
        String computed = isLegacy(stored) ? legacy(code, typed) : of(key, code, typed);
        boolean equal = MessageDigest.isEqual(computed.getBytes(StandardCharsets.US_ASCII),
                (stored == null ? "" : stored).getBytes(StandardCharsets.US_ASCII));
        return equal && stored != null && offered != null && !normalised(offered).isEmpty();
    }
}
