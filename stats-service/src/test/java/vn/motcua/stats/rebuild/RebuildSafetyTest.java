package vn.motcua.stats.rebuild;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import vn.motcua.backbone.problem.ProblemException;
import vn.motcua.testsupport.KafkaTestClient;
import vn.motcua.testsupport.ProvincialAdmin;

/**
 * A rebuild runs once at a time across the replicas, and never from topics that lost their oldest events.
 */
@QuarkusTest
class RebuildSafetyTest {

    /** Only the provincial admin rebuilds: the figures of every unit are rebuilt. */
    private static String admin() {
        return ProvincialAdmin.bearer();
    }

    @Inject
    DataSource dataSource;
    @Inject
    ProjectionRebuild rebuild;

    @Test
    void aRebuildRunningOnAnotherReplicaRefusesASecondOne() throws Exception {
        await().atMost(Duration.ofSeconds(120)).until(() -> !rebuild.status().running());
        try (Connection otherReplica = dataSource.getConnection(); Statement s = otherReplica.createStatement()) {
            // what another replica's running rebuild holds
            s.execute("select pg_advisory_lock(" + ProjectionRebuild.REBUILD_KEY + ")");
            try {
                given().header("Authorization", admin()).post("/api/v1/admin/rebuild")
                        .then().statusCode(409).contentType(startsWith("application/problem+json"))
                        .body("detail", containsString("another replica"));
                assertThat(rebuild.status().running()).isFalse();
            } finally {
                s.execute("select pg_advisory_unlock(" + ProjectionRebuild.REBUILD_KEY + ")");
            }
        }
    }

    @Test
    void aTopicWhoseLogStartIsAboveZeroIsRefusedSayingWhy() throws Exception {
        String whole = "stats-history-whole-" + UUID.randomUUID();
        String truncated = "stats-history-truncated-" + UUID.randomUUID();
        for (String topic : List.of(whole, truncated)) {
            KafkaTestClient.createTopic(topic, 1, false);
            for (int i = 0; i < 3; i++) {
                KafkaTestClient.send(topic, "k", "v" + i, Map.of());
            }
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                KafkaTestClient.bootstrapServers()))) {
            TopicHistory.requireWhole(admin, List.of(whole)); // nothing removed: allowed

            // what retention does to the oldest events
            admin.deleteRecords(Map.of(new TopicPartition(truncated, 0), RecordsToDelete.beforeOffset(2)))
                    .all().get(30, TimeUnit.SECONDS);
            assertThatThrownBy(() -> TopicHistory.requireWhole(admin, List.of(whole, truncated)))
                    .isInstanceOfSatisfying(ProblemException.class, e -> {
                        assertThat(e.status()).isEqualTo(409);
                        assertThat(e.getMessage()).contains(truncated + "-0 starts at offset 2")
                                .doesNotContain(whole);
                    });
        }
    }
}
