package vn.motcua.backbone.outbox;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.motcua.backbone.tracing.EventTracing;
import vn.motcua.contracts.CloudEventHeaders;

/**
 * Publishes outbox rows as CloudEvents 1.0 in Kafka binary mode with an idempotent producer
 * ({@code acks=all}, at most 5 in flight), which keeps the order of each partition even on retries. An event whose
 * row holds a trace context is sent in a PRODUCER span that is a child of that context (the request that made the
 * change, not the relay's batch), and carries the span as the W3C {@code traceparent}/{@code tracestate} headers
 * beside the CloudEvents ones; an event without one is sent without them.
 */
@ApplicationScoped
public class KafkaOutboxPublisher implements OutboxPublisher {

    private final Map<String, Object> producerConfig;
    private KafkaProducer<String, String> producer;
    private final String source;
    private final Duration ackTimeout;
    private final Tracer tracer;

    KafkaOutboxPublisher(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            @ConfigProperty(name = "motcua.events.source") String source,
            @ConfigProperty(name = "motcua.outbox.ack-timeout", defaultValue = "30s") Duration ackTimeout,
            OpenTelemetry telemetry) {
        this.source = source;
        this.ackTimeout = ackTimeout;
        this.tracer = telemetry.getTracer("vn.motcua.backbone.outbox");
        this.producerConfig = producerConfig(kafkaConfig, source);
        this.producer = newProducer();
    }

    private KafkaProducer<String, String> newProducer() {
        return new KafkaProducer<>(producerConfig, new StringSerializer(), new StringSerializer());
    }

    private static Map<String, Object> producerConfig(Map<String, Object> kafkaConfig, String source) {
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay" + source.replace('/', '-'));
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        // keep only settings a producer understands; the shared map also carries consumer settings
        config.keySet().retainAll(ProducerConfig.configNames());
        return config;
    }

    /**
     * Sends the batch and waits for every acknowledgement. After any failure the producer is replaced: an
     * idempotent producer whose sequence broke (e.g. {@code OUT_OF_ORDER_SEQUENCE_NUMBER} after a broker stall)
     * would otherwise fail every retry of the same rows. The relay then re-sends the whole batch from its first
     * unpublished row with a fresh producer id; a record that had been written before the failure may appear
     * twice, which consumers absorb by the CloudEvents id (the inbox).
     */
    @Override
    public synchronized void publish(List<OutboxEvent> batch) throws Exception {
        List<Span> spans = new ArrayList<>(batch.size());
        try {
            List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
            for (OutboxEvent event : batch) {
                Span span = publishSpan(event);
                spans.add(span);
                acks.add(producer.send(toRecord(event, span)));
            }
            producer.flush();
            for (Future<RecordMetadata> ack : acks) {
                ack.get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
            }
            spans.forEach(Span::end);
        } catch (Exception | Error failure) {
            for (Span span : spans) {
                span.setStatus(StatusCode.ERROR, failure.toString());
                span.end();
            }
            KafkaProducer<String, String> broken = producer;
            producer = newProducer();
            broken.close(Duration.ZERO);
            throw failure;
        }
    }

    /** The producer in use (tests: it is replaced after a failure). */
    synchronized Object currentProducer() {
        return producer;
    }

    /** The event's PRODUCER span, child of the context stored with its row; an invalid span if it has none. */
    private Span publishSpan(OutboxEvent event) {
        EventTracing.Carrier stored = new EventTracing.Carrier(event.traceparent, event.tracestate);
        if (!stored.present()) {
            return Span.getInvalid();
        }
        return tracer.spanBuilder(event.topic + " publish")
                .setParent(stored.context())
                .setSpanKind(SpanKind.PRODUCER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "send")
                .setAttribute("messaging.destination.name", event.topic)
                .setAttribute("messaging.message.id", event.eventId.toString())
                .setAttribute("messaging.kafka.message.key", event.key)
                .setAttribute("cloudevents.event_type", event.type)
                .startSpan();
    }

    private ProducerRecord<String, String> toRecord(OutboxEvent event, Span span) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(headers, CloudEventHeaders.ID, event.eventId.toString());
        header(headers, CloudEventHeaders.SOURCE, source);
        header(headers, CloudEventHeaders.TYPE, event.type);
        if (event.subject != null) {
            header(headers, CloudEventHeaders.SUBJECT, event.subject);
        }
        header(headers, CloudEventHeaders.TIME, event.occurredAt.toString());
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        EventTracing.Carrier trace = EventTracing.carrierOf(Context.root().with(span));
        if (trace.present()) {
            header(headers, EventTracing.TRACEPARENT, trace.traceparent());
            if (trace.tracestate() != null) {
                header(headers, EventTracing.TRACESTATE, trace.tracestate());
            }
        }
        return new ProducerRecord<>(event.topic, null, event.key, event.payload, headers);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @PreDestroy
    synchronized void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
