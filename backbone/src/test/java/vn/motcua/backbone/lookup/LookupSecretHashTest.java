package vn.motcua.backbone.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LookupSecretHashTest {

    private static final String CODE = "000.01.35.H51-220715-0001";
    private static final String STORED = LookupSecretHash.of(CODE, "ABCD23EFGH");

    @Test
    void theSecretTypedInLowerCaseWithSpacesOrDashesMatches() {
        assertThat(LookupSecretHash.matches(STORED, CODE, "ABCD23EFGH")).isTrue();
        assertThat(LookupSecretHash.matches(STORED, CODE, "abcd23efgh")).isTrue();
        assertThat(LookupSecretHash.matches(STORED, CODE, "  abcd 23ef gh ")).isTrue();
        assertThat(LookupSecretHash.matches(STORED, CODE, "ABCD2-3EFGH")).isTrue();
    }

    @Test
    void anotherSecretAnotherCodeOrNothingDoesNot() {
        assertThat(LookupSecretHash.matches(STORED, CODE, "ABCD23EFGJ")).isFalse();
        assertThat(LookupSecretHash.matches(STORED, CODE + "9", "ABCD23EFGH")).isFalse();
        assertThat(LookupSecretHash.matches(null, CODE, "ABCD23EFGH")).isFalse();
        assertThat(LookupSecretHash.matches(STORED, CODE, null)).isFalse();
        assertThat(LookupSecretHash.matches(LookupSecretHash.of(CODE, ""), CODE, " ")).isFalse();
    }

    @Test
    void theHashIsTheOnePublishedSoFar() {
        // sha256("<code>:<secret>") as intake has always published it for its upper-case secrets
        assertThat(STORED).isEqualTo("sha256:" + java.util.HexFormat.of().formatHex(sha256(CODE + ":ABCD23EFGH")));
    }

    private static byte[] sha256(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
