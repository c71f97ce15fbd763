package vn.motcua.intake.reception;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.motcua.intake.Fixtures;
import vn.motcua.testsupport.TestTokens;

/**
 * Issue 19 item 4: citizen accounts are optional. A signed-in citizen's online submissions are linked to the
 * account and listed for that citizen only; without an account the dossier belongs to nobody and the lookup
 * by code and secret is what the citizen has.
 */
@QuarkusTest
class MyDossiersTest {

    @Test
    void aCitizenSeesOnlyTheDossiersSubmittedFromTheirOwnAccount() {
        String lan = citizen("lan-" + UUID.randomUUID());
        String minh = citizen("minh-" + UUID.randomUUID());
        String lansFirst = submit(lan);
        String lansSecond = submit(lan);
        String minhs = submit(minh);
        String anonymous = submit(null);

        given().header("Authorization", lan).get("/api/v1/me/dossiers").then().statusCode(200)
                .body("code", containsInAnyOrder(lansSecond, lansFirst))
                .body("status", containsInAnyOrder("SUBMITTED_ONLINE", "SUBMITTED_ONLINE"))
                .body("[0].unitCode", equalTo(Fixtures.LONG_PHU_COMMUNE)).body("[1].unitCode", equalTo(Fixtures.LONG_PHU_COMMUNE))
                // no personal data, no secret in the list
                .body("[0].applicant", equalTo(null)).body("[0].lookupSecret", equalTo(null));
        given().header("Authorization", minh).get("/api/v1/me/dossiers").then().statusCode(200)
                .body("code", containsInAnyOrder(minhs)).body("code", not(hasItem(anonymous)));
        given().header("Authorization", citizen("nobody-" + UUID.randomUUID())).get("/api/v1/me/dossiers")
                .then().statusCode(200).body("", empty());
    }

    @Test
    void aStaffMembersSubmissionIsNotLinkedAndStaffHaveNoCitizenList() {
        String desk = TestTokens.user("frontdesk.me").roles("front-desk").unit(Fixtures.LONG_PHU_COMMUNE).bearer();
        submit(desk);
        given().header("Authorization", desk).get("/api/v1/me/dossiers").then().statusCode(403)
                .contentType("application/problem+json");
        given().get("/api/v1/me/dossiers").then().statusCode(401);
    }

    private static String citizen(String username) {
        return TestTokens.user(username).roles("citizen").bearer();
    }

    /** Submits online, with the bearer when given; returns the code. */
    private static String submit(String bearer) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("unitCode", Fixtures.LONG_PHU_COMMUNE);
        body.put("procedureCode", "1.004873");
        body.put("applicant", Fixtures.person());
        body.put("components", List.of(Fixtures.component(1, 1, 0)));
        var request = given().contentType(ContentType.JSON).body(body);
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        return request.post("/api/v1/online/dossiers").then().statusCode(201).extract().path("code");
    }
}
