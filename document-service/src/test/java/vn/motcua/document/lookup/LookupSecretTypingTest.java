package vn.motcua.document.lookup;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import vn.motcua.document.testing.Officers;
import vn.motcua.document.testing.TestDossiers;

/** The result lookup reads the secret as intake and workflow do: any case, spaces and dashes ignored, O for 0. */
@QuarkusTest
class LookupSecretTypingTest {

    @Test
    void theEightyBitSecretTypedInLowerCaseWithSpacesAndOForZeroOpensTheResults() {
        String dossier = TestDossiers.received(Officers.COMMUNE, "ho-tich", "7KQ2-M9X0-4TNB-8RH1");
        for (String typed : new String[] {"7KQ2-M9X0-4TNB-8RH1", "7kq2m9xo4tnb8rhl", "  7kq2 m9xO-4tnb 8rhi "}) {
            given().header("Lookup-Secret", typed).get("/api/v1/lookup/dossiers/{code}/results", dossier)
                    .then().statusCode(200);
        }
        given().header("Lookup-Secret", "7KQ2-M9X0-4TNB-8RH2").get("/api/v1/lookup/dossiers/{code}/results", dossier)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aDossierReceivedWithTheFormerBareSha256StillOpensItsResults() {
        String dossier = TestDossiers.receivedWithVerifier(Officers.COMMUNE, "ho-tich",
                code -> "sha256:" + HexFormat.of().formatHex(sha256(code + ":ABCD23EFGH")));
        for (String typed : new String[] {"ABCD23EFGH", "abcd23efgh", "  abcd-23ef-gh "}) {
            given().header("Lookup-Secret", typed).get("/api/v1/lookup/dossiers/{code}/results", dossier)
                    .then().statusCode(200);
        }
        given().header("Lookup-Secret", "abcd23efgj").get("/api/v1/lookup/dossiers/{code}/results", dossier)
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
