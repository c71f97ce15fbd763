package vn.motcua.backbone.inbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.motcua.backbone.sample.ReceivedCountProjection;
import vn.motcua.backbone.security.Roles;
import vn.motcua.contracts.CloudEventHeaders;
import vn.motcua.contracts.EventType;
import vn.motcua.contracts.Topics;
import vn.motcua.testsupport.KafkaTestClient;
import vn.motcua.testsupport.ProvincialAdmin;
import vn.motcua.testsupport.TestTokens;

/** A dead letter waits visibly until the provincial administrator replays it once the cause is fixed; then it is applied. */
@QuarkusTest
class DeadLetterReplayTest {

    private static final String DLQ = "motcua.dossier.dlq.backbone-test";

    @Inject
    ReceivedCountProjection projection;
    @Inject
    DeadLetterReplay deadLetters;

    @Test
    void aDeadLetterIsCountedUntilReplayedAndTheReplayAppliesItOnce() throws Exception {
        String unit = "unit-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        KafkaTestClient.createTopic(DLQ, 1, false);
        skipWhatOtherTestsLeftBehind();
        projection.rejectUnit(unit);
        try {
            KafkaTestClient.send(Topics.DOSSIER, key, receivedJson(key, unit), headers(UUID.randomUUID().toString()));
            await().atMost(Duration.ofSeconds(20)).until(() -> deadLetters.pending().getOrDefault(DLQ, 0L) == 1L);
        } finally {
            projection.acceptUnit(unit); // the fix is deployed
        }
        given().header("Authorization", admin()).get("/api/v1/admin/dead-letters").then().statusCode(200)
                .body("topics.'" + DLQ + "'", org.hamcrest.Matchers.equalTo(1));
        assertThat(count(unit)).isZero();

        given().header("Authorization", admin()).post("/api/v1/admin/dead-letters/replay").then().statusCode(200)
                .body("topics.'" + DLQ + "'", org.hamcrest.Matchers.equalTo(1));

        await().atMost(Duration.ofSeconds(20)).until(() -> count(unit) == 1);
        assertThat(deadLetters.pending()).containsEntry(DLQ, 0L);
        assertThat(deadLetters.replay()).isEmpty();
    }

    @Test
    void onlyTheProvincialAdministratorMaySeeOrReplayDeadLetters() {
        given().post("/api/v1/admin/dead-letters/replay").then().statusCode(401)
                .contentType("application/problem+json");
        given().header("Authorization", TestTokens.user("fd").roles(Roles.FRONT_DESK).unit("31639").bearer())
                .post("/api/v1/admin/dead-letters/replay").then().statusCode(403)
                .contentType("application/problem+json");
        given().header("Authorization", TestTokens.user("sup").roles(Roles.SUPERVISOR).unit("94").bearer())
                .get("/api/v1/admin/dead-letters").then().statusCode(403);
        // a commune's admin: dead letters hold every unit's events (issue 13 item 8)
        String communeAdmin = TestTokens.user("admin.commune").roles(Roles.ADMIN).unit("31639").bearer();
        for (String call : new String[] {"GET /api/v1/admin/dead-letters", "POST /api/v1/admin/dead-letters/replay"}) {
            given().header("Authorization", communeAdmin).request(call.split(" ")[0], call.split(" ")[1]).then()
                    .statusCode(403).contentType("application/problem+json")
                    .body("detail", org.hamcrest.Matchers.containsString("Only the provincial administrator may"))
                    .body("detail", org.hamcrest.Matchers.containsString("31639"));
        }
        given().header("Authorization", ProvincialAdmin.bearer()).get("/api/v1/admin/dead-letters").then()
                .statusCode(200);
    }

    /** Moves the replay group to the end of the dead-letter topic (their poison would only come back). */
    private static void skipWhatOtherTestsLeftBehind() throws Exception {
        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(Map.of(
                org.apache.kafka.clients.admin.AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                KafkaTestClient.bootstrapServers()))) {
            var partition = new org.apache.kafka.common.TopicPartition(DLQ, 0);
            long end = admin.listOffsets(Map.of(partition, org.apache.kafka.clients.admin.OffsetSpec.latest())).all()
                    .get().get(partition).offset();
            admin.alterConsumerGroupOffsets("backbone-test.dead-letter-replay",
                    Map.of(partition, new org.apache.kafka.clients.consumer.OffsetAndMetadata(end))).all().get();
        }
    }

    private static String admin() {
        return ProvincialAdmin.bearer();
    }

    private int count(String unit) {
        return QuarkusTransaction.requiringNew().call(() -> projection.countFor(unit));
    }

    private static Map<String, String> headers(String eventId) {
        return Map.of(CloudEventHeaders.ID, eventId, CloudEventHeaders.TYPE, EventType.DOSSIER_RECEIVED.type(),
                CloudEventHeaders.SOURCE, "/test", CloudEventHeaders.TIME, Instant.now().toString(),
                CloudEventHeaders.SPEC_VERSION, "1.0");
    }

    private static String receivedJson(String id, String unit) {
        return """
                {"dossierId":"%s","dossierCode":"000.00.31.H41-220715-0001","unitCode":"%s","procedureCode":"1.001193",
                 "procedureVersion":1,"fieldCode":"ho-tich","level":"COMMUNE","channel":"ONLINE",
                 "receivedAt":"2022-07-15T01:00:00Z","dueAt":"2022-07-15T09:00:00Z"}""".formatted(id, unit);
    }
}
