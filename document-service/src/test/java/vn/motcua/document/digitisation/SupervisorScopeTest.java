package vn.motcua.document.digitisation;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.motcua.document.testing.Officers;
import vn.motcua.document.testing.TestDossiers;
import vn.motcua.document.testing.TestPdfs;
import vn.motcua.testsupport.UnitEvents;

/**
 * A district's supervisor sees the digitisation of the district's communes; another district's
 * supervisor, and the district's own leader, do not (units from motcua.reference, like intake's).
 */
@QuarkusTest
class SupervisorScopeTest {

    private static final String PROVINCE = "78";
    private static final String DISTRICT = "781";
    private static final String OTHER_DISTRICT = "782";
    private static final String COMMUNE = "78101";

    @Test
    void aDistrictSupervisorSeesItsCommunesDigitisationAndNobodyElseDoes() {
        UnitEvents.publish(PROVINCE, "PROVINCE", null);
        UnitEvents.publish(DISTRICT, "DISTRICT", PROVINCE);
        UnitEvents.publish(OTHER_DISTRICT, "DISTRICT", PROVINCE);
        UnitEvents.publish(COMMUNE, "COMMUNE", DISTRICT);
        String dossier = TestDossiers.received(COMMUNE, "ho-tich", null);
        given().header("Authorization", Officers.frontDesk(COMMUNE)).contentType("application/octet-stream")
                .body(TestPdfs.withText("Tờ khai khai sinh")).queryParam("provenance", "DIGITISED_AT_RECEPTION")
                .queryParam("dossierCode", dossier).queryParam("component", "Tờ khai")
                .post("/api/v1/files").then().statusCode(201);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .header("Authorization", Officers.supervisor(DISTRICT)).get("/api/v1/digitisation")
                .then().statusCode(200).body("find { it.fieldCode == 'ho-tich' }.componentsDigitised", org.hamcrest.Matchers.equalTo(1)));
        given().header("Authorization", Officers.supervisor(PROVINCE)).get("/api/v1/digitisation")
                .then().statusCode(200).body("find { it.fieldCode == 'ho-tich' }.componentsDigitised", org.hamcrest.Matchers.equalTo(1));
        given().header("Authorization", Officers.frontDesk(COMMUNE)).get("/api/v1/digitisation")
                .then().statusCode(200).body("find { it.fieldCode == 'ho-tich' }.componentsDigitised", org.hamcrest.Matchers.equalTo(1));

        given().header("Authorization", Officers.supervisor(OTHER_DISTRICT)).get("/api/v1/digitisation")
                .then().statusCode(200).body("$", empty());
        given().header("Authorization", Officers.leader(DISTRICT)).get("/api/v1/digitisation")
                .then().statusCode(200).body("$", empty());
    }
}
