package vn.motcua.workflow.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.motcua.contracts.CloudEventHeaders;
import vn.motcua.contracts.EventType;
import vn.motcua.contracts.Topics;
import vn.motcua.testsupport.KafkaTestClient;
import vn.motcua.testsupport.PublishedEvents;
import vn.motcua.workflow.testing.TestDossiers;
import vn.motcua.workflow.testing.TestDossiers.Announced;

/**
 * Outcomes of imported legacy dossiers, from intake's DossierHistoryImported alone: original instants, workflow's
 * events, nothing doubled by a redelivery, no outcome for a dossier received in MotCua.
 */
@QuarkusTest
class MigrationOutcomeTest {

    // due Friday 8 July 2022, 17:00 in Viet Nam; TestDossiers received it five days before
    private static final Instant DUE = Instant.parse("2022-07-08T10:00:00Z");

    /** Publishes intake's DossierHistoryImported of {@code dossier} under {@code eventId}, as intake would. */
    static void sendHistory(Announced dossier, String eventId, String legacyId, String outcome, String resolvedAt,
            String returnedAt) {
        String payload = """
                {"dossierId":"%s","dossierCode":"%s","unitCode":"%s","legacyId":"%s","outcome":"%s",
                 "resolvedAt":"%s","returnedAt":%s,"importedBy":"service-account-motcua-import"}"""
                .formatted(dossier.id(), dossier.code(), dossier.unitCode(), legacyId, outcome, resolvedAt,
                        returnedAt == null ? "null" : "\"" + returnedAt + "\"");
        KafkaTestClient.send(Topics.DOSSIER, dossier.id(), payload, Map.of(
                CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0,
                CloudEventHeaders.ID, eventId,
                CloudEventHeaders.SOURCE, "/motcua/intake-service",
                CloudEventHeaders.TYPE, EventType.DOSSIER_HISTORY_IMPORTED.type(),
                CloudEventHeaders.SUBJECT, dossier.code(),
                CloudEventHeaders.TIME, Instant.now().toString(),
                CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON));
    }

    @Test
    void anApprovedAndReturnedLegacyDossierIsResolvedWithItsOriginalInstantsOnce() throws Exception {
        Announced dossier = TestDossiers.imported("31639", DUE, "L-1");
        KafkaTestClient.Position from = PublishedEvents.mark(Topics.DOSSIER);
        String eventId = UUID.randomUUID().toString();
        sendHistory(dossier, eventId, "L-1", "APPROVED", "2022-07-11T02:00:00Z", "2022-07-12T03:00:00Z");
        TestDossiers.awaitProcessed(eventId);

        JsonPath resolved = JsonPath.from(PublishedEvents.await(from, EventType.DOSSIER_RESOLVED, dossier.id(), 1)
                .get(0).value());
        assertEquals("APPROVED", resolved.getString("outcome"));
        assertEquals("2022-07-11T02:00:00Z", resolved.getString("resolvedAt"));
        // resolved on the Monday after a Friday due date: late by the shared rule
        assertEquals("LATE", resolved.getString("timeliness"));
        JsonPath returned = JsonPath.from(PublishedEvents.await(from, EventType.RESULT_RETURNED, dossier.id(), 1)
                .get(0).value());
        assertEquals("2022-07-12T03:00:00Z", returned.getString("occurredAt"));
        assertEquals("service-account-motcua-import", returned.getString("actor"));
        assertEquals(10, TestDossiers.count("select status from dossier_case where id = ?", dossier.id()));

        // redelivered as it was, and published again under another id (a producer retry): nothing doubles
        KafkaTestClient.Position again = PublishedEvents.mark(Topics.DOSSIER);
        sendHistory(dossier, eventId, "L-1", "APPROVED", "2022-07-11T02:00:00Z", "2022-07-12T03:00:00Z");
        String retryId = UUID.randomUUID().toString();
        sendHistory(dossier, retryId, "L-1", "APPROVED", "2022-07-11T02:00:00Z", "2022-07-12T03:00:00Z");
        TestDossiers.awaitProcessed(retryId);
        List<ConsumerRecord<String, String>> after = KafkaTestClient.consumeThenQuiet(again, Duration.ofSeconds(3), 2,
                Duration.ofMillis(1500));
        assertEquals(0, after.stream().filter(r -> dossier.id().equals(r.key()))
                .filter(r -> !EventType.DOSSIER_HISTORY_IMPORTED.type().equals(
                        KafkaTestClient.headers(r).get(CloudEventHeaders.TYPE))).count());
        assertEquals(2, TestDossiers.count("""
                select count(*) from dossier_timeline where dossier_id = ? and action in ('APPROVE', 'RETURN_RESULT')
                and reason like 'imported from the legacy system%'""", dossier.id()));
        assertEquals(1, TestDossiers.count("select count(*) from migration_outcome where dossier_id = ?",
                dossier.id()));
    }

