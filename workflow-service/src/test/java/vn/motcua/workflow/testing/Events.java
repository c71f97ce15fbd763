package vn.motcua.workflow.testing;

import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import vn.motcua.contracts.CloudEventHeaders;
import vn.motcua.contracts.EventType;
import vn.motcua.contracts.Topics;
import vn.motcua.testsupport.EventSchemas;
import vn.motcua.testsupport.KafkaTestClient;

/** Reading this service's events from motcua.dossier, each checked against its published schema. */
public final class Events {

    private Events() {
    }

    public static KafkaTestClient.Position mark() {
        return KafkaTestClient.position(Topics.DOSSIER);
    }

    /** Waits for {@code count} events of {@code type} with key {@code key} written after {@code from}; validates each. */
    public static List<ConsumerRecord<String, String>> await(KafkaTestClient.Position from, EventType type, String key,
            int count) {
        List<ConsumerRecord<String, String>> matching = List.of();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        int expected = 1;
        while (System.nanoTime() < deadline) {
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
}
