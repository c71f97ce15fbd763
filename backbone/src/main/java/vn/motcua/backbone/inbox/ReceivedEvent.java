package vn.motcua.backbone.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import vn.motcua.backbone.tracing.EventTracing;
import vn.motcua.contracts.CloudEventHeaders;

/**
 * A CloudEvent read from Kafka (binary mode): the attributes from the headers, the JSON body as text.
 *
 * @param id      {@code ce_id}, what consumers deduplicate on
 * @param type    {@code ce_type}, e.g. {@code vn.motcua.dossier.received.v1}
 * @param source  {@code ce_source}
 * @param subject {@code ce_subject}, empty if absent
 * @param time    {@code ce_time}
 * @param key     the Kafka key (the aggregate id)
 * @param payload the JSON body
 * @param trace   the W3C trace context of the change that caused it ({@code traceparent}/{@code tracestate}
 *                headers), absent from events of producers that do not trace
 */
public record ReceivedEvent(String id, String type, String source, Optional<String> subject, Instant time,
        String key, String payload, EventTracing.Carrier trace) {

    public ReceivedEvent {
        trace = trace == null ? EventTracing.Carrier.NONE : trace;
    }

    /** An event without trace context. */
    public ReceivedEvent(String id, String type, String source, Optional<String> subject, Instant time, String key,
            String payload) {
        this(id, type, source, subject, time, key, payload, null);
    }

    /** Reads the envelope; a record without the required CloudEvents headers is not an event of ours. */
    public static ReceivedEvent from(ConsumerRecord<String, String> record) {
        String id = required(record, CloudEventHeaders.ID);
        String type = required(record, CloudEventHeaders.TYPE);
        String source = required(record, CloudEventHeaders.SOURCE);
        Instant time = header(record, CloudEventHeaders.TIME).map(Instant::parse).orElse(Instant.EPOCH);
        if (record.value() == null) {
            throw new InvalidEventException("event " + id + " has no body");
        }
        EventTracing.Carrier trace = new EventTracing.Carrier(
                header(record, EventTracing.TRACEPARENT).filter(v -> !v.isBlank()).orElse(null),
                header(record, EventTracing.TRACESTATE).orElse(null));
        return new ReceivedEvent(id, type, source, header(record, CloudEventHeaders.SUBJECT), time,
                record.key(), record.value(), trace);
    }

    private static String required(ConsumerRecord<String, String> record, String name) {
        return header(record, name).filter(v -> !v.isBlank())
                .orElseThrow(() -> new InvalidEventException("missing header " + name + " at "
                        + record.topic() + "-" + record.partition() + "@" + record.offset()));
    }

    private static Optional<String> header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null
                ? Optional.empty()
                : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }
}
