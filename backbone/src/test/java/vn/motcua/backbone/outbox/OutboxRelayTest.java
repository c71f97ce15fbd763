package vn.motcua.backbone.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.motcua.contracts.CloudEventHeaders;
import vn.motcua.contracts.EventType;
import vn.motcua.contracts.Topics;
import vn.motcua.testsupport.EventSchemas;
import vn.motcua.testsupport.KafkaTestClient;
import vn.motcua.testsupport.RealInfrastructure;

/** The outbox with the scheduled relay running, on real PostgreSQL and Kafka. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class OutboxRelayTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void aCommittedChangeIsPublishedExactlyOnceWithCloudEventHeadersAndTheAggregateKey() {
        String code = "000.00.31.H41-" + "220715-" + fourDigits();
        KafkaTestClient.Position before = KafkaTestClient.position(Topics.DOSSIER);
        var created = given().contentType(ContentType.JSON)
                .body("{\"unitCode\":\"31639\",\"code\":\"" + code + "\"}")
                .post("/test/dossiers")
                .then().statusCode(200).extract().jsonPath();
        String dossierId = created.getString("id");
        String eventId = created.getString("eventId");

        // a quiet period after the first: a second copy would show up here
        List<ConsumerRecord<String, String>> published = KafkaTestClient.consumeThenQuiet(before, WAIT, 1,
                Duration.ofSeconds(2)).stream().filter(r -> dossierId.equals(r.key())).toList();

        assertThat(published).hasSize(1);
        ConsumerRecord<String, String> record = published.get(0);
        assertThat(record.key()).isEqualTo(dossierId);
        assertThat(header(record, CloudEventHeaders.ID)).isEqualTo(eventId);
        assertThat(header(record, CloudEventHeaders.TYPE)).isEqualTo(EventType.DOSSIER_RECEIVED.type());
        assertThat(header(record, CloudEventHeaders.SOURCE)).isEqualTo("/motcua/backbone-test");
        assertThat(header(record, CloudEventHeaders.SUBJECT)).isEqualTo(code);
        assertThat(header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(java.time.Instant.parse(header(record, CloudEventHeaders.TIME)))
                .isBefore(java.time.Instant.now().plusSeconds(1));
        EventSchemas.assertValid(EventType.DOSSIER_RECEIVED.type(), record.value());
    }

    @Test
    void aRolledBackChangePublishesNothing() {
        String failedCode = "000.00.31.H41-220716-" + fourDigits();
        KafkaTestClient.Position before = KafkaTestClient.position(Topics.DOSSIER);
        given().contentType(ContentType.JSON)
                .body("{\"unitCode\":\"31642\",\"code\":\"" + failedCode + "\",\"failAfterWrite\":true}")
                .post("/test/dossiers")
                .then().statusCode(409).contentType("application/problem+json");

        // a later committed change is the barrier: once it is on the topic, the relay has passed the
        // failed one's place in the outbox
        String laterCode = "000.00.31.H41-220716-" + fourDigits();
        given().contentType(ContentType.JSON)
                .body("{\"unitCode\":\"31642\",\"code\":\"" + laterCode + "\"}")
                .post("/test/dossiers").then().statusCode(200);
        List<ConsumerRecord<String, String>> published = KafkaTestClient.consumeThenQuiet(before, WAIT, 1,
                Duration.ofSeconds(1));
        assertThat(published).extracting(r -> header(r, CloudEventHeaders.SUBJECT)).containsExactly(laterCode);
        // the code was not taken: nothing was half-written
        KafkaTestClient.Position beforeRetry = KafkaTestClient.position(Topics.DOSSIER);
        given().contentType(ContentType.JSON)
                .body("{\"unitCode\":\"31642\",\"code\":\"" + failedCode + "\"}")
                .post("/test/dossiers").then().statusCode(200);
        assertThat(KafkaTestClient.consume(beforeRetry, WAIT, 1)).hasSize(1);
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static final java.util.concurrent.atomic.AtomicInteger SEQUENCE = new java.util.concurrent.atomic.AtomicInteger();

    static String fourDigits() {
        return String.format("%04d", SEQUENCE.incrementAndGet());
    }
}
