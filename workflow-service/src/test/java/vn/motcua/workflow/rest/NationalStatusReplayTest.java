package vn.motcua.workflow.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.contracts.CloudEventHeaders;
import vn.motcua.contracts.EventType;
import vn.motcua.contracts.Topics;
import vn.motcua.contracts.dossier.NationalStatus;
import vn.motcua.testsupport.KafkaTestClient;
import vn.motcua.testsupport.PublishedEvents;
import vn.motcua.testsupport.TestTokens;
import vn.motcua.workflow.testing.TestClock;
import vn.motcua.workflow.testing.TestDossiers;
import vn.motcua.workflow.testing.TestDossiers.Announced;

/**
 * A provincial mirror that knows nothing but the events on {@code motcua.dossier} (real Kafka) follows a dossier's
 * national status: after each step the status it derives from the events replayed in order equals the status
 * workflow's public lookup answers.
 */
@QuarkusTest
class NationalStatusReplayTest {

    private static final String UNIT = "31648";
    /** Monday 23 November 2026, 09:00 in Hà Nội: working time. */
    private static final Instant MONDAY_NINE = Instant.parse("2026-11-23T02:00:00Z");
    /** Thursday 26 November 2026, 17:00 in Hà Nội: the appointed return. */
    private static final Instant THURSDAY_CLOSING = Instant.parse("2026-11-26T10:00:00Z");

    @Inject
    TestClock clock;