    @Test
    void anEarlyRejectionAndAWithdrawalPublishTheirEvents() throws Exception {
        Announced rejected = TestDossiers.imported("31639", DUE, "L-2");
        Announced withdrawn = TestDossiers.imported("31639", DUE, "L-3");
        KafkaTestClient.Position from = PublishedEvents.mark(Topics.DOSSIER);

        sendHistory(rejected, UUID.randomUUID().toString(), "L-2", "REJECTED", "2022-07-05T02:00:00Z", null);
        sendHistory(withdrawn, UUID.randomUUID().toString(), "L-3", "WITHDRAWN", "2022-07-06T02:00:00Z", null);

        JsonPath resolved = JsonPath.from(PublishedEvents.await(from, EventType.DOSSIER_RESOLVED, rejected.id(), 1)
                .get(0).value());
        assertEquals("REJECTED", resolved.getString("outcome"));
        assertEquals("EARLY", resolved.getString("timeliness"));
        JsonPath withdrawal = JsonPath.from(PublishedEvents.await(from, EventType.DOSSIER_WITHDRAWN, withdrawn.id(), 1)
                .get(0).value());
        assertEquals("2022-07-06T02:00:00Z", withdrawal.getString("occurredAt"));
        assertEquals(9, TestDossiers.count("select status from dossier_case where id = ?", rejected.id()));
        assertEquals(7, TestDossiers.count("select status from dossier_case where id = ?", withdrawn.id()));
    }

    @Test
    void theDossierReceivedAndItsHistoryInOnePollMakeAResolvedCase() throws Exception {
        Announced plain = TestDossiers.newDossier("31639", DUE);
        Announced dossier = new Announced(plain.id(), plain.code(), plain.unitCode(), plain.secret(), DUE,
                plain.procedureCode(), null, "L-4");
        KafkaTestClient.Position from = PublishedEvents.mark(Topics.DOSSIER);
        TestDossiers.send(dossier, UUID.randomUUID().toString());
        String eventId = UUID.randomUUID().toString();
        sendHistory(dossier, eventId, "L-4", "STOPPED", "2022-07-07T02:00:00Z", null);
        TestDossiers.awaitProcessed(eventId);

        PublishedEvents.await(from, EventType.DOSSIER_RESOLVED, dossier.id(), 1);
        assertEquals(8, TestDossiers.count("select status from dossier_case where id = ?", dossier.id()));
    }

    @Test
    void aDossierReceivedInMotCuaTakesNoLegacyOutcome() throws Exception {
        Announced live = TestDossiers.received("31639", DUE);
        String deadLetters = Topics.DOSSIER + ".dlq.workflow-service";
        KafkaTestClient.createTopic(deadLetters, 1, false);
        KafkaTestClient.Position parked = KafkaTestClient.position(deadLetters);

        sendHistory(live, UUID.randomUUID().toString(), "L-6", "APPROVED", "2022-07-05T02:00:00Z", null);

        List<ConsumerRecord<String, String>> dead = KafkaTestClient.consume(parked, Duration.ofSeconds(30), 1);
        assertEquals(live.id(), dead.get(0).key());
        assertEquals(0, TestDossiers.count("select count(*) from migration_outcome where dossier_id = ?", live.id()));
        assertEquals(2, TestDossiers.count("select status from dossier_case where id = ?", live.id()));
    }
}
