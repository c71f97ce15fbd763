package vn.motcua.workflow.rest;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
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

    @Test
    void anEightyBitSecretTypedWithoutDashesInLowerCaseWithOForZeroFindsTheDossier() {
        Announced plain = TestDossiers.newDossier("31645", Instant.parse("2026-12-20T10:00:00Z"));
        Announced dossier = new Announced(plain.id(), plain.code(), plain.unitCode(), "7KQ2-M9X0-4TNB-8RH1",
                plain.dueAt(), plain.procedureCode(), null, null);
        String eventId = UUID.randomUUID().toString();
        TestDossiers.send(dossier, eventId);
        TestDossiers.awaitProcessed(eventId);
        for (String typed : new String[] {"7KQ2-M9X0-4TNB-8RH1", "7kq2m9xo4tnb8rhl", " 7kq2 m9xO 4tnb 8rhi "}) {
            TestDossiers.citizen().body(Map.of("code", dossier.code(), "secret", typed))
                    .post("/api/v1/public/status").then().statusCode(200).body("code", equalTo(dossier.code()));
        }
        TestDossiers.citizen().body(Map.of("code", dossier.code(), "secret", "7KQ2-M9X0-4TNB-8RH2"))
                .post("/api/v1/public/status").then().statusCode(404);
    }

    @Test
    void aDossierReceivedWithTheFormerBareSha256StillFindsItsSecret() throws Exception {
        Announced plain = TestDossiers.newDossier("31645", Instant.parse("2026-12-20T10:00:00Z"));
        Announced dossier = new Announced(plain.id(), plain.code(), plain.unitCode(), "ABCD23EFGH",
                plain.dueAt(), plain.procedureCode(), null, null);
        String old = "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest((dossier.code() + ":ABCD23EFGH").getBytes(StandardCharsets.UTF_8)));
        String eventId = UUID.randomUUID().toString();
        TestDossiers.send(dossier, eventId, old);
        TestDossiers.awaitProcessed(eventId);
        TestDossiers.citizen().body(Map.of("code", dossier.code(), "secret", "abcd 23ef gh"))
                .post("/api/v1/public/status").then().statusCode(200).body("code", equalTo(dossier.code()));
        TestDossiers.citizen().body(Map.of("code", dossier.code(), "secret", "ABCD23EFGJ"))
                .post("/api/v1/public/status").then().statusCode(404);
    }
}
