package vn.motcua.intake.reception;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static vn.motcua.intake.Fixtures.LONG_PHU_COMMUNE;
import static vn.motcua.intake.Fixtures.LONG_PHU_DISTRICT;
import static vn.motcua.intake.Fixtures.birthRegistration;
import static vn.motcua.intake.Fixtures.frontDesk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.contracts.EventType;
import vn.motcua.contracts.Topics;
import vn.motcua.intake.Events;
import vn.motcua.intake.Fixtures;
import vn.motcua.intake.MutableClock;
import vn.motcua.testsupport.KafkaTestClient;

/** Reception at the desk: each outcome, its event, and the rules of codes, due dates and idempotency. */
@QuarkusTest
class DeskReceptionTest {

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

    static ValidatableResponse receive(String unit, Map<String, Object> body) {
        return given().header("Authorization", frontDesk(unit)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/dossiers").then();
    }

    private static int sequenceOf(String code) {
        return DossierCode.parse(code).sequence();
    }

    @Test
    void anAcceptedBirthRegistrationGetsItsCodeDueDateAndSecretAndIsAnnouncedWithoutPersonalData() throws Exception {
        clock.setVietnamTime(LocalDateTime.of(2026, 3, 10, 9, 0));
        KafkaTestClient.Position from = Events.position(Topics.DOSSIER);

        var response = receive(LONG_PHU_COMMUNE, birthRegistration()).statusCode(201)
                .body("dossier.status", equalTo("ACCEPTED"))
                .body("dossier.code", matchesPattern("000\\.00\\.61\\.H92-260310-\\d{4}"))
                .body("dossier.receivedAt", equalTo("2026-03-10T02:00:00Z"))
                // on receipt, cut-off 15:00: due at closing time the same day (17:00 in Viet Nam)
                .body("dossier.dueAt", equalTo("2026-03-10T10:00:00Z"))
                .body("dossier.procedureName", equalTo("Đăng ký khai sinh"))
                .body("dossier.applicant.phone", equalTo("0912345678"))
                .body("lookupSecret", matchesPattern(SECRET_FORM))
                .body("replayed", equalTo(false))
                .extract();
        String id = response.path("dossier.id");
        String code = response.path("dossier.code");
        String secret = response.path("lookupSecret");

        ConsumerRecord<String, String> event = Events.one(from, id, EventType.DOSSIER_RECEIVED.type());
        JsonNode payload = JSON.readTree(event.value());
        assertThat(payload.path("dossierCode").asText()).isEqualTo(code);
        assertThat(payload.path("unitCode").asText()).isEqualTo(LONG_PHU_COMMUNE);
        assertThat(payload.path("procedureCode").asText()).isEqualTo("1.001193");
        assertThat(payload.path("procedureVersion").asInt()).isEqualTo(1);
        assertThat(payload.path("fieldCode").asText()).isEqualTo("ho-tich");
        assertThat(payload.path("level").asText()).isEqualTo("COMMUNE");
        assertThat(payload.path("channel").asText()).isEqualTo("IN_PERSON");
        assertThat(payload.path("nationalStatus").asInt()).isEqualTo(2); // được tiếp nhận
        assertThat(payload.path("dueAt").asText()).isEqualTo("2026-03-10T10:00:00Z");
        assertThat(payload.at("/processingTime/cutOff").asText()).isEqualTo("15:00");
        assertThat(payload.at("/workingHours/sessions").asText()).isEqualTo("07:00-11:30,13:30-17:00");
        assertThat(payload.path("lookupSecretHash").asText()).isEqualTo(lookupKey.verifier(code, secret));
        assertThat(KafkaTestClient.headers(event)).containsEntry("ce_subject", code);
        assertThat(event.value()).doesNotContain("Tuyết", "094185001234", "0912", "tuyet.nguyen", "Phú Đức", secret);

        // only the hash of the secret is stored
        assertThat(Events.count("select count(*) from dossier d where d::text like '%" + secret + "%'"))
                .isZero();
        // who accepted it, where and when is audited
        assertThat(Events.count("select count(*) from audit_entry where action = 'dossier.accepted' and subject = '" + id
                + "' and unit_code = '31639' and user_id <> 'anonymous'")).isEqualTo(1);
    }

    @Test
    void afterThreePmABirthRegistrationIsDueTheNextWorkingDay() {
        clock.setVietnamTime(LocalDateTime.of(2026, 3, 13, 15, 30)); // Friday
        receive(LONG_PHU_COMMUNE, birthRegistration()).statusCode(201)
                .body("dossier.dueAt", equalTo("2026-03-16T10:00:00Z")); // Monday 17:00
    }

    @Test
    void aDistrictDeskIn2022CountsWorkingDaysFromTheMinuteOfReceipt() {
        clock.setVietnamTime(LocalDateTime.of(2022, 7, 15, 16, 59)); // Friday, one minute before closing
        receive(LONG_PHU_DISTRICT, Fixtures.householdBusiness()).statusCode(201)
                .body("dossier.code", matchesPattern("000\\.00\\.35\\.H51-220715-\\d{4}"))
                .body("dossier.level", equalTo("DISTRICT"))
                .body("dossier.channel", equalTo("POSTAL"))
                .body("dossier.dueAt", equalTo("2022-07-20T09:59:00Z")); // Wednesday 16:59

        clock.setVietnamTime(LocalDateTime.of(2022, 7, 15, 17, 1)); // after closing: counts from Monday 07:00
        receive(LONG_PHU_DISTRICT, Fixtures.householdBusiness()).statusCode(201)
                .body("dossier.dueAt", equalTo("2022-07-20T10:00:00Z")); // Wednesday 17:00
    }

    @Test
    void anIncompleteDossierListsWhatIsMissingTakesNoNumberAndIsAnnounced() throws Exception {
        clock.setVietnamTime(LocalDateTime.of(2026, 3, 11, 8, 0));
        String first = receive(LONG_PHU_COMMUNE, birthRegistration()).statusCode(201).extract().path("dossier.code");
        KafkaTestClient.Position from = Events.position(Topics.DOSSIER);

        var incomplete = receive(LONG_PHU_COMMUNE, Fixtures.birthRegistrationWithoutBirthCertificate()).statusCode(201)
                .body("dossier.status", equalTo("INCOMPLETE"))
                .body("dossier.code", nullValue())
                .body("lookupSecret", nullValue())
                .body("dossier.missingComponents", hasSize(1))
                .body("dossier.missingComponents[0].no", equalTo(2))
                .body("dossier.missingComponents[0].name",
                        equalTo("Giấy chứng sinh hoặc giấy tờ thay thế Giấy chứng sinh"))
                .extract();

        JsonNode event = JSON.readTree(Events.one(from, incomplete.path("dossier.id"),
                EventType.DOSSIER_INCOMPLETE.type()).value());
        assertThat(event.path("dossierCode").isNull()).isTrue();
        // nothing was accepted at the desk: no national status
        assertThat(event.path("nationalStatus").isNull()).isTrue();
        assertThat(event.path("missingComponents").get(0).asText()).startsWith("Giấy chứng sinh");

        String next = receive(LONG_PHU_COMMUNE, birthRegistration()).statusCode(201).extract().path("dossier.code");
        assertThat(sequenceOf(next)).isEqualTo(sequenceOf(first) + 1);
    }

    @Test
    void aRefusalIsRecordedWithItsReasonCountedAndAnnounced() throws Exception {
        clock.setVietnamTime(LocalDateTime.of(2026, 3, 12, 10, 0));
        long refusedBefore = given().header("Authorization", frontDesk(LONG_PHU_COMMUNE))
                .get("/api/v1/dossiers/summary?from=2026-03-12&to=2026-03-12").then().statusCode(200)
                .extract().jsonPath().getLong("refused");
        KafkaTestClient.Position from = Events.position(Topics.DOSSIER);

        var refused = receive(LONG_PHU_COMMUNE, Fixtures.with(birthRegistration(), "refusal",
                Map.of("reason", "Người yêu cầu không cư trú trên địa bàn; không thuộc thẩm quyền"))).statusCode(201)
                .body("dossier.status", equalTo("REFUSED"))
                .body("dossier.code", nullValue())
                .body("dossier.refusalReason", equalTo("Người yêu cầu không cư trú trên địa bàn; không thuộc thẩm quyền"))
                .extract();

        JsonNode event = JSON.readTree(Events.one(from, refused.path("dossier.id"), EventType.DOSSIER_REFUSED.type()).value());
        assertThat(event.path("reason").asText()).startsWith("Người yêu cầu không cư trú");
        assertThat(event.path("channel").asText()).isEqualTo("IN_PERSON");
        assertThat(event.path("nationalStatus").asInt()).isEqualTo(3); // không được tiếp nhận

        given().header("Authorization", frontDesk(LONG_PHU_COMMUNE))
                .get("/api/v1/dossiers/summary?from=2026-03-12&to=2026-03-12").then().statusCode(200)
                .body("refused", equalTo((int) refusedBefore + 1));
        given().header("Authorization", frontDesk(LONG_PHU_COMMUNE))
                .get("/api/v1/dossiers?status=REFUSED&from=2026-03-12&to=2026-03-12").then().statusCode(200)
                .body("total", equalTo((int) refusedBefore + 1));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheSameDossierAndPublishesOnce() throws Exception {
        clock.setVietnamTime(LocalDateTime.of(2026, 3, 17, 9, 30));
        String key = UUID.randomUUID().toString();
        KafkaTestClient.Position from = Events.position(Topics.DOSSIER);

        var first = given().header("Authorization", frontDesk(LONG_PHU_COMMUNE)).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(birthRegistration()).post("/api/v1/dossiers")
                .then().statusCode(201).header("Idempotent-Replayed", "false").extract();
        var retry = given().header("Authorization", frontDesk(LONG_PHU_COMMUNE)).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(birthRegistration()).post("/api/v1/dossiers")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("replayed", equalTo(true)).extract();

        assertThat(retry.<String>path("dossier.id")).isEqualTo(first.path("dossier.id"));
        assertThat(retry.<String>path("dossier.code")).isEqualTo(first.path("dossier.code"));
        assertThat(retry.<String>path("lookupSecret")).isEqualTo(first.path("lookupSecret"));
        Events.withKey(from, first.path("dossier.id"), 1);

        // the same key for another request is a client bug, not a retry
        given().header("Authorization", frontDesk(LONG_PHU_COMMUNE)).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(Fixtures.birthRegistrationWithoutBirthCertificate())
                .post("/api/v1/dossiers").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void aDueDateInAYearWithoutAnnouncementUsesTheStatutoryDaysOff() throws Exception {
        clock.setVietnamTime(LocalDateTime.of(2026, 12, 28, 9, 0)); // 5 working days run into 2027
        // 29-31 December, then 1 January 2027 (statutory, Friday) is off: 4 and 5 January, due Tuesday 09:00
        receive(LONG_PHU_COMMUNE, Fixtures.with(birthRegistration(), "procedureCode", "1.004884")).statusCode(201)
                .body("dossier.dueAt", equalTo("2027-01-05T02:00:00Z"));
    }

    @Test
    void aDeskSeesItsOwnDossiersAndAnotherUnitsAnswerNotFound() {
        clock.setVietnamTime(LocalDateTime.of(2026, 3, 18, 9, 0));
        String id = receive(LONG_PHU_COMMUNE, birthRegistration()).statusCode(201).extract().path("dossier.id");

        given().header("Authorization", frontDesk(LONG_PHU_COMMUNE)).get("/api/v1/dossiers/" + id)
                .then().statusCode(200).body("applicant.name", equalTo("Nguyễn Thị Ánh Tuyết"))
                .body("components[1].name", equalTo("Giấy chứng sinh hoặc giấy tờ thay thế Giấy chứng sinh"));
        given().header("Authorization", frontDesk(Fixtures.DAI_NGAI)).get("/api/v1/dossiers/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", frontDesk(Fixtures.DAI_NGAI)).get("/api/v1/dossiers/" + id + "/receipt")
                .then().statusCode(404);
        given().header("Authorization", frontDesk(Fixtures.DAI_NGAI)).post("/api/v1/dossiers/" + id + "/accept")
                .then().statusCode(404);
        given().header("Authorization", frontDesk(Fixtures.DAI_NGAI)).get("/api/v1/dossiers?from=2026-03-18&to=2026-03-18")
                .then().statusCode(200).body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(id)));
    }
}
