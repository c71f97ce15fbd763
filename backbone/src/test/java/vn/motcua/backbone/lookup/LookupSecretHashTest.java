package vn.motcua.backbone.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.runtime.LaunchMode;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LookupSecretHashTest {

    private static final byte[] KEY = "a test key".getBytes(StandardCharsets.UTF_8);
    private static final String CODE = "000.01.35.H51-220715-0001";
    private static final String SECRET = LookupSecretHash.format(new byte[] {
        (byte) 0x39, (byte) 0xaf, (byte) 0x11, (byte) 0xa6, (byte) 0x3b, 0, 0, 0, 0, 0});
    private static final String STORED = LookupSecretHash.of(KEY, CODE, SECRET);

    @Test
    void aSecretIsSixteenCrockfordSymbolsInFourGroupsThatIsEightyBits() {
        SecureRandom random = new SecureRandom();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            byte[] bits = new byte[LookupSecretHash.BYTES];
            random.nextBytes(bits);
            String secret = LookupSecretHash.format(bits);
            assertThat(secret).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}");
            seen.add(secret);
        }
        assertThat(seen).hasSize(1000);
        // 16 symbols of a 32-symbol alphabet: 16 * log2(32) = 80 bits
        assertThat(LookupSecretHash.ALPHABET).hasSize(32).doesNotContain("I", "L", "O", "U");
        assertThat(LookupSecretHash.BYTES * 8).isGreaterThanOrEqualTo(80);
        assertThat(LookupSecretHash.format(new byte[10])).isEqualTo("0000-0000-0000-0000");
        assertThat(LookupSecretHash.format(new byte[] {-1, -1, -1, -1, -1, -1, -1, -1, -1, -1}))
                .isEqualTo("ZZZZ-ZZZZ-ZZZZ-ZZZZ");
    }

    @Test
    void theSecretTypedInLowerCaseWithSpacesOrWithOForZeroAndIOrLForOneMatches() {
        assertThat(SECRET).isEqualTo("76QH-39HV-0000-0000");
        assertThat(LookupSecretHash.matches(KEY, STORED, CODE, SECRET)).isTrue();
        assertThat(LookupSecretHash.matches(KEY, STORED, CODE, "76qh39hv00000000")).isTrue();
        assertThat(LookupSecretHash.matches(KEY, STORED, CODE, "  76qh 39hv oooo OOOO ")).isTrue();
        assertThat(LookupSecretHash.matches(KEY, STORED, CODE, "76QH-39HV-0000-000")).isFalse();
        String withOnes = LookupSecretHash.format(new byte[] {8, 66, 16, -124, 33, 8, 66, 16, -124, 33});
        assertThat(withOnes).isEqualTo("1111-1111-1111-1111");
        assertThat(LookupSecretHash.matches(KEY, LookupSecretHash.of(KEY, CODE, withOnes), CODE, "iIlL-1111 1111-1111"))
                .isTrue();
    }

    @Test
    void anotherSecretAnotherCodeOrNothingDoesNot() {
        assertThat(LookupSecretHash.matches(KEY, STORED, CODE, "76QH-39HV-0000-0001")).isFalse();
        assertThat(LookupSecretHash.matches(KEY, STORED, CODE + "9", SECRET)).isFalse();
        assertThat(LookupSecretHash.matches(KEY, null, CODE, SECRET)).isFalse();
        assertThat(LookupSecretHash.matches(KEY, STORED, CODE, null)).isFalse();
        assertThat(LookupSecretHash.matches(KEY, LookupSecretHash.of(KEY, CODE, ""), CODE, " ")).isFalse();
    }

    @Test
    void theVerifierIsAnHmacThatDiffersPerKeyAndNeedsTheKeyToCheck() {
        assertThat(STORED).matches("hmac-sha256:[A-Za-z0-9_-]{43}").doesNotContain(SECRET);
        byte[] otherKey = "another key".getBytes(StandardCharsets.UTF_8);
        assertThat(LookupSecretHash.of(otherKey, CODE, SECRET)).isNotEqualTo(STORED);
        assertThat(LookupSecretHash.matches(otherKey, STORED, CODE, SECRET)).isFalse();
        // no bare hash of the secret: what a provincial system could brute-force without the key
        assertThat(STORED).isNotEqualTo(LookupSecretHash.legacy(CODE, SECRET));
    }

    @Test
    void aDossierFromBeforeTheKeyedVerifierStillVerifiesItsBareSha256() {
        // sha256("<code>:<secret>") as intake published it for its ten-character upper-case secrets
        String old = "sha256:" + java.util.HexFormat.of().formatHex(sha256(CODE + ":ABCD23EFGH"));
        assertThat(LookupSecretHash.isLegacy(old)).isTrue();
        assertThat(LookupSecretHash.matches(KEY, old, CODE, "ABCD23EFGH")).isTrue();
        assertThat(LookupSecretHash.matches(KEY, old, CODE, "abcd 23ef-gh")).isTrue();
        assertThat(LookupSecretHash.matches(KEY, old, CODE, "ABCD23EFGJ")).isFalse();
        assertThat(LookupSecretHash.matches(KEY, old, CODE + "9", "ABCD23EFGH")).isFalse();
    }

    @Test
    void theDemoKeyIsRefusedInProductionAndAcceptedInDevAndTest() {
        assertThatThrownBy(() -> LookupSecretKey.requireUsable(LookupSecretKey.DEMO_KEY, LaunchMode.NORMAL))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("MOTCUA_LOOKUP_SECRET_KEY");
        assertThatThrownBy(() -> LookupSecretKey.requireUsable(" ", LaunchMode.NORMAL))
                .isInstanceOf(IllegalStateException.class);
        LookupSecretKey.requireUsable(LookupSecretKey.DEMO_KEY, LaunchMode.TEST);
        LookupSecretKey.requireUsable(LookupSecretKey.DEMO_KEY, LaunchMode.DEVELOPMENT);
        LookupSecretKey.requireUsable("k3Jq9-a-real-random-key", LaunchMode.NORMAL);
    }

    private static byte[] sha256(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theOwnerHashIsTheKeyedHmacOfTheSubjectInHexAndOnlyThatSubjectMatchesIt() throws Exception {
        String subject = "5b7e1c1e-8a1f-4a47-9f39-0c1c5f3b2d10";
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(KEY, "HmacSHA256"));
        String expected = java.util.HexFormat.of().formatHex(mac.doFinal(subject.getBytes(StandardCharsets.UTF_8)));

        String owner = LookupSecretHash.owner(KEY, subject);

        assertThat(owner).isEqualTo(expected).matches("[0-9a-f]{64}");
        assertThat(LookupSecretHash.ownerMatches(KEY, owner, subject)).isTrue();
        assertThat(LookupSecretHash.ownerMatches(KEY, owner, subject + "x")).isFalse();
        assertThat(LookupSecretHash.ownerMatches("another key".getBytes(StandardCharsets.UTF_8), owner, subject))
                .isFalse();
        assertThat(LookupSecretHash.ownerMatches(KEY, null, subject)).isFalse();
        assertThat(LookupSecretHash.ownerMatches(KEY, LookupSecretHash.owner(KEY, ""), "")).isFalse();
        assertThat(LookupSecretHash.ownerMatches(KEY, owner, null)).isFalse();
    }
}
