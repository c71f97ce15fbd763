package vn.motcua.workflow.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.contracts.EventType;
import vn.motcua.testsupport.KafkaTestClient;
import vn.motcua.testsupport.TestTokens;
import vn.motcua.testsupport.PublishedEvents;
import vn.motcua.workflow.testing.TestClock;
import vn.motcua.workflow.testing.TestDossiers;
import vn.motcua.workflow.testing.TestDossiers.Announced;

/** Dossiers driven from a real DossierReceived through the officers' actions; every event checked by schema. */
@QuarkusTest
class DossierActionsTest {

    private static final String UNIT = "31640";
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
    void dossierGoesThroughEveryStepOfTheDefaultDefinitionAndIsResolvedEarly() throws Exception {
        Announced dossier = TestDossiers.received(UNIT, THURSDAY_CLOSING);
        KafkaTestClient.Position from = PublishedEvents.mark(vn.motcua.contracts.Topics.DOSSIER);

        act(dossier, "assign", "front-desk", Map.of("version", 0, "assignee", "specialist.officer")).then().statusCode(200)
                .body("status", equalTo("PROCESSING")).body("nationalStatus", equalTo(4)).body("stepNumber", equalTo(2));
        act(dossier, "assign", "specialist", Map.of("version", 1, "assignee", "leader.officer")).then().statusCode(200)
                .body("stepNumber", equalTo(3));
        act(dossier, "approval", "leader", Map.of("version", 2)).then().statusCode(200)
                .body("nationalStatus", equalTo(9)).body("stepNumber", equalTo(4)).body("assignee", nullValue());
        // the approval is not the return: the desk returns the result only once the clerk (who holds it) handed it over
        act(dossier, "result-return", "front-desk", Map.of("version", 3)).then().statusCode(409)
                .body("type", endsWith("/not-the-holder"));
        act(dossier, "assign", "clerk", Map.of("version", 3, "assignee", "front-desk.officer")).then().statusCode(200)
                .body("nationalStatus", equalTo(9)).body("stepNumber", equalTo(5));
        act(dossier, "result-return", "front-desk", Map.of("version", 4)).then().statusCode(200)
                .body("nationalStatus", equalTo(10));

        PublishedEvents.await(from, EventType.DOSSIER_ASSIGNED, dossier.id(), 3);
        JsonPath resolved = JsonPath.from(PublishedEvents.await(from, EventType.DOSSIER_RESOLVED, dossier.id(), 1).get(0).value());
        assertEquals("APPROVED", resolved.getString("outcome"));
        assertEquals("EARLY", resolved.getString("timeliness"));
        PublishedEvents.await(from, EventType.RESULT_RETURNED, dossier.id(), 1);
        List<JsonPath> steps = PublishedEvents.await(from, EventType.STEP_COMPLETED, dossier.id(), 5).stream()
                .map(r -> JsonPath.from(r.value())).toList();
        assertEquals(List.of("receive", "appraise", "approve", "issue", "return"),
                steps.stream().map(s -> s.getString("step")).toList());
        assertEquals(List.of("appraise", "approve", "issue", "return"),
                steps.stream().limit(4).map(s -> s.getString("nextStep")).toList());
        assertEquals(null, steps.get(4).getString("nextStep"));
        assertEquals("ho-tich", steps.get(0).getString("fieldCode"));
        assertEquals(6, TestDossiers.count("select count(*) from dossier_timeline where dossier_id = ?", dossier.id()));
    }

    @Test
    void aRejectionGoesStraightToTheDeskWhichReturnsTheRefusal() throws Exception {
        Announced dossier = TestDossiers.received(UNIT, THURSDAY_CLOSING);
        int version = toApprovalStep(dossier);
        act(dossier, "rejection", "leader", Map.of("version", version, "reason", "không đủ điều kiện")).then()
                .statusCode(200).body("nationalStatus", equalTo(9)).body("stepNumber", equalTo(5));
        act(dossier, "result-return", "front-desk", Map.of("version", version + 1)).then().statusCode(200)
                .body("nationalStatus", equalTo(10));
        assertEquals(0, TestDossiers.count("select count(*) from dossier_step where dossier_id = ? and step_name = "
                + "'issue'", dossier.id()));
    }

