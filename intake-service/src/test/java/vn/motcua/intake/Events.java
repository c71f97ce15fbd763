package vn.motcua.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import vn.motcua.contracts.CloudEventHeaders;
import vn.motcua.testsupport.EventSchemas;
import vn.motcua.testsupport.KafkaTestClient;
import vn.motcua.testsupport.RealInfrastructure;

/** Reading what the service published, through the real broker. */
public final class Events {

    private Events() {
    }

    /**
     * The end of {@code topic} once the outbox has nothing pending, so that events of earlier requests
     * cannot arrive after the position and be taken for this test's.
     */
    public static KafkaTestClient.Position position(String topic) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> pendingInOutbox() == 0);
        return KafkaTestClient.position(topic);
    }

    /**
     * The events with key {@code key} published after {@code from}, once {@code count} have arrived; reading
     * goes on briefly after that, so that one published twice shows up as two.
     */
    public static List<ConsumerRecord<String, String>> withKey(KafkaTestClient.Position from, String key, int count) {
        List<ConsumerRecord<String, String>> found = List.of();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        int expected = count;
        while (found.size() < count && System.nanoTime() < deadline) {
            List<ConsumerRecord<String, String>> all = KafkaTestClient.consumeThenQuiet(from, Duration.ofSeconds(10),
                    expected, Duration.ofMillis(400));
            found = all.stream().filter(r -> key.equals(r.key())).toList();
            expected = all.size() + 1;
        }
        assertThat(found).as("events with key " + key).hasSize(count);
        return found;
    }

    /** The one event with this key, checked against its schema in contracts. */
    public static ConsumerRecord<String, String> one(KafkaTestClient.Position from, String key, String ceType) {
        ConsumerRecord<String, String> record = withKey(from, key, 1).get(0);
        assertThat(KafkaTestClient.headers(record)).containsEntry(CloudEventHeaders.TYPE, ceType);
        EventSchemas.assertValid(ceType, record.value());
        return record;
    }

    /** Nothing at all is published after {@code from}. */
    public static void assertNoneAfter(KafkaTestClient.Position from) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> pendingInOutbox() == 0);
        assertThat(KafkaTestClient.consumeThenQuiet(from, Duration.ofSeconds(5), 0, Duration.ofMillis(1500)))
                .as("events published on " + from.topic()).isEmpty();
    }

    public static long pendingInOutbox() throws Exception {
        return count("select count(*) from outbox_event where published_at is null");
    }

    public static long count(String sql) throws Exception {
        try (Connection connection = RealInfrastructure.database().connect();
                ResultSet rs = connection.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