    @BeforeEach
    void monday() {
        clock.set(MONDAY_NINE);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theEventsOfAWholeLifecycleGiveTheLookupsNationalStatusAtEveryStep() {
        Lifecycle life = new Lifecycle();
        life.receive();
        life.act("assign", "front-desk", Map.of("assignee", "specialist.officer"), EventType.DOSSIER_ASSIGNED);
        life.act("supplement-request", "specialist", Map.of("reason", "thiếu giấy tờ", "missing", "bản sao CCCD"),
                EventType.SUPPLEMENT_REQUESTED);
        life.act("supplement-received", "front-desk", Map.of(), EventType.SUPPLEMENT_RECEIVED);
        life.act("fee-request", "specialist", Map.of("amountVnd", 50_000), EventType.FEE_REQUESTED);
        life.act("fee-paid", "front-desk", Map.of("amountVnd", 50_000, "receiptNumber", "BL-19"), EventType.FEE_PAID);
        life.act("assign", "specialist", Map.of("assignee", "leader.officer"), EventType.DOSSIER_ASSIGNED);
        life.act("extension", "leader", Map.of("reason", "xin lỗi, cần xác minh thêm",
                "newDueAt", "2026-11-30T10:00:00Z"), EventType.DEADLINE_EXTENDED);
        life.act("approval", "leader", Map.of(), EventType.DOSSIER_RESOLVED);
        life.act("assign", "clerk", Map.of("assignee", "front-desk.officer"), EventType.DOSSIER_ASSIGNED);
        life.act("result-return", "front-desk", Map.of(), EventType.RESULT_RETURNED);
        life.rate();

        assertEquals(List.of(2, 4, 5, 4, 6, 4, 4, 4, 9, 9, 10, 10), life.replayAndCompare());
    }

    @Test
    void aWithdrawalAndAStopAreFollowedToo() {
        Lifecycle withdrawn = new Lifecycle();
        withdrawn.receive();
        withdrawn.act("assign", "front-desk", Map.of("assignee", "specialist.officer"), EventType.DOSSIER_ASSIGNED);
        withdrawn.act("withdrawal", "front-desk", Map.of("reason", "công dân xin rút"), EventType.DOSSIER_WITHDRAWN);
        assertEquals(List.of(2, 4, 7), withdrawn.replayAndCompare());

        Lifecycle stopped = new Lifecycle();
        stopped.receive();
        stopped.act("assign", "front-desk", Map.of("assignee", "leader.officer", "step", "approve"),
                EventType.DOSSIER_ASSIGNED);
        stopped.act("stop", "leader", Map.of("reason", "dừng theo yêu cầu cơ quan thuế"), EventType.DOSSIER_RESOLVED);
        assertEquals(List.of(2, 4, 8), stopped.replayAndCompare());
    }

    /** One dossier: the steps taken, the lookup's status after each, and the event each step published. */
    private final class Lifecycle {

        private final Announced dossier = TestDossiers.newDossier(UNIT, THURSDAY_CLOSING);
        private final KafkaTestClient.Position start = PublishedEvents.mark(Topics.DOSSIER);
        /** CloudEvents id of each step's event, in order, with the national status the lookup gave after it. */
        private final Map<String, Integer> lookedUp = new LinkedHashMap<>();
        private int version;

        void receive() {
            String eventId = UUID.randomUUID().toString();
            TestDossiers.send(dossier, eventId);
            TestDossiers.awaitProcessed(eventId);
            lookedUp.put(eventId, lookup());
        }

        void act(String action, String role, Map<String, Object> fields, EventType published) {
            KafkaTestClient.Position before = PublishedEvents.mark(Topics.DOSSIER);
            Map<String, Object> body = new LinkedHashMap<>(fields);
            body.put("version", version);
            given().header("Authorization", TestTokens.user(role + ".officer").roles(role).unit(UNIT).bearer())
                    .contentType(ContentType.JSON).body(body)
                    .post("/api/v1/dossiers/{code}/{action}", dossier.code(), action).then().statusCode(200);
            version++;
            stepEvent(before, published);
        }

        void rate() {
            KafkaTestClient.Position before = PublishedEvents.mark(Topics.DOSSIER);
            TestDossiers.citizen().body(Map.of("code", dossier.code(), "secret", dossier.secret(), "score", 5))
                    .post("/api/v1/public/rating").then().statusCode(201);
            stepEvent(before, EventType.SERVICE_RATED);
        }

        private void stepEvent(KafkaTestClient.Position before, EventType published) {
            ConsumerRecord<String, String> event = PublishedEvents.await(before, published, dossier.id(), 1).get(0);
            lookedUp.put(KafkaTestClient.headers(event).get(CloudEventHeaders.ID), lookup());
        }

        private int lookup() {
            JsonPath status = TestDossiers.citizen().body(Map.of("code", dossier.code(), "secret", dossier.secret()))
                    .post("/api/v1/public/status").then().statusCode(200).extract().jsonPath();
            // the lookup's name and code agree with the contracts' list of national statuses
            assertEquals(NationalStatus.of(status.getInt("nationalStatus")).name(), status.getString("status"));
            return status.getInt("nationalStatus");
        }

        /**
         * Replays every event of the dossier in order, as a mirror would: its status is the last event's
         * {@code nationalStatus}. At each step's event it must equal what the lookup said; answers those statuses.
         */
        List<Integer> replayAndCompare() {
            List<ConsumerRecord<String, String>> events = PublishedEvents.allFor(start, dossier.id(),
                    Duration.ofSeconds(2));
            List<Integer> seen = new ArrayList<>();
            for (ConsumerRecord<String, String> event : events) {
                Integer carried = JsonPath.from(event.value()).get("nationalStatus");
                assertNotNull(carried, "no nationalStatus in " + KafkaTestClient.headers(event)
                        .get(CloudEventHeaders.TYPE));
                int mirror = carried;
                Integer expected = lookedUp.get(KafkaTestClient.headers(event).get(CloudEventHeaders.ID));
                if (expected != null) {
                    assertEquals(expected.intValue(), mirror, "after " + KafkaTestClient.headers(event).get(CloudEventHeaders.TYPE));
                    seen.add(mirror);
                }
            }
            assertEquals(List.copyOf(lookedUp.values()), seen, "every step's event was replayed");
            return seen;
        }
    }
}
