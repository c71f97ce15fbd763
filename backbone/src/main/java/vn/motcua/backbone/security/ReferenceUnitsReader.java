package vn.motcua.backbone.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.motcua.contracts.CloudEventHeaders;
import vn.motcua.contracts.EventType;
import vn.motcua.contracts.Topics;
import vn.motcua.contracts.reference.UnitChanged;

/**
 * Keeps {@link UnitScope}'s tree up to date: every instance reads the whole compacted
 * {@code motcua.reference} topic from its beginning, then follows it, without a consumer group (each
 * instance needs every unit, and nothing is committed). A record that cannot be read is logged and
 * skipped: the tree is a copy, rebuilt from the topic at the next start.
 */
@ApplicationScoped
public class ReferenceUnitsReader {

    private static final Logger LOG = Logger.getLogger(ReferenceUnitsReader.class);

    private final UnitScope scope;
    private final ObjectMapper json;
    private final String bootstrapServers;
    private final boolean enabled;
    private volatile KafkaConsumer<String, String> consumer;
    private volatile boolean stopping;

    ReferenceUnitsReader(UnitScope scope, ObjectMapper json,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "motcua.unit-scope.enabled", defaultValue = "true") boolean enabled) {
        this.scope = scope;
        this.json = json;
        this.bootstrapServers = bootstrapServers;
        this.enabled = enabled;
    }

    void onStart(@Observes StartupEvent start) {
        if (!enabled) {
            return;
        }
        Thread reader = new Thread(this::follow, "unit-tree-reader");
        reader.setDaemon(true);
        reader.start();
    }

    void onStop(@Observes ShutdownEvent stop) {
        stopping = true;
        KafkaConsumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
    }

    private void follow() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "unit-tree-reader");
        try (KafkaConsumer<String, String> reader = new KafkaConsumer<>(config)) {
            consumer = reader;
            List<TopicPartition> partitions = waitForPartitions(reader);
            reader.assign(partitions);
            reader.seekToBeginning(partitions);
            while (!stopping) {
                for (ConsumerRecord<String, String> record : reader.poll(Duration.ofSeconds(1))) {
                    take(record);
                }
            }
        } catch (WakeupException e) {
            // stopping
        } catch (RuntimeException e) {
            LOG.errorf("The unit tree stopped following %s: %s", Topics.REFERENCE, e);
        }
    }

    private List<TopicPartition> waitForPartitions(KafkaConsumer<String, String> reader) {
        while (!stopping) {
            List<TopicPartition> partitions = reader.listTopics(Duration.ofSeconds(10)).getOrDefault(Topics.REFERENCE, List.of())
                    .stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            if (!partitions.isEmpty()) {
                return partitions;
            }
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return List.of();
    }

    private void take(ConsumerRecord<String, String> record) {
        Header type = record.headers().lastHeader(CloudEventHeaders.TYPE);
        if (type == null || record.value() == null
                || !EventType.UNIT_CHANGED.type().equals(new String(type.value(), StandardCharsets.UTF_8))) {
            return;
        }
        try {
            scope.apply(json.readValue(record.value(), UnitChanged.class));
        } catch (Exception e) {
            LOG.warnf("Skipping unit record %s at %s-%d@%d: %s", record.key(), record.topic(), record.partition(),
                    record.offset(), e.getMessage());
        }
    }
}
