package vn.motcua.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;

class KafkaTestClientTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void aSentRecordIsReadBackWithKeyValueAndHeaders() {
        String topic = uniqueTopic();

        KafkaTestClient.send(topic, "dossier-1", "{\"code\":\"000.00.31.H26-250101-0001\"}",
                Map.of("ce_type", "vn.motcua.dossier.received.v1", "ce_id", "e-1"));
        List<ConsumerRecord<String, String>> records = KafkaTestClient.consume(topic, WAIT, 1);

        assertEquals(1, records.size());
        ConsumerRecord<String, String> record = records.get(0);
        assertEquals("dossier-1", record.key());
        assertEquals("{\"code\":\"000.00.31.H26-250101-0001\"}", record.value());
        assertEquals(Map.of("ce_type", "vn.motcua.dossier.received.v1", "ce_id", "e-1"),
                KafkaTestClient.headers(record));
    }

    @Test
    void autoCreatedTopicsHaveThreePartitions() {
        String topic = uniqueTopic();

        KafkaTestClient.send(topic, "k", "v", Map.of());

        assertEquals(3, KafkaTestClient.position(topic).offsets().size());
    }

    @Test
    void readingFromAPositionSkipsWhatCameBefore() {
        String topic = uniqueTopic();
        KafkaTestClient.send(topic, "same-key", "before", Map.of());

        KafkaTestClient.Position mark = KafkaTestClient.position(topic);
        KafkaTestClient.send(topic, "same-key", "after", Map.of());

        List<ConsumerRecord<String, String>> records = KafkaTestClient.consume(mark, WAIT, 1);
        assertEquals(List.of("after"), records.stream().map(ConsumerRecord::value).toList());
    }

    @Test
    void theQuietVariantReportsRecordsBeyondTheExpectedCount() {
        String topic = uniqueTopic();
        KafkaTestClient.send(topic, "k", "first", Map.of());
        KafkaTestClient.send(topic, "k", "duplicate", Map.of());

        List<ConsumerRecord<String, String>> records = KafkaTestClient.consumeThenQuiet(topic, WAIT, 1,
                Duration.ofSeconds(1));

        assertEquals(List.of("first", "duplicate"), records.stream().map(ConsumerRecord::value).toList());
    }

    @Test
    void waitingOnATopicNobodyWroteToReturnsNothing() {
        List<ConsumerRecord<String, String>> records = KafkaTestClient.consumeThenQuiet(uniqueTopic(), WAIT, 0,
                Duration.ofMillis(500));

        assertTrue(records.isEmpty());
    }

    @Test
    void createTopicMakesACompactedTopicAndToleratesRepeats() throws Exception {
        String topic = uniqueTopic();

        KafkaTestClient.createTopic(topic, 2, true);
        KafkaTestClient.createTopic(topic, 2, true);

        assertEquals(2, KafkaTestClient.position(topic).offsets().size());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                KafkaTestClient.bootstrapServers()))) {
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            Config config = admin.describeConfigs(List.of(resource)).all().get(20, TimeUnit.SECONDS).get(resource);
            assertEquals("compact", config.get("cleanup.policy").value());
        }
    }

    private static String uniqueTopic() {
        return "test." + UUID.randomUUID();
    }
}
