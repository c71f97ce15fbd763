package vn.motcua.backbone.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
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
 */
public record ReceivedEvent(String id, String type, String source, Optional<String> subject, Instant time,
        String key, String payload) {

    /** Reads the envelope; a record without the required CloudEvents headers is not an event of ours. */
    public static ReceivedEvent from(ConsumerRecord<String, String> record) {
        String id = required(record, CloudEventHeaders.ID);
        String type = required(record, CloudEventHeaders.TYPE);
        String source = required(record, CloudEventHeaders.SOURCE);
        Instant time = header(record, CloudEventHeaders.TIME).map(Instant::parse).orElse(Instant.EPOCH);
        if (record.value() == null) {
            throw new InvalidEventException("event " + id + " has no body");
        }
        return new ReceivedEvent(id, type, source, header(record, CloudEventHeaders.SUBJECT), time,
                record.key(), record.value());
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
