package vn.motcua.intake.migration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static vn.motcua.intake.Fixtures.BIRTH_REGISTRATION;
import static vn.motcua.intake.Fixtures.LONG_PHU_COMMUNE;
import static vn.motcua.intake.Fixtures.frontDesk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.motcua.contracts.EventType;
import vn.motcua.contracts.Topics;
import vn.motcua.intake.Events;
import vn.motcua.testsupport.KafkaTestClient;
import vn.motcua.testsupport.TestTokens;

/** The legacy import: original instants, computed due dates, refusals, idempotency by legacyId, who may call. */
@QuarkusTest
class MigrationApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static String migration() {
        return TestTokens.user("service-account-motcua-import").roles("migration").bearer();
    }

    static Map<String, Object> legacy(String legacyId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("legacyId", legacyId);
        body.put("unitCode", LONG_PHU_COMMUNE);
        body.put("procedureCode", BIRTH_REGISTRATION);
        body.put("channel", "IN_PERSON");
        // Monday 4 July 2022, 08:15 in Viet Nam
        body.put("receivedAt", "2022-07-04T08:15:00+07:00");
        return body;
    }

    static ValidatableResponse post(Map<String, Object> body, String bearer) {
        return given().header("Authorization", bearer).contentType(ContentType.JSON).body(body)
                .post("/api/v1/migration/dossiers").then();
    }

    @Test
    void aLegacyDossierKeepsItsInstantsGetsItsDueDateFromTheCalendarAndIsAnnounced() throws Exception {
        String legacyId = "LEGACY-" + UUID.randomUUID();
        KafkaTestClient.Position from = Events.position(Topics.DOSSIER);

        var created = post(legacy(legacyId), migration()).statusCode(201)
                .body("status", equalTo("ACCEPTED"))
                .body("legacyId", equalTo(legacyId))
                .body("created", equalTo(true))
                .body("receivedAt", equalTo("2022-07-04T01:15:00Z"))
                // birth registration is resolved on receipt (cut-off 15:00): due at 17:00 the same day
                .body("dueAt", equalTo("2022-07-04T10:00:00Z"))
                // numbered on the day of receipt, 4 July 2022
                .body("code", matchesPattern(".+-220704-\\d{4}"))
                .extract();
        String id = created.path("id");

        JsonNode event = JSON.readTree(Events.one(from, id, EventType.DOSSIER_RECEIVED.type()).value());
        assertThat(event.path("receivedAt").asText()).isEqualTo("2022-07-04T01:15:00Z");
        assertThat(event.path("dueAt").asText()).isEqualTo("2022-07-04T10:00:00Z");
        assertThat(event.path("dossierCode").asText()).isEqualTo(created.path("code").toString());
        // workflow takes a legacy outcome only for a dossier announced as imported
        assertThat(event.path("legacyId").asText()).isEqualTo(legacyId);
        assertThat(Events.count("select count(*) from audit_entry where action = 'dossier.imported' and subject = '"
                + id + "' and reason like '%" + legacyId + "%'")).isEqualTo(1);
    }

    @Test
    void theSameLegacyRecordTwiceIsTheSameDossierAndOneEvent() throws Exception {
        Map<String, Object> body = legacy("LEGACY-" + UUID.randomUUID());
        body.put("code", "LEGACY.31639-220704-" + (1000 + (int) (Math.random() * 8999)));
        body.put("dueAt", "2022-07-15T17:00:00+07:00");
        String id = post(body, migration()).statusCode(201).body("dueAt", equalTo("2022-07-15T10:00:00Z"))
                .extract().path("id");
        KafkaTestClient.Position from = Events.position(Topics.DOSSIER);

        post(body, migration()).statusCode(200).body("id", equalTo(id)).body("created", equalTo(false))
                .body("code", equalTo(body.get("code")));
        Events.assertNoneAfter(from);
        assertThat(Events.count("select count(*) from dossier where legacy_id = '" + body.get("legacyId") + "'"))
                .isEqualTo(1);
    }

    @Test
    void concurrentImportsOfOneRecordMakeOneDossier() throws Exception {
        Map<String, Object> body = legacy("LEGACY-" + UUID.randomUUID());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> post(body, migration()).extract().statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsOnly(200, 201);
            assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
        } finally {
            pool.shutdown();
        }
        assertThat(Events.count("select count(*) from dossier where legacy_id = '" + body.get("legacyId") + "'"))
                .isEqualTo(1);
    }

    @Test
    void aRecordRefusedInTheLegacySystemIsIntakesRefusal() throws Exception {
        Map<String, Object> body = legacy("LEGACY-" + UUID.randomUUID());
        body.put("outcome", "REFUSED");
        KafkaTestClient.Position from = Events.position(Topics.DOSSIER);
        String id = post(body, migration()).statusCode(201).body("status", equalTo("REFUSED")).extract().path("id");
        JsonNode event = JSON.readTree(Events.one(from, id, EventType.DOSSIER_REFUSED.type()).value());
        assertThat(event.path("refusedAt").asText()).isEqualTo("2022-07-04T01:15:00Z");
    }

    @Test
    void aLegacyRefusalWithItsInstantIsAnnouncedAtThatInstant() throws Exception {
        Map<String, Object> body = legacy("LEGACY-" + UUID.randomUUID());
        body.put("outcome", "REFUSED");
        body.put("resolvedAt", "2022-07-04T09:30:00+07:00");
        KafkaTestClient.Position from = Events.position(Topics.DOSSIER);
        String id = post(body, migration()).statusCode(201).body("status", equalTo("REFUSED")).extract().path("id");
        JsonNode event = JSON.readTree(Events.one(from, id, EventType.DOSSIER_REFUSED.type()).value());
        assertThat(event.path("refusedAt").asText()).isEqualTo("2022-07-04T02:30:00Z");
    }

    @Test
    void eachRejectionNamesWhatIsWrongWithTheRecord() {
        Map<String, Object> decidedWithoutOutcome = legacy("LEGACY-" + UUID.randomUUID());
        decidedWithoutOutcome.put("resolvedAt", "2022-07-05T08:00:00+07:00");
        post(decidedWithoutOutcome, migration()).statusCode(400).body("errors[0].field", equalTo("outcome"))
                .body("detail", containsString("resolvedAt is given, so the dossier was decided"));

        Map<String, Object> refusedAndReturned = legacy("LEGACY-" + UUID.randomUUID());
        refusedAndReturned.put("outcome", "REFUSED");
        refusedAndReturned.put("returnedAt", "2022-07-05T08:00:00+07:00");
        post(refusedAndReturned, migration()).statusCode(400).body("errors[0].field", equalTo("returnedAt"))
                .body("detail", containsString("(outcome REFUSED)"));

        Map<String, Object> dueBeforeReceipt = legacy("LEGACY-" + UUID.randomUUID());
        dueBeforeReceipt.put("dueAt", "2022-07-01T08:00:00+07:00");
        post(dueBeforeReceipt, migration()).statusCode(400)
                .body("detail", containsString("2022-07-01T01:00Z is not after receivedAt 2022-07-04T01:15Z"));
    }

    @Test
    void badRecordsAreProblemsNamingTheField() {
        Map<String, Object> future = legacy("LEGACY-" + UUID.randomUUID());
        future.put("receivedAt", "2099-01-05T08:00:00+07:00");
        post(future, migration()).statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("receivedAt"));

        Map<String, Object> unknownUnit = legacy("LEGACY-" + UUID.randomUUID());
        unknownUnit.put("unitCode", "99999");
        post(unknownUnit, migration()).statusCode(400).body("detail", containsString("unitCode"));

        Map<String, Object> resolvedBeforeReceipt = legacy("LEGACY-" + UUID.randomUUID());
        resolvedBeforeReceipt.put("outcome", "APPROVED");
        resolvedBeforeReceipt.put("resolvedAt", "2022-07-01T08:00:00+07:00");
        post(resolvedBeforeReceipt, migration()).statusCode(400).body("detail", containsString("resolvedAt"));

        Map<String, Object> badOutcome = legacy("LEGACY-" + UUID.randomUUID());
        badOutcome.put("outcome", "LOST");
        post(badOutcome, migration()).statusCode(400).contentType("application/problem+json");

        Map<String, Object> missingChannel = legacy("LEGACY-" + UUID.randomUUID());
        missingChannel.remove("channel");
        post(missingChannel, migration()).statusCode(400).contentType("application/problem+json");
    }

    @Test
    void onlyTheMigrationRoleMayImport() {
        Map<String, Object> body = legacy("LEGACY-" + UUID.randomUUID());
        post(body, frontDesk(LONG_PHU_COMMUNE)).statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(body).post("/api/v1/migration/dossiers").then().statusCode(401);
    }
}
