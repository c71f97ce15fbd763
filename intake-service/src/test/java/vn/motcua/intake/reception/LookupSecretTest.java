package vn.motcua.intake.reception;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.motcua.backbone.lookup.LookupSecretHash;

class LookupSecretTest {

    private static final byte[] KEY = "a test key".getBytes(StandardCharsets.UTF_8);

    @Test
    void theSecretIsSixteenCrockfordSymbolsInFourGroupsAndTheSameForTheSameDossier() {
        UUID dossier = UUID.randomUUID();
        String secret = LookupSecret.derive(KEY, dossier);
        assertThat(secret).hasSize(19).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}");
        assertThat(LookupSecret.derive(KEY, dossier)).isEqualTo(secret);
    }

    @Test
    void anotherDossierOrAnotherKeyGivesAnotherSecret() {
        UUID dossier = UUID.randomUUID();
        Set<String> secrets = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            secrets.add(LookupSecret.derive(KEY, UUID.randomUUID()));
        }
        assertThat(secrets).hasSize(1000);
        assertThat(LookupSecret.derive("another key".getBytes(StandardCharsets.UTF_8), dossier))
                .isNotEqualTo(LookupSecret.derive(KEY, dossier));
    }

    @Test
    void onlyTheVerifierIsKeptAndItVerifiesTheSecretAsACitizenTypesIt() {
        String code = "000.00.61.H92-260310-0001";
        String secret = LookupSecret.derive(KEY, UUID.randomUUID());
        String verifier = LookupSecretHash.of(KEY, code, secret);
        assertThat(verifier).startsWith("hmac-sha256:").doesNotContain(secret);
        assertThat(LookupSecretHash.matches(KEY, verifier, code, " " + secret.toLowerCase().replace('0', 'o') + " "))
                .isTrue();
        // the code salts the verifier: the same secret on another dossier does not match
        assertThat(LookupSecretHash.matches(KEY, verifier, "000.00.61.H92-260310-0002", secret)).isFalse();
    }

    @Test
    void aDossierFromBeforeKeepsItsTenCharacterSecret() {
        UUID dossier = UUID.randomUUID();
        assertThat(LookupSecret.deriveLegacy(KEY, dossier)).matches("[A-HJKMNP-Z2-9]{10}")
                .isEqualTo(LookupSecret.deriveLegacy(KEY, dossier));
    }

    @Test
    void aNewDossierGetsTheKeyedVerifierAndAnOldOnesReceiptStillReprintsItsSecret() {
        LookupSecrets secrets = new LookupSecrets("a test key", new vn.motcua.backbone.lookup.LookupSecretKey("a test key"));
        Dossier fresh = new Dossier();
        fresh.id = UUID.randomUUID();
        fresh.code = "000.00.61.H92-260310-0003";
        String secret = secrets.issue(fresh);
        assertThat(fresh.lookupSecretHash).startsWith("hmac-sha256:");
        assertThat(secrets.of(fresh)).contains(secret);
        assertThat(secrets.matches(fresh, secret.toLowerCase().replace("-", " "))).isTrue();

        Dossier old = new Dossier();
        old.id = UUID.randomUUID();
        old.code = "000.00.61.H92-220310-0001";
        String oldSecret = LookupSecret.deriveLegacy(KEY, old.id);
        old.lookupSecretHash = "sha256:" + java.util.HexFormat.of().formatHex(sha256(old.code + ":" + oldSecret));
        assertThat(secrets.of(old)).contains(oldSecret);
        assertThat(secrets.matches(old, oldSecret.toLowerCase())).isTrue();
        assertThat(secrets.matches(old, secret)).isFalse();
    }

    private static byte[] sha256(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
