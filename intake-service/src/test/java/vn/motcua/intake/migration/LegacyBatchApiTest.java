package vn.motcua.intake.migration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.motcua.intake.Fixtures.LONG_PHU_COMMUNE;
import static vn.motcua.intake.Fixtures.frontDesk;
import static vn.motcua.intake.migration.MigrationApiTest.legacy;
import static vn.motcua.intake.migration.MigrationApiTest.migration;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.motcua.contracts.CloudEventHeaders;
import vn.motcua.contracts.EventType;
import vn.motcua.testsupport.EventSchemas;
import vn.motcua.contracts.Topics;
import vn.motcua.intake.Events;
import vn.motcua.testsupport.KafkaTestClient;

/** The legacy import in batches: one transaction each, idempotent by legacyId, refused whole with every problem. */
@QuarkusTest
class LegacyBatchApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static ValidatableResponse postBatch(List<?> records, String bearer) {
        return given().header("Authorization", bearer).contentType(ContentType.JSON).body(records)
                .post("/api/v1/migration/dossiers/batch").then();
    }

    /** A varied, valid batch: in progress, decided, refused (with and without instant), with and without codes. */
    static List<Map<String, Object>> batch(String prefix, int size) {
        String[] outcomes = {null, "APPROVED", "REJECTED", "STOPPED", "WITHDRAWN", "REFUSED"};
        List<Map<String, Object>> records = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Map<String, Object> r = legacy(prefix + "-" + i);
            r.put("receivedAt", "2022-07-%02dT08:%02d:00+07:00".formatted(4 + i % 5, i % 60));
            String outcome = outcomes[i % outcomes.length];
            if (outcome != null) {
                r.put("outcome", outcome);
                if (!"REFUSED".equals(outcome) || i % 12 == 5) {
                    r.put("resolvedAt", "2022-07-%02dT10:00:00+07:00".formatted(4 + i % 5));
                }
                if ("APPROVED".equals(outcome)) {
                    r.put("returnedAt", "2022-07-%02dT09:00:00+07:00".formatted(10 + i % 5));
                }
            }
            if (i % 3 == 0) {
                r.put("code", prefix + ".31639-2207%02d-%04d".formatted(4 + i % 5, i + 1));
            }
            records.add(r);
        }
        return records;
    }

    static long dossiers(String prefix) throws Exception {
        return Events.count("select count(*) from dossier where legacy_id like '" + prefix + "-%'");
    }

    static long events(String prefix, String typeCondition) throws Exception {
        return Events.count("select count(*) from outbox_event where event_type " + typeCondition + " and message_key in "
                + "(select id::text from dossier where legacy_id like '" + prefix + "-%')");
    }

    @Test
    void aBatchOfAThousandMixedRecordsImportsTheNewOnesAndSkipsThoseImportedBefore() throws Exception {
        String prefix = "B" + UUID.randomUUID().toString().substring(0, 8);
        List<Map<String, Object>> records = batch(prefix, 1000);
        // every other record was imported before, one of them on its own
        MigrationApiTest.post(records.get(1), migration()).statusCode(201);
        List<Map<String, Object>> earlier = new ArrayList<>();
        for (int i = 3; i < 1000; i += 2) {
            earlier.add(records.get(i));
        }
        postBatch(earlier, migration()).statusCode(200).body("imported", equalTo(499)).body("skipped", equalTo(0));

        var result = postBatch(records, migration()).statusCode(200)
                .body("imported", equalTo(500))
                .body("skipped", equalTo(500))
                .body("records", hasSize(1000))
                .body("records[0].created", equalTo(true))
                .body("records[0].status", equalTo("ACCEPTED"))
                .body("records[1].created", equalTo(false))
                .body("records[5].status", equalTo("REFUSED"))
                .body("records[6].code", equalTo(prefix + ".31639-220705-0007"))
                .body("records[999].legacyId", equalTo(prefix + "-999"))
                .extract();
        assertThat(result.<Integer>path("records[2].index")).isEqualTo(2);
        assertThat(dossiers(prefix)).isEqualTo(1000);
        assertThat(events(prefix, "in ('vn.motcua.dossier.received.v1', 'vn.motcua.dossier.refused.v1')"))
                .as("one DossierReceived or DossierRefused per dossier").isEqualTo(1000);
        // 4 outcomes in 6 are decided in the legacy system and not refused: 166 x 4 + 3
        assertThat(events(prefix, "= 'vn.motcua.dossier.history-imported.v1'")).isEqualTo(667);
        assertThat(Events.count("select count(*) from audit_entry where action = 'dossier.imported' and reason like "
                + "'%legacy record " + prefix + "-%'")).isEqualTo(1000);
        // numbered ones take the day's next numbers, past the legacy codes of the batch
        assertThat(Events.count("select count(*) from dossier where legacy_id like '" + prefix + "-%' and code is null"
                + " and status = 'ACCEPTED'")).isZero();
    }

    @Test
    void batchesImportedAtOnceOverTheSameDaysAllSucceedWithoutDeadlock() throws Exception {
        String prefix = "C" + UUID.randomUUID().toString().substring(0, 8);
        // four importers at once; uncoded records of every batch take the same unit's counters of the same days,
        // every other batch in the opposite order
        List<List<Map<String, Object>>> batches = new ArrayList<>();
        for (int b = 0; b < 4; b++) {
            List<Map<String, Object>> records = batch(prefix + b, 300);
            if (b % 2 == 1) {
                Collections.reverse(records);
            }
            batches.add(records);
        }
        String bearer = migration();
        ExecutorService importers = Executors.newFixedThreadPool(batches.size());
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (List<Map<String, Object>> records : batches) {
                answers.add(importers.submit(() -> postBatch(records, bearer).extract().statusCode()));
            }
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(200);
            }
        } finally {
            importers.shutdownNow();
        }
        for (int b = 0; b < 4; b++) {
            assertThat(dossiers(prefix + b)).isEqualTo(300);
        }
        assertThat(Events.count("select count(code) - count(distinct code) from dossier where legacy_id like '" + prefix
                + "%'")).as("no code twice").isZero();
    }

    @Test
    void aDecidedRecordsHistoryFollowsItsReceiptOnTheSameKeyWithTheLegacyInstants() throws Exception {
        String prefix = "H" + UUID.randomUUID().toString().substring(0, 8);
        List<Map<String, Object>> records = batch(prefix, 2);
        // record 1 of batch(): APPROVED at 10:00 on 5 July 2022, result returned at 09:00 on 11 July
        KafkaTestClient.Position from = Events.position(Topics.DOSSIER);
        List<String> ids = postBatch(records, migration()).statusCode(200).extract().path("records.id");

        List<ConsumerRecord<String, String>> decided = Events.withKey(from, ids.get(1), 2);
        assertThat(KafkaTestClient.headers(decided.get(0))).containsEntry(CloudEventHeaders.TYPE,
                EventType.DOSSIER_RECEIVED.type());
        assertThat(KafkaTestClient.headers(decided.get(1))).containsEntry(CloudEventHeaders.TYPE,
                EventType.DOSSIER_HISTORY_IMPORTED.type());
        EventSchemas.assertValid(EventType.DOSSIER_HISTORY_IMPORTED.type(), decided.get(1).value());
        JsonNode history = JSON.readTree(decided.get(1).value());
        assertThat(history.path("legacyId").asText()).isEqualTo(prefix + "-1");
        assertThat(history.path("outcome").asText()).isEqualTo("APPROVED");
        assertThat(history.path("resolvedAt").asText()).isEqualTo("2022-07-05T03:00:00Z");
        assertThat(history.path("returnedAt").asText()).isEqualTo("2022-07-11T02:00:00Z");
        // the import client's user id (the token's subject), as on the dossier (decided_by) and its audit entry
        assertThat(history.path("importedBy").asText()).isNotBlank();
        // a dossier still in progress has no history to tell
        Events.withKey(from, ids.get(0), 1);
    }

    @Test
    void theSameBatchAgainSkipsEveryRecordAndAnnouncesNothing() throws Exception {
        String prefix = "R" + UUID.randomUUID().toString().substring(0, 8);
        List<Map<String, Object>> records = batch(prefix, 12);
        List<String> ids = postBatch(records, migration()).statusCode(200).body("imported", equalTo(12))
                .extract().path("records.id");
        KafkaTestClient.Position from = Events.position(Topics.DOSSIER);

        postBatch(records, migration()).statusCode(200).body("imported", equalTo(0)).body("skipped", equalTo(12))
                .body("records.id", equalTo(ids)).body("records.created", everyFalse(12));
        Events.assertNoneAfter(from);
        assertThat(dossiers(prefix)).isEqualTo(12);
    }

    private static org.hamcrest.Matcher<Object> everyFalse(int size) {
        List<Boolean> none = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            none.add(false);
        }
        return equalTo(none);
    }

    @Test
    void oneBadRecordRefusesTheWholeBatchListingEveryProblemByIndexAndStoresNothing() throws Exception {
        String prefix = "X" + UUID.randomUUID().toString().substring(0, 8);
        List<Map<String, Object>> records = batch(prefix, 10);
        records.get(2).put("unitCode", "99999");
        records.get(4).put("channel", "CARRIER_PIGEON");
        records.get(7).remove("outcome");
        records.get(7).remove("returnedAt");
        records.get(8).put("legacyId", prefix + "-0");
        records.get(9).remove("outcome");
        records.get(9).remove("resolvedAt");
        records.get(9).put("receivedAt", "2099-01-05T08:00:00+07:00");
        KafkaTestClient.Position from = Events.position(Topics.DOSSIER);

        postBatch(records, migration()).statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://motcua.vn/problems/invalid-legacy-batch"))
                .body("detail", containsString("5 of the 10 records are invalid"))
                .body("errors.field", equalTo(List.of("[2].unitCode", "[4].channel", "[7].outcome", "[8].legacyId",
                        "[9].receivedAt")))
                .body("errors[0].message", containsString("no unit 99999 in force on 2022-07-06"))
                .body("errors[1].message", containsString("CARRIER_PIGEON"))
                .body("errors[2].message", containsString("resolvedAt is given, so the dossier was decided"))
                .body("errors[3].message", containsString("is also record [0]'s"))
                .body("errors[4].message", containsString("is in the future"));
        assertThat(dossiers(prefix)).isZero();
        Events.assertNoneAfter(from);
        assertThat(Events.count("select count(*) from audit_entry where reason like '%legacy record " + prefix
                + "-%'")).isZero();
    }

    @Test
    void aCodeAlreadyTakenIsTheRecordsProblem() {
        String prefix = "C" + UUID.randomUUID().toString().substring(0, 8);
        List<Map<String, Object>> first = batch(prefix, 1);
        postBatch(first, migration()).statusCode(200);
        List<Map<String, Object>> records = batch(prefix + "b", 2);
        records.get(1).put("code", first.get(0).get("code"));
        postBatch(records, migration()).statusCode(400)
                .body("errors[0].field", equalTo("[1].code"))
                .body("errors[0].message", containsString("already belongs to another dossier"));
    }

    @Test
    void anEmptyOrOversizedBatchIsRefused() {
        postBatch(List.of(), migration()).statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("1 to 1000"));
        postBatch(batch("O" + UUID.randomUUID(), 1001), migration()).statusCode(400)
                .body("detail", containsString("1001 records"));
    }

    @Test
    void onlyTheMigrationRoleMayImportABatch() {
        List<Map<String, Object>> records = batch("A" + UUID.randomUUID(), 1);
        postBatch(records, frontDesk(LONG_PHU_COMMUNE)).statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(records).post("/api/v1/migration/dossiers/batch").then()
                .statusCode(401);
    }
}
