package vn.motcua.workflow.rest;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.workflow.testing.TestDossiers;
import vn.motcua.workflow.testing.TestDossiers.Announced;

/** The secret printed on the receipt works however the citizen types it, as it does at intake. */
@QuarkusTest
class LookupSecretTypingTest {

    @Test
    void theSecretTypedInAnotherCaseWithSpacesAroundFindsTheDossier() {
        Announced dossier = TestDossiers.received("31645", Instant.parse("2026-12-20T10:00:00Z"));
        for (String typed : new String[] {dossier.secret().toUpperCase(), "  " + dossier.secret() + " "}) {
            TestDossiers.citizen().body(Map.of("code", dossier.code(), "secret", typed))
                    .post("/api/v1/public/status").then().statusCode(200).body("code", equalTo(dossier.code()));
        }
        TestDossiers.citizen().body(Map.of("code", dossier.code(), "secret", dossier.secret() + "x"))
                .post("/api/v1/public/status").then().statusCode(404);
    }
}
