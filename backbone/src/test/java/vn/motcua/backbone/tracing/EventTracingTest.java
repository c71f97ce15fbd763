package vn.motcua.backbone.tracing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.motcua.backbone.inbox.EventBatches;
import vn.motcua.backbone.outbox.OutboxBatch;
import vn.motcua.backbone.sample.ReceivedCountProjection;
import vn.motcua.contracts.CloudEventHeaders;
import vn.motcua.contracts.EventType;
import vn.motcua.contracts.Topics;
import vn.motcua.contracts.dossier.Channel;
import vn.motcua.contracts.dossier.DossierReceived;
import vn.motcua.testsupport.KafkaTestClient;

/**
 * One trace from the request through the outbox to each consumer: the row keeps the request's context, the relay
 * publishes it as {@code traceparent} under a PRODUCER span of that trace (not of its own batch), and a consumer
 * handles each event in a CONSUMER span that is a child of the event's context, whose outbox rows carry it on.
 */
@QuarkusTest
class EventTracingTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    InMemorySpanExporter spans;
    @Inject
    EventBatches batches;
    @Inject
    OutboxBatch outboxBatch;
    @Inject
    ReceivedCountProjection projection;
    @Inject
    EntityManager entityManager;

    @Test
    void anAppendedEventIsPublishedWithTheRequestsTraceInATraceparentHeaderBesideTheCloudEventHeaders() {
        KafkaTestClient.Position before = KafkaTestClient.position(Topics.DOSSIER);
        String code = "000.00.31.H41-220717-" + (1000 + (int) (Math.random() * 9000));
        String dossierId = given().contentType(ContentType.JSON)
                .body("{\"unitCode\":\"31639\",\"code\":\"" + code + "\"}")
                .post("/test/dossiers")
                .then().statusCode(200).extract().jsonPath().getString("id");

        ConsumerRecord<String, String> record = KafkaTestClient.consume(before, WAIT, 1).stream()
                .filter(r -> dossierId.equals(r.key())).findFirst().orElseThrow();
        Map<String, String> headers = KafkaTestClient.headers(record);
        assertThat(headers).containsKeys(CloudEventHeaders.ID, CloudEventHeaders.TYPE, CloudEventHeaders.SOURCE,
                CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.TIME, EventTracing.TRACEPARENT);
        SpanContext published = parse(headers.get(EventTracing.TRACEPARENT));

        SpanData server = await().atMost(WAIT).until(() -> find(s -> s.getKind() == SpanKind.SERVER
                && s.getTraceId().equals(published.getTraceId())), Optional::isPresent).orElseThrow();
        SpanData send = await().atMost(WAIT).until(() -> find(s -> s.getSpanId().equals(published.getSpanId())),
                Optional::isPresent).orElseThrow();
        // the header names the relay's PRODUCER span, a child of the request's context stored with the row
        assertThat(send.getKind()).isEqualTo(SpanKind.PRODUCER);
        assertThat(send.getName()).isEqualTo(Topics.DOSSIER + " publish");
        assertThat(send.getAttributes().asMap().values()).contains(headers.get(CloudEventHeaders.ID));
        assertThat(send.getParentSpanId()).isEqualTo(server.getSpanId());
        String stored = QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("select traceparent from outbox_event where message_key = :key")
                .setParameter("key", dossierId).getSingleResult());
        assertThat(parse(stored).getSpanId()).isEqualTo(server.getSpanId());
    }

    @Test
    void aConsumerHandlesEachEventInAChildSpanOfItsTraceparentLinkedToThePollAndItsOutboxRowsCarryItOn() {
        String traceId = randomHex(32);
        String producerSpanId = randomHex(16);
        String key = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        Map<String, String> headers = ceHeaders(eventId);
        headers.put(EventTracing.TRACEPARENT, "00-" + traceId + "-" + producerSpanId + "-01");
        String untracedKey = UUID.randomUUID().toString();
        String untracedId = UUID.randomUUID().toString();

        batches.apply("tracing-test", List.of(record(key, headers), record(untracedKey, ceHeaders(untracedId))),
                fresh -> outboxBatch.appendAll(fresh.stream().map(event -> new OutboxBatch.Pending(
                        EventType.DOSSIER_RECEIVED, event.key(), null, received(event.key()))).toList()));

        SpanData consumed = await().atMost(WAIT).until(() -> find(s -> s.getKind() == SpanKind.CONSUMER
                && s.getAttributes().asMap().containsValue(eventId)), Optional::isPresent).orElseThrow();
        assertThat(consumed.getTraceId()).isEqualTo(traceId);
        assertThat(consumed.getParentSpanId()).isEqualTo(producerSpanId);
        assertThat(consumed.getParentSpanContext().isRemote()).isTrue();
        SpanData poll = await().atMost(WAIT).until(() -> find(s -> s.getName().equals("tracing-test poll")),
                Optional::isPresent).orElseThrow();
        assertThat(consumed.getLinks()).extracting(LinkData::getSpanContext).extracting(SpanContext::getSpanId)
                .containsExactly(poll.getSpanId());
        // the event's own outbox row continues its trace under its consumer span, not under the poll
        SpanContext carriedOn = parse(storedTraceparent(key));
        assertThat(carriedOn.getTraceId()).isEqualTo(traceId);
        assertThat(carriedOn.getSpanId()).isEqualTo(consumed.getSpanId());

        // an event without the header is applied all the same, in a trace of its own
        SpanData untraced = await().atMost(WAIT).until(() -> find(s -> s.getKind() == SpanKind.CONSUMER
                && s.getAttributes().asMap().containsValue(untracedId)), Optional::isPresent).orElseThrow();
        assertThat(untraced.getParentSpanContext().isValid()).isFalse();
        assertThat(untraced.getTraceId()).isNotEqualTo(traceId);
        assertThat(parse(storedTraceparent(untracedKey)).getSpanId()).isEqualTo(untraced.getSpanId());
    }

    @Test
    void theSampleConsumerReadsTheTraceparentHeaderFromKafka() {
        String traceId = randomHex(32);
        String producerSpanId = randomHex(16);
        String key = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        Map<String, String> headers = ceHeaders(eventId);
        headers.put(EventTracing.TRACEPARENT, "00-" + traceId + "-" + producerSpanId + "-01");
        headers.put(EventTracing.TRACESTATE, "motcua=t18");
        KafkaTestClient.send(Topics.DOSSIER, key, receivedJson(key, "unit-" + key), headers);

        SpanData consumed = await().atMost(WAIT).until(() -> find(s -> s.getKind() == SpanKind.CONSUMER
                && s.getName().equals(ReceivedCountProjection.CONSUMER + " process")
                && s.getAttributes().asMap().containsValue(eventId)), Optional::isPresent).orElseThrow();
        assertThat(consumed.getTraceId()).isEqualTo(traceId);
        assertThat(consumed.getParentSpanId()).isEqualTo(producerSpanId);
        assertThat(consumed.getSpanContext().getTraceState().get("motcua")).isEqualTo("t18");
        await().atMost(WAIT).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> projection.countFor("unit-" + key)) == 1);
    }

    private Optional<SpanData> find(java.util.function.Predicate<SpanData> which) {
        return spans.getFinishedSpanItems().stream().filter(which).findFirst();
    }

    private String storedTraceparent(String key) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("select traceparent from outbox_event where message_key = :key")
                .setParameter("key", key).getSingleResult());
    }

    private static SpanContext parse(String traceparent) {
        assertThat(traceparent).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
        String[] parts = traceparent.split("-");
        return SpanContext.createFromRemoteParent(parts[1], parts[2], TraceFlags.getSampled(),
                TraceState.getDefault());
    }

    private static ConsumerRecord<String, String> record(String key, Map<String, String> headers) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(Topics.DOSSIER, 0, 0L, key,
                receivedJson(key, "unit-" + key));
        headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    private static DossierReceived received(String dossierId) {
        Instant now = Instant.now();
        return new DossierReceived(dossierId, "000.00.31.H41-220717-0001", "tracing-" + dossierId, "1.001193", 1,
                "ho-tich", "COMMUNE", Channel.IN_PERSON, now, now.plusSeconds(3600));
    }

    private static Map<String, String> ceHeaders(String eventId) {
        Map<String, String> headers = new HashMap<>();
        headers.put(CloudEventHeaders.ID, eventId);
        headers.put(CloudEventHeaders.TYPE, EventType.DOSSIER_RECEIVED.type());
        headers.put(CloudEventHeaders.SOURCE, "/test");
        headers.put(CloudEventHeaders.TIME, Instant.now().toString());
        headers.put(CloudEventHeaders.SPEC_VERSION, "1.0");
        return headers;
    }

    private static String receivedJson(String id, String unit) {
        return """
                {"dossierId":"%s","dossierCode":"000.00.31.H41-220715-0001","unitCode":"%s","procedureCode":"1.001193",
                 "procedureVersion":1,"fieldCode":"ho-tich","level":"COMMUNE","channel":"ONLINE",
                 "receivedAt":"2022-07-15T01:00:00Z","dueAt":"2022-07-15T09:00:00Z"}""".formatted(id, unit);
    }

    private static String randomHex(int length) {
        StringBuilder hex = new StringBuilder(length);
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        while (hex.length() < length) {
            hex.append(Character.forDigit(random.nextInt(16), 16));
        }
        return hex.toString();
    }
}
