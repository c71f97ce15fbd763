package vn.motcua.backbone.inbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.motcua.backbone.sample.ReceivedCountProjection;
import vn.motcua.contracts.CloudEventHeaders;
import vn.motcua.contracts.EventType;
import vn.motcua.contracts.Topics;
import vn.motcua.testsupport.KafkaTestClient;

/** The failure rule of every consumer: transient failures stall and retry, only poison is dead-lettered. */
@QuarkusTest
class EventBatchesTest {

    private static final String DLQ = "motcua.dossier.dlq.backbone-test";

    @Inject
    EventBatches batches;
    @Inject
    ReceivedCountProjection projection;
    @Inject
    ConsumerStalls stalls;
    @Inject
    EntityManager entityManager;

    @Test
    void anEventWhoseReferenceHasNotArrivedStallsTheConsumerAndIsAppliedOnceItArrives() {
        String unit = "unit-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        KafkaTestClient.createTopic(DLQ, 1, false);
        KafkaTestClient.Position deadBefore = KafkaTestClient.position(DLQ);
        projection.unitNotYetKnown(unit);
        try {
            KafkaTestClient.send(Topics.DOSSIER, key, receivedJson(key, unit), headers(UUID.randomUUID().toString()));

            await().atMost(Duration.ofSeconds(20)).until(() -> stalls.isStalled(ReceivedCountProjection.CONSUMER));
            assertThat(given().get("/q/metrics").then().extract().asString())
                    .contains("motcua_consumer_stalled{consumer=\"received-count\"} 1.0");
            assertThat(given().get("/q/health/ready").then().extract().asString())
                    .contains("has not arrived yet");
        } finally {
            projection.unitArrived(unit);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> count(unit) == 1);
        assertThat(stalls.isStalled(ReceivedCountProjection.CONSUMER)).isFalse();
        assertThat(KafkaTestClient.consumeThenQuiet(deadBefore, Duration.ofSeconds(2), 1, Duration.ofSeconds(1)))
                .as("a valid event is never dead-lettered because something else was not there").isEmpty();
    }

    @Test
    void aDatabaseConnectionLostMidBatchIsRetriedAndTheBatchAppliedOnce() {
        String unit = "unit-" + UUID.randomUUID();
        AtomicInteger attempts = new AtomicInteger();
        List<ConsumerRecord<String, String>> records = List.of(record(unit, UUID.randomUUID().toString()),
                record(unit, UUID.randomUUID().toString()));

        int applied = batches.apply("connection-loss-test", records, fresh -> {
            if (attempts.incrementAndGet() == 1) {
                // what a PostgreSQL crash-restart does to every connection
                entityManager.createNativeQuery("select pg_terminate_backend(pg_backend_pid())").getSingleResult();
            }
            projection.applyAll(fresh);
        });

        assertThat(applied).isEqualTo(2);
        assertThat(attempts.get()).isGreaterThan(1);
        assertThat(count(unit)).isEqualTo(2);
        assertThat(batches.apply("connection-loss-test", records, projection::applyAll)).isZero();
        assertThat(count(unit)).isEqualTo(2);
    }

    @Test
    void aPoisonEventInABatchIsDeadLetteredAloneWithItsReasonAndTheRestOfTheBatchIsApplied() {
        String unit = "unit-" + UUID.randomUUID();
        KafkaTestClient.createTopic(DLQ, 1, false);
        KafkaTestClient.Position deadBefore = KafkaTestClient.position(DLQ);
        ConsumerRecord<String, String> poison = new ConsumerRecord<>(Topics.DOSSIER, 1, 42L, "poison-" + unit,
                "{\"dossierId\": [not json");
        headers(UUID.randomUUID().toString()).forEach((name, value) -> poison.headers().add(name,
                value.getBytes(StandardCharsets.UTF_8)));

        int applied = batches.apply("poison-test", List.of(record(unit, UUID.randomUUID().toString()), poison,
                record(unit, UUID.randomUUID().toString())), projection::applyAll);

        assertThat(applied).isEqualTo(2);
        assertThat(count(unit)).isEqualTo(2);
        List<ConsumerRecord<String, String>> dead = KafkaTestClient.consumeThenQuiet(deadBefore, Duration.ofSeconds(20),
                1, Duration.ofSeconds(1));
        assertThat(dead).extracting(ConsumerRecord::key).containsExactly("poison-" + unit);
        Map<String, String> deadHeaders = KafkaTestClient.headers(dead.get(0));
        assertThat(deadHeaders.get(DeadLetters.REASON)).contains("not a valid DossierReceived");
        assertThat(deadHeaders).containsEntry(DeadLetters.TOPIC, Topics.DOSSIER)
                .containsEntry("dead-letter-offset", "42")
                .containsKey(CloudEventHeaders.ID);
    }

    @Test
    void anEventTwiceInOneBatchAndAgainInTheNextIsAppliedOnce() {
        String unit = "unit-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        List<ConsumerRecord<String, String>> batch = List.of(record(unit, eventId), record(unit, eventId),
                record(unit, UUID.randomUUID().toString()));

        assertThat(batches.apply("duplicate-test", batch, projection::applyAll)).isEqualTo(2);
        assertThat(batches.apply("duplicate-test", List.of(record(unit, eventId)), projection::applyAll)).isZero();
        assertThat(count(unit)).isEqualTo(2);
    }

    @Test
    void anIdempotentHandlerGetsEachEventOfABatchOnceAndNoIdIsRecorded() {
        String unit = "unit-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String otherId = UUID.randomUUID().toString();
        List<ConsumerRecord<String, String>> batch = List.of(record(unit, eventId), record(unit, eventId),
                record(unit, otherId));
        List<String> handled = new java.util.ArrayList<>();

        assertThat(batches.applyIdempotent("idempotent-test", batch,
                fresh -> fresh.forEach(event -> handled.add(event.id())))).isEqualTo(2);
        // a redelivery reaches the handler again: its own effect must make it harmless
        assertThat(batches.applyIdempotent("idempotent-test", List.of(record(unit, eventId)),
                fresh -> fresh.forEach(event -> handled.add(event.id())))).isEqualTo(1);

        assertThat(handled).containsExactly(eventId, otherId, eventId);
        long recorded = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from processed_event where consumer = 'idempotent-test'").getSingleResult())
                .longValue());
        assertThat(recorded).isZero();
    }

    private int count(String unit) {
        return QuarkusTransaction.requiringNew().call(() -> projection.countFor(unit));
    }

    private static ConsumerRecord<String, String> record(String unit, String eventId) {
        String key = UUID.randomUUID().toString();
        ConsumerRecord<String, String> record = new ConsumerRecord<>(Topics.DOSSIER, 0, 0L, key, receivedJson(key, unit));
        headers(eventId).forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    private static Map<String, String> headers(String eventId) {
        return Map.of(CloudEventHeaders.ID, eventId, CloudEventHeaders.TYPE, EventType.DOSSIER_RECEIVED.type(),
                CloudEventHeaders.SOURCE, "/test", CloudEventHeaders.TIME, Instant.now().toString(),
                CloudEventHeaders.SPEC_VERSION, "1.0");
    }

    private static String receivedJson(String id, String unit) {
        return """
                {"dossierId":"%s","dossierCode":"000.00.31.H41-220715-0001","unitCode":"%s","procedureCode":"1.001193",
                 "procedureVersion":1,"fieldCode":"ho-tich","level":"COMMUNE","channel":"ONLINE",
                 "receivedAt":"2022-07-15T01:00:00Z","dueAt":"2022-07-15T09:00:00Z"}""".formatted(id, unit);
    }
}