    @Test
    void supplementPausesTheClockAndItsWorkingTimeIsAddedOnReceipt() throws Exception {
        Announced dossier = TestDossiers.received(UNIT, THURSDAY_CLOSING);
        KafkaTestClient.Position from = PublishedEvents.mark(vn.motcua.contracts.Topics.DOSSIER);
        act(dossier, "assign", "front-desk", Map.of("version", 0, "assignee", "specialist.officer")).then().statusCode(200);
        act(dossier, "supplement-request", "specialist",
                Map.of("version", 1, "reason", "thiếu giấy tờ", "missing", "bản sao CCCD")).then().statusCode(200)
                .body("nationalStatus", equalTo(5));
        clock.advance(Duration.ofHours(2));  // 09:00 to 11:00: two working hours paused
        act(dossier, "supplement-received", "front-desk", Map.of("version", 2)).then().statusCode(200)
                .body("nationalStatus", equalTo(4))
                // Thursday 17:00 + 2 working hours = Friday 09:00 in Hà Nội
                .body("dueAt", equalTo("2026-11-27T02:00:00Z"))
                .body("originalDueAt", equalTo("2026-11-26T10:00:00Z"));

        PublishedEvents.await(from, EventType.SUPPLEMENT_REQUESTED, dossier.id(), 1);
        JsonPath received = JsonPath.from(
                PublishedEvents.await(from, EventType.SUPPLEMENT_RECEIVED, dossier.id(), 1).get(0).value());
        assertEquals(120, received.getInt("pausedWorkingMinutes"));
    }

    @Test
    void aSecondSupplementRequestCountsTheDossierAsLate() {
        Announced dossier = TestDossiers.received(UNIT, THURSDAY_CLOSING);
        KafkaTestClient.Position from = PublishedEvents.mark(vn.motcua.contracts.Topics.DOSSIER);
        act(dossier, "assign", "front-desk", Map.of("version", 0, "assignee", "specialist.officer")).then().statusCode(200);
        Map<String, Object> request = Map.of("reason", "thiếu", "missing", "bản sao CCCD");
        act(dossier, "supplement-request", "specialist", with(request, 1)).then().statusCode(200);
        act(dossier, "supplement-received", "front-desk", Map.of("version", 2)).then().statusCode(200);
        act(dossier, "supplement-request", "specialist", with(request, 3)).then().statusCode(200)
                .body("countedLate", equalTo(true));
        act(dossier, "supplement-received", "front-desk", Map.of("version", 4)).then().statusCode(200);
        act(dossier, "assign", "specialist", Map.of("version", 5, "assignee", "leader.officer")).then().statusCode(200);
        act(dossier, "approval", "leader", Map.of("version", 6)).then().statusCode(200);

        JsonPath resolved = JsonPath.from(PublishedEvents.await(from, EventType.DOSSIER_RESOLVED, dossier.id(), 1).get(0).value());
        assertEquals("LATE", resolved.getString("timeliness"));
        assertEquals(2, JsonPath.from(PublishedEvents.await(from, EventType.SUPPLEMENT_REQUESTED, dossier.id(), 2).get(1).value())
                .getInt("requestNumber"));
    }

    @Test
    void feeIsRequestedAndPaid() {
        Announced dossier = TestDossiers.received(UNIT, THURSDAY_CLOSING);
        KafkaTestClient.Position from = PublishedEvents.mark(vn.motcua.contracts.Topics.DOSSIER);
        act(dossier, "assign", "front-desk", Map.of("version", 0, "assignee", "specialist.officer")).then().statusCode(200);
        act(dossier, "fee-request", "specialist", Map.of("version", 1, "amountVnd", 50000)).then().statusCode(200)
                .body("nationalStatus", equalTo(6));
        act(dossier, "fee-paid", "front-desk", Map.of("version", 2, "amountVnd", 50000, "receiptNumber", "BL-0001"))
                .then().statusCode(200)
                .body("nationalStatus", equalTo(4));
        PublishedEvents.await(from, EventType.FEE_REQUESTED, dossier.id(), 1);
        PublishedEvents.await(from, EventType.FEE_PAID, dossier.id(), 1);
    }

