package vn.motcua.intake.reception;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static vn.motcua.intake.Fixtures.LONG_PHU_COMMUNE;
import static vn.motcua.intake.Fixtures.frontDesk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.contracts.EventType;
import vn.motcua.contracts.Topics;
import vn.motcua.intake.Events;
import vn.motcua.intake.Fixtures;
import vn.motcua.intake.MutableClock;
import vn.motcua.testsupport.KafkaTestClient;

/** Online submission without a token, then the desk's decision; the code is kept throughout. */
@QuarkusTest
class OnlineSubmissionTest {

    static final String SECRET_FORM = "[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}";

    @Inject
    vn.motcua.backbone.lookup.LookupSecretKey lookupKey;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static Map<String, Object> submission(List<Map<String, Object>> components) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("unitCode", LONG_PHU_COMMUNE);
        body.put("procedureCode", "1.004873"); // certificate of marital status: full online, 3 working days
        body.put("applicant", Fixtures.person());
        body.put("components", components);
        return body;
    }

    private static ExtractableResponse<Response> submit(String key) {
        var request = given().contentType(ContentType.JSON).body(submission(List.of(Fixtures.component(1, 1, 0))));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post("/api/v1/online/dossiers").then().statusCode(201).extract();
    }

    @Test
    void aCitizenSubmitsWithoutATokenAndTheClockStartsWhenTheDeskAccepts() throws Exception {
        clock.setVietnamTime(LocalDateTime.of(2026, 3, 20, 21, 15)); // Friday evening
        KafkaTestClient.Position from = Events.position(Topics.DOSSIER);
        var submitted = given().contentType(ContentType.JSON).body(submission(List.of(Fixtures.component(1, 1, 0))))
                .post("/api/v1/online/dossiers").then().statusCode(201)
                .body("status", equalTo("SUBMITTED_ONLINE"))
                .body("code", matchesPattern("000\\.00\\.61\\.H92-260320-\\d{4}"))
                .body("lookupSecret", matchesPattern(SECRET_FORM))
                .body("applicant", org.hamcrest.Matchers.nullValue())
                .extract();
        String id = submitted.path("id");
        String code = submitted.path("code");
        JsonNode online = JSON.readTree(Events.one(from, id, EventType.DOSSIER_SUBMITTED_ONLINE.type()).value());
        assertThat(online.path("dossierCode").asText()).isEqualTo(code);
        assertThat(online.path("supplement").asBoolean()).isFalse();
        assertThat(online.path("nationalStatus").asInt()).isEqualTo(1); // mới đăng ký
        assertThat(online.path("lookupSecretHash").asText())
                .isEqualTo(lookupKey.verifier(code, submitted.path("lookupSecret")));

        clock.setVietnamTime(LocalDateTime.of(2026, 3, 23, 8, 0)); // Monday
        KafkaTestClient.Position beforeAcceptance = Events.position(Topics.DOSSIER);
        given().header("Authorization", frontDesk(LONG_PHU_COMMUNE)).post("/api/v1/dossiers/" + id + "/accept")
                .then().statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("code", equalTo(code))
                .body("channel", equalTo("ONLINE"))
                .body("receivedAt", equalTo("2026-03-23T01:00:00Z"))
                .body("dueAt", equalTo("2026-03-26T01:00:00Z")); // three working days from Monday 08:00
        JsonNode received = JSON.readTree(Events.one(beforeAcceptance, id, EventType.DOSSIER_RECEIVED.type()).value());
        assertThat(received.path("dossierCode").asText()).isEqualTo(code);
        assertThat(received.path("channel").asText()).isEqualTo("ONLINE");
        assertThat(received.path("nationalStatus").asInt()).isEqualTo(2);
        assertThat(received.path("receivedAt").asText()).isEqualTo("2026-03-23T01:00:00Z");

        // the desk cannot accept it twice
        given().header("Authorization", frontDesk(LONG_PHU_COMMUNE)).post("/api/v1/dossiers/" + id + "/accept")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aSupplementRequestedByTheDeskIsSentOnlineWithTheSameCode() throws Exception {
        clock.setVietnamTime(LocalDateTime.of(2026, 3, 24, 10, 0));
        var submitted = submit(null);
        String id = submitted.path("id");
        String code = submitted.path("code");
        String secret = submitted.path("lookupSecret");

        KafkaTestClient.Position from = Events.position(Topics.DOSSIER);
        given().header("Authorization", frontDesk(LONG_PHU_COMMUNE)).contentType(ContentType.JSON)
                .body(Map.of("missingComponents", List.of(1), "note", "Tờ khai thiếu chữ ký"))
                .post("/api/v1/dossiers/" + id + "/request-supplement").then().statusCode(200)
                .body("status", equalTo("SUPPLEMENT_REQUESTED"));
        JsonNode incomplete = JSON.readTree(Events.one(from, id, EventType.DOSSIER_INCOMPLETE.type()).value());
        assertThat(incomplete.path("dossierCode").asText()).isEqualTo(code);
        assertThat(incomplete.path("channel").asText()).isEqualTo("ONLINE");
        assertThat(incomplete.path("nationalStatus").asInt()).isEqualTo(5); // yêu cầu bổ sung

        Map<String, Object> supplement = Map.of("lookupSecret", secret, "components", List.of(Fixtures.component(1, 1, 0)));
        given().contentType(ContentType.JSON).body(Map.of("lookupSecret", "WRONGSECRT", "components",
                List.of(Fixtures.component(1, 1, 0)))).post("/api/v1/online/dossiers/" + code + "/supplement")
                .then().statusCode(404);
        KafkaTestClient.Position beforeSupplement = Events.position(Topics.DOSSIER);
        given().contentType(ContentType.JSON).body(supplement).post("/api/v1/online/dossiers/" + code + "/supplement")
                .then().statusCode(200).body("code", equalTo(code)).body("status", equalTo("SUBMITTED_ONLINE"));
        JsonNode again = JSON.readTree(Events.one(beforeSupplement, id, EventType.DOSSIER_SUBMITTED_ONLINE.type()).value());
        assertThat(again.path("supplement").asBoolean()).isTrue();
        assertThat(again.path("nationalStatus").asInt()).isEqualTo(1);
        assertThat(again.path("dossierCode").asText()).isEqualTo(code);
        // a second supplement without a request is refused
        given().contentType(ContentType.JSON).body(supplement).post("/api/v1/online/dossiers/" + code + "/supplement")
                .then().statusCode(409);

        given().header("Authorization", frontDesk(LONG_PHU_COMMUNE)).post("/api/v1/dossiers/" + id + "/accept")
                .then().statusCode(200).body("code", equalTo(code));
    }

    @Test
    void theDeskRefusesAnOnlineDossierWithAReason() throws Exception {
        clock.setVietnamTime(LocalDateTime.of(2026, 3, 25, 14, 0));
        String id = submit(null).path("id");
        KafkaTestClient.Position from = Events.position(Topics.DOSSIER);
        given().header("Authorization", frontDesk(LONG_PHU_COMMUNE)).contentType(ContentType.JSON)
                .body(Map.of("reason", "Không thuộc thẩm quyền giải quyết của xã")).post("/api/v1/dossiers/" + id + "/refuse")
                .then().statusCode(200).body("status", equalTo("REFUSED"));
        JsonNode refused = JSON.readTree(Events.one(from, id, EventType.DOSSIER_REFUSED.type()).value());
        assertThat(refused.path("channel").asText()).isEqualTo("ONLINE");
        assertThat(refused.path("dossierCode").asText()).isNotBlank();
        // another unit's desk cannot touch it
        given().header("Authorization", frontDesk(Fixtures.DAI_NGAI)).contentType(ContentType.JSON)
                .body(Map.of("reason", "x")).post("/api/v1/dossiers/" + id + "/refuse").then().statusCode(404);
    }

    @Test
    void aRetriedOnlineSubmissionReturnsTheSameDossierAndSecret() {
        clock.setVietnamTime(LocalDateTime.of(2026, 3, 26, 9, 0));
        String key = UUID.randomUUID().toString();
        var first = submit(key);
        var retry = submit(key);
        assertThat(retry.<String>path("id")).isEqualTo(first.path("id"));
        assertThat(retry.<String>path("code")).isEqualTo(first.path("code"));
        assertThat(retry.<String>path("lookupSecret")).isEqualTo(first.path("lookupSecret"));
        assertThat(retry.<Boolean>path("replayed")).isTrue();
    }

    @Test
    void aStaleViewCannotAcceptIfMatchIsSent() {
        clock.setVietnamTime(LocalDateTime.of(2026, 3, 27, 9, 0));
        String id = submit(null).path("id");
        String etag = given().header("Authorization", frontDesk(LONG_PHU_COMMUNE)).get("/api/v1/dossiers/" + id)
                .then().statusCode(200).extract().header("ETag");
        given().header("Authorization", frontDesk(LONG_PHU_COMMUNE)).contentType(ContentType.JSON)
                .body(Map.of("missingComponents", List.of(1))).post("/api/v1/dossiers/" + id + "/request-supplement")
                .then().statusCode(200);
        given().header("Authorization", frontDesk(LONG_PHU_COMMUNE)).header("If-Match", etag)
                .post("/api/v1/dossiers/" + id + "/accept").then().statusCode(412);
    }
}
