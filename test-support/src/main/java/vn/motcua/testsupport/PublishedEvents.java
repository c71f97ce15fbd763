package vn.motcua.testsupport;

import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import vn.motcua.contracts.CloudEventHeaders;
import vn.motcua.contracts.EventType;

/** Reading what a service published on a platform topic, each event checked against its published schema. */
public final class PublishedEvents {

    private PublishedEvents() {
    }

    /** The current end of {@code topic}: events published after it are the ones a test caused. */
    public static KafkaTestClient.Position mark(String topic) {
        return KafkaTestClient.position(topic);
    }

    /** Waits for {@code count} events of {@code type} with key {@code key} written after {@code from}; validates each. */
    public static List<ConsumerRecord<String, String>> await(KafkaTestClient.Position from, EventType type, String key,
            int count) {
        List<ConsumerRecord<String, String>> matching = List.of();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        int expected = 1;
        while (System.nanoTime() < deadline) {
            // returns as soon as one more record than last time is on the topic, whoever wrote it
            List<ConsumerRecord<String, String>> all = KafkaTestClient.consume(from, Duration.ofSeconds(5), expected);
            matching = all.stream()
                    .filter(r -> key.equals(r.key()))
                    .filter(r -> type.type().equals(KafkaTestClient.headers(r).get(CloudEventHeaders.TYPE)))
                    .toList();
            if (matching.size() >= count) {
                break;
            }
            expected = all.size() + 1;
        }
        matching.forEach(r -> EventSchemas.assertValid(type.type(), r.value()));
        return matching;
    }

    /** Everything written with key {@code key} after {@code from}, after waiting {@code quiet}. */
    public static List<ConsumerRecord<String, String>> allFor(KafkaTestClient.Position from, String key,
            Duration quiet) {
        return KafkaTestClient.consumeThenQuiet(from, quiet, 0, quiet).stream()
                .filter(r -> key.equals(r.key())).toList();
    }
}
