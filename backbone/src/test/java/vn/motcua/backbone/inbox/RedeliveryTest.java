package vn.motcua.backbone.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.motcua.backbone.sample.ReceivedCountProjection;
import vn.motcua.contracts.CloudEventHeaders;
import vn.motcua.contracts.EventType;
import vn.motcua.contracts.Topics;
import vn.motcua.testsupport.KafkaTestClient;

/** Redelivery, concurrent delivery and poison messages, through a real consumer group on real Kafka. */
@QuarkusTest
class RedeliveryTest {

    private static final String DLQ = "motcua.dossier.dlq.backbone-test";

    @Inject
    ReceivedCountProjection projection;
    @Inject
    EventBatches batches;
    @Inject
    jakarta.persistence.EntityManager entityManager;

    @Test
    void theSameEventDeliveredTwiceChangesTheProjectionOnce() {
        String unit = "unit-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        String key = UUID.randomUUID().toString();

        KafkaTestClient.send(Topics.DOSSIER, key, receivedJson(key, unit), headers(eventId));
        KafkaTestClient.send(Topics.DOSSIER, key, receivedJson(key, unit), headers(eventId));
        KafkaTestClient.send(Topics.DOSSIER, key, receivedJson(key, unit), headers(other));

        await().atMost(Duration.ofSeconds(20)).until(() -> count(unit) >= 2);
        // the barrier: a third distinct event after the duplicate is counted, so the duplicate was seen
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> count(unit) == 2);
        assertThat(count(unit)).isEqualTo(2);
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicWithItsReasonAndTheStreamGoesOn() {
        String unit = "unit-" + UUID.randomUUID();
        String poisonKey = UUID.randomUUID().toString();
        String noIdKey = UUID.randomUUID().toString();
        String goodKey = UUID.randomUUID().toString();
        KafkaTestClient.createTopic(DLQ, 1, false);
        KafkaTestClient.Position before = KafkaTestClient.position(DLQ);

        KafkaTestClient.send(Topics.DOSSIER, poisonKey, "{not json", headers(UUID.randomUUID().toString()));
        KafkaTestClient.send(Topics.DOSSIER, noIdKey, receivedJson(noIdKey, unit),
                Map.of(CloudEventHeaders.TYPE, EventType.DOSSIER_RECEIVED.type(), CloudEventHeaders.SOURCE, "/test"));
        KafkaTestClient.send(Topics.DOSSIER, goodKey, receivedJson(goodKey, unit), headers(UUID.randomUUID().toString()));

        await().atMost(Duration.ofSeconds(20)).until(() -> count(unit) == 1);

        List<ConsumerRecord<String, String>> dead = KafkaTestClient.consumeThenQuiet(before, Duration.ofSeconds(20), 2,
                Duration.ofSeconds(1));
        assertThat(dead).extracting(ConsumerRecord::key).containsExactlyInAnyOrder(poisonKey, noIdKey);
        ConsumerRecord<String, String> poison = dead.stream().filter(r -> poisonKey.equals(r.key())).findFirst().orElseThrow();
        assertThat(poison.value()).isEqualTo("{not json");
        assertThat(reason(poison)).contains("not a valid DossierReceived");
        ConsumerRecord<String, String> noId = dead.stream().filter(r -> noIdKey.equals(r.key())).findFirst().orElseThrow();
        assertThat(reason(noId)).contains("missing header ce_id");
    }

    @Test
    void twoConcurrentDeliveriesOfOneEventApplyItOnce() throws Exception {
        ConsumerRecord<String, String> record = record(UUID.randomUUID().toString());
        java.util.concurrent.atomic.AtomicInteger applied = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Callable<Integer> deliver = () -> batches.apply("concurrency-test", List.of(record),
                    fresh -> {
                        applied.addAndGet(fresh.size());
                        // hold the transaction open so that the two deliveries overlap
                        entityManager.createNativeQuery("select pg_sleep(0.3)").getSingleResult();
                    });
            var first = pool.submit(deliver);
            var second = pool.submit(deliver);
            assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(1, 0);
        } finally {
            pool.shutdownNow();
        }
        assertThat(applied).hasValue(1);
    }

    @Test
    void eachConsumerAppliesAnEventOnceOfItsOwn() {
        ConsumerRecord<String, String> record = record(UUID.randomUUID().toString());
        assertThat(batches.apply("once-test", List.of(record), fresh -> { })).isEqualTo(1);
        assertThat(batches.apply("once-test", List.of(record), fresh -> { })).isZero();
        assertThat(batches.apply("another-consumer", List.of(record), fresh -> { })).isEqualTo(1);
    }

    private static ConsumerRecord<String, String> record(String eventId) {
        String key = UUID.randomUUID().toString();
        ConsumerRecord<String, String> record = new ConsumerRecord<>(Topics.DOSSIER, 0, 0L, key, receivedJson(key, "u"));
        headers(eventId).forEach((name, value) -> record.headers().add(name,
                value.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return record;
    }

    private static String reason(ConsumerRecord<String, String> record) {
        var header = record.headers().lastHeader("dead-letter-reason");
        return header == null ? "" : new String(header.value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private int count(String unit) {
        return QuarkusTransaction.requiringNew().call(() -> projection.countFor(unit));
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
