package vn.motcua.backbone.lookup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The one way every service reads a lookup secret (mã tra cứu) a citizen types and checks it against the hash intake
 * publishes: {@code sha256:<hex of SHA-256("<dossierCode>:<normalised secret>")>}, the code acting as a salt.
 * Citizens type the secret in any case, with spaces or dashes between groups; all of them mean the same secret.
 */
public final class LookupSecretHash {

    private static final String PREFIX = "sha256:";

    private LookupSecretHash() {
    }

    /** The secret as hashed: without white space or dashes, upper case. */
    public static String normalised(String typed) {
        return typed.replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT);
    }

    /** The published hash of a dossier's secret. */
    public static String of(String dossierCode, String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((dossierCode + ":" + normalised(secret)).getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Whether {@code offered} is the secret whose hash is {@code stored}. Hashes even when nothing is stored, and
     * compares in constant time, so that neither the answer's time nor its content tells which codes exist.
     */
    public static boolean matches(String stored, String dossierCode, String offered) {
        String computed = of(dossierCode == null ? "" : dossierCode, offered == null ? "" : offered);
        boolean equal = MessageDigest.isEqual(computed.getBytes(StandardCharsets.US_ASCII),
                (stored == null ? "" : stored).getBytes(StandardCharsets.US_ASCII));
        return equal && stored != null && offered != null && !normalised(offered).isEmpty();
    }
}