    @Test
    void extensionWithApologyIsGivenOnceAndOnlyBeforeTheDueDatePasses() {
        Announced dossier = TestDossiers.received(UNIT, THURSDAY_CLOSING);
        KafkaTestClient.Position from = PublishedEvents.mark(vn.motcua.contracts.Topics.DOSSIER);
        act(dossier, "assign", "front-desk", Map.of("version", 0, "assignee", "leader.officer", "step", "approve"))
                .then().statusCode(200);
        act(dossier, "extension", "leader", Map.of("version", 1, "reason", "xin lỗi, cần xác minh",
                "newDueAt", "2026-11-30T10:00:00Z")).then().statusCode(200)
                .body("dueAt", equalTo("2026-11-30T10:00:00Z")).body("extensions", equalTo(1));
        act(dossier, "extension", "leader", Map.of("version", 2, "reason", "lần hai",
                "newDueAt", "2026-12-01T10:00:00Z")).then().statusCode(409)
                .contentType("application/problem+json");
        JsonPath extended = JsonPath.from(
                PublishedEvents.await(from, EventType.DEADLINE_EXTENDED, dossier.id(), 1).get(0).value());
        assertEquals("2026-11-26T10:00:00Z", extended.getString("previousDueAt"));

        Announced late = TestDossiers.received(UNIT, THURSDAY_CLOSING);
        act(late, "assign", "front-desk", Map.of("version", 0, "assignee", "leader.officer", "step", "approve"))
                .then().statusCode(200);
        clock.set(Instant.parse("2026-11-27T02:00:00Z"));  // Friday: the due date has passed
        act(late, "extension", "leader", Map.of("version", 1, "reason", "muộn",
                "newDueAt", "2026-12-01T10:00:00Z")).then().statusCode(409);
    }

    @Test
    void stopAndWithdrawalEndProcessing() {
        Announced stopped = TestDossiers.received(UNIT, THURSDAY_CLOSING);
        Announced withdrawn = TestDossiers.received(UNIT, THURSDAY_CLOSING);
        KafkaTestClient.Position from = PublishedEvents.mark(vn.motcua.contracts.Topics.DOSSIER);
        act(stopped, "assign", "front-desk", Map.of("version", 0, "assignee", "leader.officer", "step", "approve"))
                .then().statusCode(200);
        act(stopped, "stop", "leader", Map.of("version", 1, "reason", "không đủ điều kiện")).then().statusCode(200)
                .body("nationalStatus", equalTo(8));
        act(withdrawn, "withdrawal", "front-desk", Map.of("version", 0, "reason", "công dân xin rút"))
                .then().statusCode(200).body("nationalStatus", equalTo(7));
        assertEquals("STOPPED", JsonPath.from(PublishedEvents.await(from, EventType.DOSSIER_RESOLVED, stopped.id(), 1).get(0)
                .value()).getString("outcome"));
        PublishedEvents.await(from, EventType.DOSSIER_WITHDRAWN, withdrawn.id(), 1);
    }

    @Test
    void illegalTransitionIsRefusedAndChangesNothing() throws Exception {
        Announced dossier = TestDossiers.received(UNIT, THURSDAY_CLOSING);
        act(dossier, "result-return", "front-desk", Map.of("version", 0)).then().statusCode(409)
                .contentType("application/problem+json");
        act(dossier, "approval", "leader", Map.of("version", 0)).then().statusCode(409)
                .contentType("application/problem+json");
        given().header("Authorization", bearer("front-desk", UNIT)).get("/api/v1/dossiers/{code}", dossier.code())
                .then().statusCode(200).body("nationalStatus", equalTo(2)).body("version", equalTo(0));
        assertEquals(1, TestDossiers.count("select count(*) from dossier_timeline where dossier_id = ?", dossier.id()));
        assertEquals(0, TestDossiers.count("select count(*) from outbox_event where message_key = ?", dossier.id()));
    }

    @Test
    void anotherUnitsDossierIsNotFoundAndAWrongRoleIsForbidden() {
        Announced dossier = TestDossiers.received(UNIT, THURSDAY_CLOSING);
        given().header("Authorization", bearer("front-desk", "99999")).get("/api/v1/dossiers/{code}", dossier.code())
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", bearer("leader", "99999")).contentType(ContentType.JSON)
                .body(Map.of("version", 0, "assignee", "x")).post("/api/v1/dossiers/{code}/assign", dossier.code())
                .then().statusCode(404);
        act(dossier, "approval", "specialist", Map.of("version", 0)).then().statusCode(403);
        given().get("/api/v1/dossiers/{code}", dossier.code()).then().statusCode(401);
    }

