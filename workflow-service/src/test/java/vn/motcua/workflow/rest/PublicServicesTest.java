package vn.motcua.workflow.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.motcua.contracts.EventType;
import vn.motcua.contracts.Topics;
import vn.motcua.testsupport.KafkaTestClient;
import vn.motcua.testsupport.PublishedEvents;
import vn.motcua.workflow.testing.TestDossiers;
import vn.motcua.workflow.testing.TestDossiers.Announced;

/** What a citizen may do without a token: look the dossier up and, once the result is returned, rate the service. */
@QuarkusTest
class PublicServicesTest {

    private static final String UNIT = "31645";
    private static final Instant DUE = Instant.parse("2026-12-20T10:00:00Z");

    @Test
    void lookupShowsStatusAppointedDateAndInitialsButNoOtherPersonalData() {
        Announced dossier = TestDossiers.received(UNIT, DUE);
        Map<String, Object> status = lookup(dossier, dossier.secret()).then().statusCode(200)
                .body("nationalStatus", equalTo(2)).body("appointedAt", equalTo("2026-12-20T10:00:00Z"))
                .body("applicantInitials", equalTo("N.V.A.")).body("missing", nullValue())
                .extract().jsonPath().getMap("$");
        assertEquals(Set.of("code", "status", "nationalStatus", "appointedAt", "missing", "applicantInitials",
                "rated"), status.keySet());
    }

    @Test
    void lookupSaysWhatIsMissingWhileASupplementIsAwaited() {
        Announced dossier = TestDossiers.received(UNIT, DUE);
        DossierActionsTest.act(dossier, "assign", "front-desk", Map.of("version", 0, "assignee", "specialist.officer")).then()
                .statusCode(200);
        DossierActionsTest.act(dossier, "supplement-request", "specialist",
                Map.of("version", 1, "reason", "thiếu", "missing", "Bản sao CCCD của người yêu cầu")).then()
                .statusCode(200);
        lookup(dossier, dossier.secret()).then().statusCode(200).body("nationalStatus", equalTo(5))
                .body("missing", equalTo("Bản sao CCCD của người yêu cầu"));
        DossierActionsTest.act(dossier, "supplement-received", "front-desk", Map.of("version", 2)).then()
                .statusCode(200);
        lookup(dossier, dossier.secret()).then().statusCode(200).body("nationalStatus", equalTo(4))
                .body("missing", nullValue());
    }

    @Test
    void aWrongSecretAnswersByteForByteLikeAnUnknownCode() {
        Announced dossier = TestDossiers.received(UNIT, DUE);
        Response wrongSecret = TestDossiers.citizen().body(Map.of("code", dossier.code(), "secret", "guess"))
                .post("/api/v1/public/status");
        Response unknownCode = TestDossiers.citizen().body(Map.of("code", dossier.code() + "9", "secret", "guess"))
                .post("/api/v1/public/status");
        assertEquals(404, wrongSecret.statusCode());
        assertEquals(404, unknownCode.statusCode());
        assertEquals(unknownCode.contentType(), wrongSecret.contentType());
        assertEquals(unknownCode.asString(), wrongSecret.asString());
        assertFalse(wrongSecret.asString().contains(dossier.code()), "the answer must not echo the code");
    }

    @Test
    void lookupsBeyondTheLimitPerAddressGet429WithRetryAfterAndOtherAddressesAreServed() {
        Announced dossier = TestDossiers.received(UNIT, DUE);
        String address = "203.0.113.77";
        for (int i = 0; i < 10; i++) {  // %test.motcua.rate-limit.public-status.requests-per-minute=10
            int status = lookupFrom(address, dossier, i % 2 == 0 ? dossier.secret() : "guess").statusCode();
            assertTrue(status == 200 || status == 404, "lookup " + i + " answered " + status);
        }
        // a token comes back every 6 s: on a slow machine one more lookup may pass before the bucket is empty
        Response refused = lookupFrom(address, dossier, dossier.secret());
        for (int extra = 0; extra < 3 && refused.statusCode() != 429; extra++) {
            refused = lookupFrom(address, dossier, dossier.secret());
        }
        assertEquals(429, refused.statusCode());
        assertEquals("application/problem+json", refused.contentType());
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertEquals(200, lookupFrom("203.0.113.78", dossier, dossier.secret()).statusCode());
    }

