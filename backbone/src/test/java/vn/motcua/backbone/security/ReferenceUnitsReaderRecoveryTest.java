package vn.motcua.backbone.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.motcua.testsupport.KafkaTestClient;
import vn.motcua.testsupport.UnitEvents;

/**
 * A reader that cannot reach the broker (Kafka still starting, a broker restart) keeps trying with a fresh
 * consumer instead of ending its thread, says so in its state, then follows the topic: units published
 * afterwards reach the scope.
 */
@QuarkusTest
class ReferenceUnitsReaderRecoveryTest {

    private static final String UNREACHABLE = "127.0.0.1:1";

    @Inject
    ObjectMapper json;

    @Test
    void aReaderThatFirstFoundNoBrokerKeepsTryingThenAppliesUnitsPublishedAfterwards() {
        AtomicInteger connections = new AtomicInteger();
        UnitScope scope = new UnitScope();
        ReferenceUnitsReader reader = new ReferenceUnitsReader(scope, json,
                () -> connections.incrementAndGet() <= 2 ? UNREACHABLE : KafkaTestClient.bootstrapServers(),
                true, Duration.ofMillis(500), Duration.ofMillis(200), Duration.ofSeconds(1));
        reader.start();
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> reader.state().cause().isPresent());
            assertThat(UnitTreeCheck.describe(reader)).startsWith("retrying since").contains("TimeoutException");

            await().atMost(Duration.ofSeconds(30)).until(() -> reader.state().following());
            assertThat(connections.get()).isEqualTo(3);
            UnitEvents.publish("76", "PROVINCE", null);
            UnitEvents.publish("761", "DISTRICT", "76");
            await().atMost(Duration.ofSeconds(30)).until(() -> scope.tree().knows("761"));
            assertThat(scope.covers("76", true, "761")).isTrue();
            assertThat(UnitTreeCheck.describe(reader)).startsWith("following since");
        } finally {
            reader.stop();
        }
    }
}
