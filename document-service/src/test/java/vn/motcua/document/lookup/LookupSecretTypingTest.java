package vn.motcua.document.lookup;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.motcua.document.testing.Officers;
import vn.motcua.document.testing.TestDossiers;

/** The result lookup reads the secret as intake and workflow do: any case, spaces and dashes ignored. */
@QuarkusTest
class LookupSecretTypingTest {

    @Test
    void theSecretTypedInLowerCaseWithSpacesAndDashesOpensTheResults() {
        String dossier = TestDossiers.received(Officers.COMMUNE, "ho-tich", "ABCD23EFGH");
        for (String typed : new String[] {"ABCD23EFGH", "abcd23efgh", "  abcd-23ef-gh "}) {
            given().header("Lookup-Secret", typed).get("/api/v1/lookup/dossiers/{code}/results", dossier)
                    .then().statusCode(200);
        }
        given().header("Lookup-Secret", "abcd23efgj").get("/api/v1/lookup/dossiers/{code}/results", dossier)
                .then().statusCode(404).contentType("application/problem+json");
    }
}