    @Test
    void theApplicantRatesOnceAfterTheResultIsReturned() {
        Announced dossier = TestDossiers.received(UNIT, DUE);
        rate(dossier, dossier.secret(), 5, "Nhanh, chu đáo").then().statusCode(409)
                .contentType("application/problem+json").body("type", org.hamcrest.Matchers.endsWith("/not-returned"));
        KafkaTestClient.Position before = PublishedEvents.mark(Topics.DOSSIER);
        DossierActionsTest.toReturnedResult(dossier);
        // the outbox relays the return last: once it is out, whatever comes next is the rating's
        PublishedEvents.await(before, EventType.RESULT_RETURNED, dossier.id(), 1);
        KafkaTestClient.Position from = PublishedEvents.mark(Topics.DOSSIER);

        rate(dossier, "guess", 5, null).then().statusCode(404);
        rate(dossier, dossier.secret(), 6, null).then().statusCode(400).body("errors[0].field",
                org.hamcrest.Matchers.containsString("score"));
        rate(dossier, dossier.secret(), 4, "Nhanh, chu đáo").then().statusCode(201).body("score", equalTo(4));
        rate(dossier, dossier.secret(), 1, null).then().statusCode(409).body("type",
                org.hamcrest.Matchers.endsWith("/already-rated"));

        JsonPath rated = JsonPath.from(PublishedEvents.await(from, EventType.SERVICE_RATED, dossier.id(), 1).get(0)
                .value());
        assertEquals(4, rated.getInt("score"));
        assertTrue(rated.getBoolean("commented"));
        assertEquals(UNIT, rated.getString("unitCode"));
        assertEquals(TestDossiers.PROCEDURE, rated.getString("procedureCode"));
        assertEquals("ho-tich", rated.getString("fieldCode"));
        assertEquals("IN_PERSON", rated.getString("channel"));
        assertFalse(PublishedEvents.await(from, EventType.SERVICE_RATED, dossier.id(), 1).get(0).value()
                .contains("chu đáo"), "the comment is not published");
        lookup(dossier, dossier.secret()).then().statusCode(200).body("rated", equalTo(true))
                .body("nationalStatus", equalTo(10));
        assertEquals(1, PublishedEvents.allFor(from, dossier.id(), java.time.Duration.ofSeconds(1)).size());
    }

    @Test
    void twoRatingsSentAtOnceMakeOneRating() throws Exception {
        Announced dossier = TestDossiers.received(UNIT, DUE);
        DossierActionsTest.toReturnedResult(dossier);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.CompletableFuture<Integer>> ratings = new java.util.ArrayList<>();
        for (int score : new int[] {2, 5}) {
            ratings.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return rate(dossier, dossier.secret(), score, null).statusCode();
            }));
        }
        start.countDown();
        assertEquals(java.util.List.of(201, 409), ratings.stream().map(java.util.concurrent.CompletableFuture::join)
                .sorted().toList());
        assertEquals(1, TestDossiers.count("select count(*) from dossier_rating where dossier_id = ?", dossier.id()));
        assertEquals(1, TestDossiers.count("select count(*) from outbox_event where message_key = ? and event_type = ?",
                dossier.id(), EventType.SERVICE_RATED.type()));
    }

    private static Response lookup(Announced dossier, String secret) {
        return TestDossiers.citizen().body(Map.of("code", dossier.code(), "secret", secret))
                .post("/api/v1/public/status");
    }

    private static Response lookupFrom(String address, Announced dossier, String secret) {
        return io.restassured.RestAssured.given().header("X-Forwarded-For", address).contentType("application/json")
                .body(Map.of("code", dossier.code(), "secret", secret)).post("/api/v1/public/status");
    }

    private static Response rate(Announced dossier, String secret, int score, String comment) {
        Map<String, Object> body = new HashMap<>(Map.of("code", dossier.code(), "secret", secret, "score", score));
        if (comment != null) {
            body.put("comment", comment);
        }
        return TestDossiers.citizen().body(body).post("/api/v1/public/rating");
    }
}
