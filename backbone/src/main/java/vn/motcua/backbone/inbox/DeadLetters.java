package vn.motcua.backbone.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Parks an event that can never be applied on {@code <topic>.dlq.<service>}, with the headers SmallRye's
 * dead-letter strategy writes ({@code dead-letter-reason}, {@code -topic}, {@code -partition}, {@code -offset}), so
 * {@link DeadLetterReplay} can put it back once the cause is fixed.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    public static final String REASON = "dead-letter-reason";
    public static final String TOPIC = "dead-letter-topic";
    static final String PARTITION = "dead-letter-partition";
    static final String OFFSET = "dead-letter-offset";

    private final KafkaProducer<String, String> producer;
    private final String service;
    private final MeterRegistry registry;

    DeadLetters(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            @ConfigProperty(name = "quarkus.application.name") String service, MeterRegistry registry) {
        this.service = service;
        this.registry = registry;
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "dead-letters-" + service);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.keySet().retainAll(ProducerConfig.configNames());
        this.producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    /** The dead-letter topic of {@code topic} for this service. */
    public String topicFor(String topic) {
        return topic + ".dlq." + service;
    }

    /** Sends and waits for the acknowledgement; a failure to send is transient (the caller retries). */
    void park(String consumer, ConsumerRecord<String, String> record, String reason) {
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        for (String name : new String[] {REASON, TOPIC, PARTITION, OFFSET}) {
            headers.remove(name);
        }
        header(headers, REASON, reason);
        header(headers, TOPIC, record.topic());
        header(headers, PARTITION, Integer.toString(record.partition()));
        header(headers, OFFSET, Long.toString(record.offset()));
        String deadLetterTopic = topicFor(record.topic());
        try {
            producer.send(new ProducerRecord<>(deadLetterTopic, null, record.key(), record.value(), headers))
                    .get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new TransientEventException("could not park " + record.topic() + "-" + record.partition() + "@"
                    + record.offset() + " on " + deadLetterTopic + ": " + e.getMessage(), e);
        }
        Counter.builder("motcua_consumer_dead_lettered_total").tag("consumer", consumer)
                .description("Events parked on a dead-letter topic").register(registry).increment();
        LOG.errorf("Consumer %s parked %s-%d@%d on %s: %s", consumer, record.topic(), record.partition(),
                record.offset(), deadLetterTopic, reason);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
