package vn.motcua.intake.reception;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LookupSecretTest {

    private static final byte[] KEY = "a test key".getBytes(StandardCharsets.UTF_8);

    @Test
    void theSecretIsTenUnambiguousCharactersAndTheSameForTheSameDossier() {
        UUID dossier = UUID.randomUUID();
        String secret = LookupSecret.derive(KEY, dossier);
        assertThat(secret).hasSize(10).matches("[A-HJKMNP-Z2-9]{10}");
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
    void onlyTheHashIsKeptAndItVerifiesTheSecretAsACitizenTypesIt() {
        String code = "000.00.61.H92-260310-0001";
        String hash = LookupSecret.hash(code, "ABCD23EFGH");
        assertThat(hash).matches("sha256:[0-9a-f]{64}").doesNotContain("ABCD23EFGH");
        assertThat(LookupSecret.matches(hash, code, "abcd 23ef gh")).isTrue();
        assertThat(LookupSecret.matches(hash, code, "ABCD23EFGJ")).isFalse();
        // the code salts the hash: the same secret on another dossier does not match
        assertThat(LookupSecret.matches(hash, "000.00.61.H92-260310-0002", "ABCD23EFGH")).isFalse();
    }
}
