package vn.motcua.intake.tracing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.motcua.intake.Fixtures.LONG_PHU_COMMUNE;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.motcua.contracts.CloudEventHeaders;
import vn.motcua.contracts.EventType;
import vn.motcua.contracts.Topics;
import vn.motcua.intake.Fixtures;
import vn.motcua.testsupport.KafkaTestClient;

/**
 * Issue 18: one reception's trace spans intake's HTTP request, the outbox relay's publication and a consumer (intake's
 * own notification consumer, which reads the DossierReceived from Kafka like workflow, document and stats do): the
 * three spans share one trace id, each the parent of the next, carried by the row and the {@code traceparent} header.
 */
@QuarkusTest
class ReceptionTraceTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    InMemorySpanExporter spans;

    @Test
    void oneReceptionsTraceSpansTheRequestTheOutboxPublicationAndTheConsumer() {
        KafkaTestClient.Position before = KafkaTestClient.position(Topics.DOSSIER);
        String dossierId = given().header("Authorization", Fixtures.frontDesk(LONG_PHU_COMMUNE))
                .contentType(ContentType.JSON).body(Fixtures.birthRegistration())
                .post("/api/v1/dossiers").then().statusCode(201).extract().path("dossier.id");

        ConsumerRecord<String, String> received = await().atMost(WAIT).until(
                () -> KafkaTestClient.consume(before, Duration.ofSeconds(2), 1).stream()
                        .filter(r -> dossierId.equals(r.key()))
                        .filter(r -> EventType.DOSSIER_RECEIVED.type()
                                .equals(KafkaTestClient.headers(r).get(CloudEventHeaders.TYPE)))
                        .findFirst(), Optional::isPresent).orElseThrow();
        Map<String, String> headers = KafkaTestClient.headers(received);
        String eventId = headers.get(CloudEventHeaders.ID);
        assertThat(headers).containsKey("traceparent");

        SpanData consumer = awaitSpan(s -> s.getKind() == SpanKind.CONSUMER
                && s.getName().equals("intake-service.notifications process")
                && eventId.equals(s.getAttributes().asMap().values().stream()
                        .filter(eventId::equals).findFirst().orElse(null)));
        String traceId = consumer.getTraceId();
        SpanData publish = awaitSpan(s -> s.getSpanId().equals(consumer.getParentSpanId()));
        SpanData request = awaitSpan(s -> s.getKind() == SpanKind.SERVER && s.getTraceId().equals(traceId));

        assertThat(headers.get("traceparent")).isEqualTo("00-" + traceId + "-" + publish.getSpanId() + "-01");
        assertThat(publish.getKind()).isEqualTo(SpanKind.PRODUCER);
        assertThat(publish.getName()).isEqualTo(Topics.DOSSIER + " publish");
        assertThat(publish.getTraceId()).isEqualTo(traceId);
        assertThat(request.getName()).contains("POST");
        assertThat(publish.getParentSpanId()).isEqualTo(request.getSpanId());
    }

    private SpanData awaitSpan(Predicate<SpanData> which) {
        return await().atMost(WAIT).until(() -> spans.getFinishedSpanItems().stream().filter(which).findFirst(),
                Optional::isPresent).orElseThrow();
    }
}
