package vn.motcua.workflow.migration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.motcua.contracts.EventType;
import vn.motcua.contracts.Topics;
import vn.motcua.testsupport.KafkaTestClient;
import vn.motcua.testsupport.PublishedEvents;
import vn.motcua.testsupport.TestTokens;
import vn.motcua.workflow.testing.TestDossiers;
import vn.motcua.workflow.testing.TestDossiers.Announced;

/** Outcomes of imported legacy dossiers: original instants, workflow's events, idempotency, a case not yet known. */
@QuarkusTest
class MigrationOutcomeTest {

    // due Friday 8 July 2022, 17:00 in Viet Nam; TestDossiers received it five days before
    private static final Instant DUE = Instant.parse("2022-07-08T10:00:00Z");

    private static String migration() {
        return TestTokens.user("service-account-motcua-import").roles("migration").bearer();
    }

    private static ValidatableResponse apply(String dossierId, Map<String, Object> body, String bearer) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        return request.post("/api/v1/migration/dossiers/{id}/outcome", dossierId).then();
    }

    @Test
    void anApprovedAndReturnedLegacyDossierIsResolvedWithItsOriginalInstants() throws Exception {
        Announced dossier = TestDossiers.imported("31639", DUE, "L-1");
        KafkaTestClient.Position from = PublishedEvents.mark(Topics.DOSSIER);
        Map<String, Object> body = Map.of("legacyId", "L-1", "outcome", "APPROVED",
                "resolvedAt", "2022-07-11T09:00:00+07:00", "returnedAt", "2022-07-12T10:00:00+07:00");

        apply(dossier.id(), body, migration()).statusCode(201).body("status", equalTo(10)).body("created", equalTo(true));

        JsonPath resolved = JsonPath.from(PublishedEvents.await(from, EventType.DOSSIER_RESOLVED, dossier.id(), 1)
                .get(0).value());
        assertEquals("APPROVED", resolved.getString("outcome"));
        assertEquals("2022-07-11T02:00:00Z", resolved.getString("resolvedAt"));
        // resolved on the Monday after a Friday due date: late by the shared rule
        assertEquals("LATE", resolved.getString("timeliness"));
        JsonPath returned = JsonPath.from(PublishedEvents.await(from, EventType.RESULT_RETURNED, dossier.id(), 1)
                .get(0).value());
        assertEquals("2022-07-12T03:00:00Z", returned.getString("occurredAt"));
        assertEquals(2, TestDossiers.count("""
                select count(*) from dossier_timeline where dossier_id = ? and action in ('APPROVE', 'RETURN_RESULT')
                and reason like 'imported from the legacy system%'""", dossier.id()));

        // the same outcome again: nothing changes, nothing is published
        KafkaTestClient.Position again = PublishedEvents.mark(Topics.DOSSIER);
        apply(dossier.id(), body, migration()).statusCode(200).body("created", equalTo(false));
        List<ConsumerRecord<String, String>> after = KafkaTestClient.consumeThenQuiet(again,
                java.time.Duration.ofSeconds(3), 0, java.time.Duration.ofMillis(1500));
        assertEquals(0, after.stream().filter(r -> dossier.id().equals(r.key())).count());
        // another outcome for the same dossier is a conflict
        apply(dossier.id(), Map.of("legacyId", "L-1", "outcome", "STOPPED", "resolvedAt", "2022-07-11T09:00:00+07:00"),
                migration()).statusCode(409).contentType("application/problem+json");
    }

    @Test
    void anEarlyRejectionAndAWithdrawalPublishTheirEvents() throws Exception {
        Announced rejected = TestDossiers.imported("31639", DUE, "L-2");
        Announced withdrawn = TestDossiers.imported("31639", DUE, "L-3");
        KafkaTestClient.Position from = PublishedEvents.mark(Topics.DOSSIER);

        apply(rejected.id(), Map.of("legacyId", "L-2", "outcome", "REJECTED", "resolvedAt", "2022-07-05T09:00:00+07:00"),
                migration()).statusCode(201).body("status", equalTo(9));
        apply(withdrawn.id(), Map.of("legacyId", "L-3", "outcome", "WITHDRAWN", "resolvedAt", "2022-07-06T09:00:00+07:00"),
                migration()).statusCode(201).body("status", equalTo(7));

        JsonPath resolved = JsonPath.from(PublishedEvents.await(from, EventType.DOSSIER_RESOLVED, rejected.id(), 1)
                .get(0).value());
        assertEquals("REJECTED", resolved.getString("outcome"));
        assertEquals("EARLY", resolved.getString("timeliness"));
        JsonPath withdrawal = JsonPath.from(PublishedEvents.await(from, EventType.DOSSIER_WITHDRAWN, withdrawn.id(), 1)
                .get(0).value());
        assertEquals("2022-07-06T02:00:00Z", withdrawal.getString("occurredAt"));
    }

    @Test
    void aCaseNotYetArrivedIsNotYetKnownAndTheRetrySucceedsOnceItArrives() throws Exception {
        Announced plain = TestDossiers.newDossier("31639", DUE);
        Announced dossier = new Announced(plain.id(), plain.code(), plain.unitCode(), plain.secret(), DUE,
                plain.procedureCode(), null, "L-4");
        Map<String, Object> body = Map.of("legacyId", "L-4", "outcome", "STOPPED", "resolvedAt", "2022-07-07T09:00:00+07:00");
        apply(dossier.id(), body, migration()).statusCode(409).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("not-yet-known"));
        assertEquals(0, TestDossiers.count("select count(*) from migration_outcome where dossier_id = ?", dossier.id()));

        String eventId = UUID.randomUUID().toString();
        TestDossiers.send(dossier, eventId);
        TestDossiers.awaitProcessed(eventId);
        apply(dossier.id(), body, migration()).statusCode(201).body("status", equalTo(8));
    }

    @Test
    void badOutcomesAndOtherCallersAreRefused() throws Exception {
        Announced dossier = TestDossiers.imported("31639", DUE, "L-5");
        apply(dossier.id(), Map.of("legacyId", "L-5", "outcome", "APPROVED", "resolvedAt", "2022-06-01T09:00:00+07:00"),
                migration()).statusCode(400).contentType("application/problem+json");
        apply(dossier.id(), Map.of("legacyId", "L-5", "outcome", "REFUSED", "resolvedAt", "2022-07-05T09:00:00+07:00"),
                migration()).statusCode(400);
        apply(dossier.id(), Map.of("legacyId", "L-5", "outcome", "STOPPED", "resolvedAt", "2022-07-05T09:00:00+07:00",
                "returnedAt", "2022-07-06T09:00:00+07:00"), migration()).statusCode(400);
        Map<String, Object> good = Map.of("legacyId", "L-5", "outcome", "APPROVED", "resolvedAt", "2022-07-05T09:00:00+07:00");
        for (String role : List.of("front-desk", "specialist", "leader", "clerk", "supervisor", "admin")) {
            apply(dossier.id(), good, TestTokens.user("matrix." + role).roles(role).unit("31639").bearer())
                    .statusCode(403).contentType("application/problem+json");
        }
        apply(dossier.id(), good, null).statusCode(401);
        assertEquals(0, TestDossiers.count("select count(*) from migration_outcome where dossier_id = ?", dossier.id()));
        assertEquals(2, TestDossiers.count("select status from dossier_case where id = ?", dossier.id()));
    }

    @Test
    void aLiveDossierTakesNoLegacyOutcome() throws Exception {
        Announced live = TestDossiers.received("31639", DUE);
        apply(live.id(), Map.of("legacyId", "L-6", "outcome", "APPROVED", "resolvedAt", "2022-07-05T09:00:00+07:00"),
                migration()).statusCode(409).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("not-migrated"))
                .body("detail", org.hamcrest.Matchers.containsString("not created by the legacy import"));
        assertEquals(0, TestDossiers.count("select count(*) from migration_outcome where dossier_id = ?", live.id()));
        assertEquals(2, TestDossiers.count("select status from dossier_case where id = ?", live.id()));
    }

    @Test
    void anImportedDossierTakesOnlyTheOutcomeOfItsOwnLegacyRecord() throws Exception {
        Announced imported = TestDossiers.imported("31639", DUE, "L-7");
        apply(imported.id(), Map.of("legacyId", "L-8", "outcome", "APPROVED", "resolvedAt", "2022-07-05T09:00:00+07:00"),
                migration()).statusCode(409).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("legacy-record-differs"));
        apply(imported.id(), Map.of("legacyId", "L-7", "outcome", "APPROVED", "resolvedAt", "2022-07-05T09:00:00+07:00"),
                migration()).statusCode(201);
    }
}
