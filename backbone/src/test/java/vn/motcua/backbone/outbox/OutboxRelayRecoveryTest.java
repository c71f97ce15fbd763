package vn.motcua.backbone.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.motcua.contracts.CloudEventHeaders;
import vn.motcua.contracts.EventType;
import vn.motcua.contracts.Topics;
import vn.motcua.contracts.dossier.Channel;
import vn.motcua.contracts.dossier.DossierReceived;
import vn.motcua.testsupport.KafkaTestClient;

/**
 * A relay that dies in the middle of a batch, after some events reached Kafka and before it could
 * mark them published, loses nothing: the next relay (after a restart) publishes every event, and
 * each key's events keep their order.
 */
@QuarkusTest
@TestProfile(RelayOffProfile.class)
class OutboxRelayRecoveryTest {

    @Inject
    Outbox outbox;
    @Inject
    OutboxRelay relay;
    @Inject
    KafkaOutboxPublisher kafka;
    @Inject
    EntityManager entityManager;
    @Inject
    AgroalDataSource dataSource;

    /** OutboxRelay's advisory lock id ("MotCua"), as another instance of the service takes it. */
    private static final long RELAY_LOCK = 0x4d6f74437561L;

    @Test
    void aRelayStoppedMidBatchAndRestartedPublishesEverythingInOrderPerKey() throws Exception {
        List<String> keys = List.of(uuid(), uuid(), uuid(), uuid());
        List<UUID> appended = new ArrayList<>();
        KafkaTestClient.Position before = KafkaTestClient.position(Topics.DOSSIER);
        for (int i = 0; i < 60; i++) {
            String key = keys.get(i % keys.size());
            int n = i;
            appended.add(QuarkusTransaction.requiringNew().call(() -> outbox.append(EventType.DOSSIER_RECEIVED, key,
                    "000.00.31.H41-221003-" + String.format("%04d", n), received(key, n))));
        }

        // dies after 10 events of its first 25-event batch really reached the broker
        AtomicInteger sent = new AtomicInteger();
        OutboxPublisher dying = batch -> {
            for (OutboxEvent event : batch) {
                if (sent.incrementAndGet() > 10) {
                    throw new IllegalStateException("relay process killed");
                }
                kafka.publish(List.of(event));
            }
        };
        assertThatThrownBy(() -> relay.relayPending(dying)).hasMessageContaining("killed");
        assertThat(relay.pendingCount()).isEqualTo(60);

        // "restart": a fresh relay run over the same outbox table
        assertThat(relay.relayPending(kafka)).isEqualTo(60);
        assertThat(relay.pendingCount()).isZero();

        Set<String> mine = Set.copyOf(keys);
        List<ConsumerRecord<String, String>> records = KafkaTestClient.consumeThenQuiet(before,
                Duration.ofSeconds(20), 70, Duration.ofSeconds(1));
        assertThat(records).allMatch(r -> mine.contains(r.key()));
        List<String> published = records.stream().map(r -> OutboxRelayTest.header(r, CloudEventHeaders.ID)).toList();
        assertThat(published).hasSize(70); // 10 sent twice: at least once, never lost
        assertThat(Set.copyOf(published)).isEqualTo(appended.stream().map(UUID::toString).collect(Collectors.toSet()));

        // per key, the first delivery of each event follows the order of the outbox
        for (String key : keys) {
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < appended.size(); i++) {
                if (keys.get(i % keys.size()).equals(key)) {
                    expected.add(appended.get(i).toString());
                }
            }
            Map<String, Boolean> firstSeen = new LinkedHashMap<>();
            records.stream().filter(r -> key.equals(r.key()))
                    .forEach(r -> firstSeen.putIfAbsent(OutboxRelayTest.header(r, CloudEventHeaders.ID), true));
            assertThat(new ArrayList<>(firstSeen.keySet())).as("order of key %s", key).isEqualTo(expected);
        }
    }

    @Test
    void aRelayThatCannotReachItsBrokerKeepsEveryEventPending() throws Exception {
        String key = uuid();
        QuarkusTransaction.requiringNew().run(() -> outbox.append(EventType.DOSSIER_RECEIVED, key, null, received(key, 1)));
        long before = relay.pendingCount();
        assertThatThrownBy(() -> relay.relayBatch(batch -> {
            throw new org.apache.kafka.common.errors.TimeoutException("broker unreachable");
        })).hasMessageContaining("unreachable");
        assertThat(relay.pendingCount()).isEqualTo(before);
        relay.relayPending(kafka);
        assertThat(relay.pendingCount()).isZero();
    }

    @Test
    void theRelaysMarksCommitWithoutWaitingForTheDiskOnlyInItsOwnTransaction() throws Exception {
        String key = uuid();
        QuarkusTransaction.requiringNew().run(() -> outbox.append(EventType.DOSSIER_RECEIVED, key, null, received(key, 3)));
        List<String> seenWhilePublishing = new ArrayList<>();
        relay.relayPending(batch -> {
            seenWhilePublishing.add(synchronousCommit());
            kafka.publish(batch);
        });
        // set by the relay for its transaction (the test server runs with it off anyway: hence the source); a crash
        // that loses the marks sends those events again, at least once, which consumers absorb
        assertThat(seenWhilePublishing).containsOnly("off from session").isNotEmpty();
        assertThat(relay.pendingCount()).isZero();
        // the changes that append events keep the server's setting
        assertThat(QuarkusTransaction.requiringNew().call(this::synchronousCommit)).doesNotEndWith("from session");
    }

    @Test
    void whileAnotherInstanceHoldsTheRelayLockThisOneSendsAndMarksNothing() throws Exception {
        String key = uuid();
        QuarkusTransaction.requiringNew().run(() -> outbox.append(EventType.DOSSIER_RECEIVED, key, null, received(key, 4)));
        long pending = relay.pendingCount();
        List<OutboxEvent> sent = new ArrayList<>();
        try (Connection otherInstance = dataSource.getConnection()) {
            otherInstance.setAutoCommit(false);
            try (var lock = otherInstance.prepareStatement("select pg_advisory_xact_lock(" + RELAY_LOCK + ")")) {
                lock.execute();
            }
            assertThat(relay.relayPending(sent::addAll)).isZero();
            assertThat(sent).isEmpty();
            assertThat(relay.pendingCount()).isEqualTo(pending);
            otherInstance.rollback();
        }
        assertThat(relay.relayPending(sent::addAll)).isEqualTo(pending);
        assertThat(sent).extracting(event -> event.key).contains(key);
        assertThat(sent).extracting(event -> event.id).isSorted();
        assertThat(relay.pendingCount()).isZero();
    }

    private String synchronousCommit() {
        return (String) entityManager.createNativeQuery(
                "select setting || ' from ' || source from pg_settings where name = 'synchronous_commit'").getSingleResult();
    }

    @Test
    void aFailedSendReplacesTheProducerSoABrokenSequenceCannotBlockTheOutbox() throws Exception {
        OutboxEvent refused = new OutboxEvent();
        refused.eventId = UUID.randomUUID();
        refused.topic = "not a topic name!"; // the broker refuses it: a real send failure
        refused.key = uuid();
        refused.type = EventType.DOSSIER_RECEIVED.type();
        refused.occurredAt = Instant.now();
        refused.payload = "{}";
        Object producerBefore = kafka.currentProducer();
        assertThatThrownBy(() -> kafka.publish(List.of(refused))).isNotNull();
        assertThat(kafka.currentProducer()).isNotSameAs(producerBefore);

        String key = uuid();
        QuarkusTransaction.requiringNew().run(() -> outbox.append(EventType.DOSSIER_RECEIVED, key, null, received(key, 2)));
        KafkaTestClient.Position before = KafkaTestClient.position(Topics.DOSSIER);
        relay.relayPending(kafka);
        assertThat(relay.pendingCount()).isZero();
        assertThat(KafkaTestClient.consumeThenQuiet(before, Duration.ofSeconds(20), 1, Duration.ofSeconds(1)))
                .extracting(ConsumerRecord::key).contains(key);
    }

    @Test
    void anEventMustMatchItsDeclaredPayloadAndTransaction() {
        assertThatThrownBy(() -> outbox.append(EventType.DOSSIER_RECEIVED, "k", null, received("k", 1)))
                .hasMessageContaining("Transaction");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> outbox.append(
                EventType.DOSSIER_RESOLVED, "k", null, received("k", 1))))
                .hasMessageContaining("DossierResolved");
    }

    private static DossierReceived received(String key, int n) {
        Instant at = Instant.parse("2022-10-03T01:00:00Z").plusSeconds(n);
        return new DossierReceived(key, "000.00.31.H41-221003-" + String.format("%04d", n), "31645",
                "2.000815", 1, "chung-thuc", "COMMUNE", Channel.IN_PERSON, at, at.plusSeconds(3600));
    }

    private static String uuid() {
        return UUID.randomUUID().toString();
    }
}
