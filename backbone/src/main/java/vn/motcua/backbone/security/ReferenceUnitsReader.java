package vn.motcua.backbone.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
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
import vn.motcua.contracts.reference.ProcedurePublished;
import vn.motcua.contracts.reference.UnitChanged;

/**
 * Keeps {@link UnitScope}'s tree (and {@link CatalogueNames}) up to date: every instance reads the whole compacted
 * {@code motcua.reference} topic from its beginning, then follows it, without a consumer group (each
 * instance needs every unit, and nothing is committed). A record that cannot be read is logged and
 * skipped: the tree is a copy, rebuilt from the topic at the next start. When the broker cannot be
 * reached (Kafka still starting, a broker restart) the reader keeps the tree it has, and retries with a
 * fresh consumer after a backoff that doubles up to a cap, until the application stops.
 */
@ApplicationScoped
public class ReferenceUnitsReader {

    private static final Logger LOG = Logger.getLogger(ReferenceUnitsReader.class);

    /** What the reader is doing, since when, and (when retrying) why. */
    public record State(boolean following, Instant since, Optional<String> cause) {
    }

    private final UnitScope scope;
    private final CatalogueNames catalogue;
    private final ObjectMapper json;
    private final Supplier<Map<String, Object>> kafkaConfig;
    private final boolean enabled;
    private final Duration metadataTimeout;
    private final Duration firstBackoff;
    private final Duration maxBackoff;
    private final Object pause = new Object();
    private volatile KafkaConsumer<String, String> consumer;
    private volatile boolean stopping;
    private volatile State state = new State(false, Instant.now(), Optional.empty()); // starting

    @Inject
    ReferenceUnitsReader(UnitScope scope, CatalogueNames catalogue, ObjectMapper json,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            @ConfigProperty(name = "motcua.unit-scope.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "motcua.unit-scope.metadata-timeout", defaultValue = "10s") Duration metadataTimeout,
            @ConfigProperty(name = "motcua.unit-scope.retry.initial-backoff", defaultValue = "1s") Duration firstBackoff,
            @ConfigProperty(name = "motcua.unit-scope.retry.max-backoff", defaultValue = "30s") Duration maxBackoff) {
        // the broker's address and the service's credentials (kafka.*), as every other client of the service
        this(scope, catalogue, json, enabled, metadataTimeout, firstBackoff, maxBackoff, () -> kafkaConfig);
    }

    /** A reader that asks {@code bootstrapServers} for the broker each time it connects. */
    ReferenceUnitsReader(UnitScope scope, ObjectMapper json, Supplier<String> bootstrapServers, boolean enabled,
            Duration metadataTimeout, Duration firstBackoff, Duration maxBackoff) {
        this(scope, new CatalogueNames(), json, enabled, metadataTimeout, firstBackoff, maxBackoff,
                () -> Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers.get()));
    }

    private ReferenceUnitsReader(UnitScope scope, CatalogueNames catalogue, ObjectMapper json, boolean enabled,
            Duration metadataTimeout, Duration firstBackoff, Duration maxBackoff,
            Supplier<Map<String, Object>> kafkaConfig) {
        this.scope = scope;
        this.catalogue = catalogue;
        this.json = json;
        this.kafkaConfig = kafkaConfig;
        this.enabled = enabled;
        this.metadataTimeout = metadataTimeout;
        this.firstBackoff = firstBackoff;
        this.maxBackoff = maxBackoff;
    }

    void onStart(@Observes StartupEvent start) {
        if (enabled) {
            start();
        }
    }

    /** Starts following on a thread of its own. */
    void start() {
        Thread reader = new Thread(this::follow, "unit-tree-reader");
        reader.setDaemon(true);
        reader.start();
    }

    void onStop(@Observes ShutdownEvent stop) {
        stop();
    }

    /** Stops following: the thread ends after its current poll or backoff. */
    void stop() {
        stopping = true;
        KafkaConsumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        synchronized (pause) {
            pause.notifyAll();
        }
    }

    /** Whether the reader follows the topic now, or since when and why it retries. */
    public State state() {
        return state;
    }

    public boolean enabled() {
        return enabled;
    }

    private void follow() {
        Duration backoff = firstBackoff;
        String failure = null;
        while (!stopping) {
            try {
                followOnce();
            } catch (WakeupException e) {
                // stopping
            } catch (RuntimeException e) {
                boolean hadRecovered = state.following();
                if (hadRecovered) {
                    backoff = firstBackoff;
                    failure = null;
                }
                String cause = e.getClass().getSimpleName() + ": " + e.getMessage();
                if (!cause.equals(failure)) { // once per failure, not once per retry
                    LOG.errorf("The unit tree cannot follow %s (%s); it keeps its %d units and retries, every %s at most",
                            Topics.REFERENCE, cause, scope.tree().size(), maxBackoff);
                    Instant since = failure == null ? Instant.now() : state.since();
                    state = new State(false, since, Optional.of(cause));
                    failure = cause;
                }
                pauseFor(backoff);
                backoff = backoff.multipliedBy(2).compareTo(maxBackoff) > 0 ? maxBackoff : backoff.multipliedBy(2);
            }
        }
    }

    private void followOnce() {
        Map<String, Object> config = new HashMap<>(kafkaConfig.get());
        config.keySet().retainAll(ConsumerConfig.configNames());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "unit-tree-reader");
        config.remove(ConsumerConfig.GROUP_ID_CONFIG); // assigned partitions, no group
        try (KafkaConsumer<String, String> reader = new KafkaConsumer<>(config)) {
            consumer = reader;
            if (stopping) {
                return;
            }
            List<TopicPartition> partitions = waitForPartitions(reader);
            reader.assign(partitions);
            reader.seekToBeginning(partitions);
            while (!stopping) {
                for (ConsumerRecord<String, String> record : reader.poll(Duration.ofSeconds(1))) {
                    take(record);
                }
                if (!state.following()) {
                    if (state.cause().isPresent()) {
                        LOG.infof("The unit tree follows %s again", Topics.REFERENCE);
                    }
                    state = new State(true, Instant.now(), Optional.empty());
                }
            }
        } finally {
            consumer = null;
        }
    }

    private List<TopicPartition> waitForPartitions(KafkaConsumer<String, String> reader) {
        while (!stopping) {
            List<TopicPartition> partitions = reader.listTopics(metadataTimeout).getOrDefault(Topics.REFERENCE, List.of())
                    .stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            if (!partitions.isEmpty()) {
                return partitions;
            }
            pauseFor(Duration.ofSeconds(2)); // the topic is not created yet
        }
        return List.of();
    }

    private void pauseFor(Duration wait) {
        synchronized (pause) {
            if (stopping) {
                return;
            }
            try {
                pause.wait(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopping = true;
            }
        }
    }

    private void take(ConsumerRecord<String, String> record) {
        Header type = record.headers().lastHeader(CloudEventHeaders.TYPE);
        if (type == null || record.value() == null) {
            return;
        }
        String eventType = new String(type.value(), StandardCharsets.UTF_8);
        try {
            if (EventType.UNIT_CHANGED.type().equals(eventType)) {
                scope.apply(json.readValue(record.value(), UnitChanged.class));
            } else if (EventType.PROCEDURE_PUBLISHED.type().equals(eventType)) {
                catalogue.apply(json.readValue(record.value(), ProcedurePublished.class));
            }
        } catch (Exception e) {
            LOG.warnf("Skipping reference record %s at %s-%d@%d: %s", record.key(), record.topic(), record.partition(),
                    record.offset(), e.getMessage());
        }
    }
}