    @Test
    void aStaleVersionIsRefused() {
        Announced dossier = TestDossiers.received(UNIT, THURSDAY_CLOSING);
        act(dossier, "assign", "front-desk", Map.of("version", 0, "assignee", "a")).then().statusCode(200);
        act(dossier, "assign", "front-desk", Map.of("version", 0, "assignee", "b")).then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void ofTwoConcurrentActionsOneWinsAndTheOtherIsRefused() throws Exception {
        for (int round = 0; round < 4; round++) {
            Announced dossier = TestDossiers.received(UNIT, THURSDAY_CLOSING);
            int version = toApprovalStep(dossier);
            // half the rounds race an If-Match action against a body-version one
            boolean ifMatch = round % 2 == 1;
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Integer>> racers = new ArrayList<>();
            for (String action : List.of("approval", "rejection")) {
                boolean byHeader = ifMatch && action.equals("approval");
                racers.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return byHeader
                            ? actIfMatch(dossier, action, "leader", "\"" + version + "\"", Map.of("reason", "race"))
                                    .statusCode()
                            : act(dossier, action, "leader", Map.of("version", version, "reason", "race")).statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = racers.stream().map(CompletableFuture::join).sorted().toList();
            assertEquals(200, statuses.get(0), statuses.toString());
            assertTrue(List.of(409, 412).contains(statuses.get(1)), statuses.toString());
            assertEquals(1, TestDossiers.count("""
                    select count(*) from dossier_timeline where dossier_id = ? and action in ('APPROVE', 'REJECT')""",
                    dossier.id()));
            // per hand-off DossierAssigned + StepCompleted, then one DossierResolved + StepCompleted of the decision
            assertEquals(6, TestDossiers.count("select count(*) from outbox_event where message_key = ?",
                    dossier.id()));
            assertEquals(1, TestDossiers.count("select count(*) from dossier_step where dossier_id = ? and "
                    + "ended_with in ('APPROVE', 'REJECT')", dossier.id()));
        }
    }

    @Test
    void readsSendTheVersionAsETagAndAStaleIfMatchIsRefusedWith412() throws Exception {
        Announced dossier = TestDossiers.received(UNIT, THURSDAY_CLOSING);
        String etag = given().header("Authorization", bearer("leader", UNIT)).get("/api/v1/dossiers/{code}", dossier.code())
                .then().statusCode(200).header("ETag", "\"0\"").extract().header("ETag");
        actIfMatch(dossier, "assign", "front-desk", etag, Map.of("assignee", "a")).then().statusCode(200)
                .header("ETag", "\"1\"");
        actIfMatch(dossier, "assign", "front-desk", etag, Map.of("assignee", "b")).then().statusCode(412)
                .contentType("application/problem+json").body("detail", containsString("version 1"));
        actIfMatch(dossier, "assign", "leader", "\"1\"", Map.of("version", 0, "assignee", "b")).then().statusCode(400)
                .contentType("application/problem+json");
        act(dossier, "assign", "leader", Map.of("assignee", "b")).then().statusCode(400)
                .body("errors[0].field", equalTo("version"));
        given().header("Authorization", bearer("leader", UNIT)).get("/api/v1/dossiers/{code}", dossier.code())
                .then().statusCode(200).body("assignee", equalTo("a")).body("version", equalTo(1));
        assertEquals(2, TestDossiers.count("select count(*) from outbox_event where message_key = ?", dossier.id()));
    }

    /** Hands a fresh dossier from the desk to a specialist and on to a leader; returns its version. */
    static int toApprovalStep(Announced dossier) {
        act(dossier, "assign", "front-desk", Map.of("version", 0, "assignee", "specialist.officer")).then().statusCode(200);
        act(dossier, "assign", "specialist", Map.of("version", 1, "assignee", "leader.officer")).then().statusCode(200);
        return 2;
    }

    /** Takes a fresh dossier all the way to the returned result; returns its version. */
    static int toReturnedResult(Announced dossier) {
        int version = toApprovalStep(dossier);
        act(dossier, "approval", "leader", Map.of("version", version)).then().statusCode(200);
        act(dossier, "assign", "clerk", Map.of("version", version + 1, "assignee", "front-desk.officer")).then()
                .statusCode(200);
        act(dossier, "result-return", "front-desk", Map.of("version", version + 2)).then().statusCode(200);
        return version + 3;
    }

    static Response actIfMatch(Announced dossier, String action, String role, String ifMatch, Map<String, ?> body) {
        return given().header("Authorization", bearer(role, dossier.unitCode())).header("If-Match", ifMatch)
                .contentType(ContentType.JSON).body(body)
                .post("/api/v1/dossiers/{code}/{action}", dossier.code(), action);
    }

    private static Map<String, Object> with(Map<String, Object> request, int version) {
        Map<String, Object> body = new java.util.HashMap<>(request);
        body.put("version", version);
        return body;
    }

    static Response act(Announced dossier, String action, String role, Map<String, ?> body) {
        return given().header("Authorization", bearer(role, dossier.unitCode())).contentType(ContentType.JSON)
                .body(body).post("/api/v1/dossiers/{code}/{action}", dossier.code(), action);
    }

    static String bearer(String role, String unit) {
        return TestTokens.user(role + ".officer").roles(role).unit(unit).bearer();
    }
}
