package vn.motcua.intake.reception;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.http.ContentType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.motcua.backbone.lookup.LookupSecretKey;
import vn.motcua.contracts.EventType;
import vn.motcua.contracts.Topics;
import vn.motcua.intake.Fixtures;
import vn.motcua.testsupport.KafkaTestClient;
import vn.motcua.testsupport.PublishedEvents;
import vn.motcua.testsupport.TestTokens;

/**
 * Issue 19 item 4: citizen accounts are optional. A signed-in citizen's online submissions are linked to the
 * account and listed for that citizen only; without an account the dossier belongs to nobody and the lookup
 * by code and secret is what the citizen has.
 */
@QuarkusTest
class MyDossiersTest {

    @Inject
    LookupSecretKey lookupKey;

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

    /** Issue 19: document-service serves the account's electronic results from the event, without the subject. */
    @Test
    void aSignedInSubmissionNamesTheAccountOnlyByItsKeyedHash() throws Exception {
        String username = "hoa-" + UUID.randomUUID();
        KafkaTestClient.Position from = PublishedEvents.mark(Topics.DOSSIER);
        String signedIn = submittedId(citizen(username));
        String anonymous = submittedId(null);

        String event = PublishedEvents.await(from, EventType.DOSSIER_SUBMITTED_ONLINE, signedIn, 1).get(0).value();
        JsonNode payload = new ObjectMapper().readTree(event);
        assertThat(payload.path("ownerHash").asText()).matches("[0-9a-f]{64}")
                .isEqualTo(lookupKey.ownerHash(TestTokens.subjectOf(username)));
        assertThat(lookupKey.isOwner(payload.path("ownerHash").asText(), TestTokens.subjectOf(username))).isTrue();
        assertThat(event).doesNotContain(TestTokens.subjectOf(username)).doesNotContain(username);
        JsonNode withoutAccount = new ObjectMapper().readTree(
                PublishedEvents.await(from, EventType.DOSSIER_SUBMITTED_ONLINE, anonymous, 1).get(0).value());
        assertThat(withoutAccount.path("ownerHash").isNull() || withoutAccount.path("ownerHash").isMissingNode())
                .as("ownerHash of a submission without an account: %s", withoutAccount).isTrue();
    }

    private static String citizen(String username) {
        return TestTokens.user(username).roles("citizen").bearer();
    }

    /** Submits online, with the bearer when given; returns the code. */
    private static String submit(String bearer) {
        return submission(bearer).extract().path("code");
    }

    /** Submits online, with the bearer when given; returns the dossier id (the events' key). */
    private static String submittedId(String bearer) {
        return submission(bearer).extract().path("id");
    }

    private static io.restassured.response.ValidatableResponse submission(String bearer) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("unitCode", Fixtures.LONG_PHU_COMMUNE);
        body.put("procedureCode", "1.004873");
        body.put("applicant", Fixtures.person());
        body.put("components", List.of(Fixtures.component(1, 1, 0)));
        var request = given().contentType(ContentType.JSON).body(body);
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        return request.post("/api/v1/online/dossiers").then().statusCode(201);
    }
}
