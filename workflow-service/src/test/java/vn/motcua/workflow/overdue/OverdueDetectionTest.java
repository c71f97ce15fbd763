package vn.motcua.workflow.overdue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.contracts.EventType;
import vn.motcua.testsupport.KafkaTestClient;
import vn.motcua.testsupport.PublishedEvents;
import vn.motcua.workflow.testing.TestClock;
import vn.motcua.workflow.testing.TestDossiers;
import vn.motcua.workflow.testing.TestDossiers.Announced;

@QuarkusTest
class OverdueDetectionTest {

    private static final Instant DUE = Instant.parse("2026-11-26T10:00:00Z");  // Thursday 17:00 in Hà Nội
    private static final String UNIT = "31641";

    @Inject
    OverdueDetection detection;

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void twoConcurrentRunsPublishOneOverduePerDossier() throws Exception {
        clock.set(Instant.parse("2026-11-23T02:00:00Z"));
        Announced first = TestDossiers.received(UNIT, DUE);
        Announced second = TestDossiers.received(UNIT, DUE);
        Announced awaitingSupplement = TestDossiers.received(UNIT, DUE);
        String bearerDesk = vn.motcua.testsupport.TestTokens.user("d").roles("front-desk").unit(UNIT).bearer();
        String bearerSpecialist = vn.motcua.testsupport.TestTokens.user("s").roles("specialist").unit(UNIT).bearer();
        io.restassured.RestAssured.given().header("Authorization", bearerDesk).contentType("application/json")
                .body(Map.of("version", 0, "assignee", "s"))
                .post("/api/v1/dossiers/{code}/assign", awaitingSupplement.code()).then().statusCode(200);
        io.restassured.RestAssured.given().header("Authorization", bearerSpecialist).contentType("application/json")
                .body(Map.of("version", 1, "reason", "thiếu", "missing", "CCCD"))
                .post("/api/v1/dossiers/{code}/supplement-request", awaitingSupplement.code()).then().statusCode(200);

        // Thursday evening: the due date has not passed yet (dates are compared)
        clock.set(Instant.parse("2026-11-26T12:00:00Z"));
        detection.publishOverdue();
        assertEquals(0, overdueEvents(first) + overdueEvents(second));

        clock.set(Instant.parse("2026-11-27T02:00:00Z"));  // Friday 09:00
        KafkaTestClient.Position from = PublishedEvents.mark(vn.motcua.contracts.Topics.DOSSIER);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> runs = List.of(run(start), run(start));
        start.countDown();
        runs.forEach(CompletableFuture::join);
        detection.publishOverdue();  // a later run finds nothing new for these dossiers

        assertEquals(1, overdueEvents(first));
        assertEquals(1, overdueEvents(second));
        assertEquals(0, overdueEvents(awaitingSupplement));
        assertEquals(1, PublishedEvents.await(from, EventType.DOSSIER_OVERDUE, first.id(), 1).size());
    }

    private CompletableFuture<Integer> run(CountDownLatch start) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return detection.publishOverdue();
        });
    }

    private static long overdueEvents(Announced dossier) throws Exception {
        return TestDossiers.count("select count(*) from outbox_event where message_key = ? and event_type = ?",
                dossier.id(), EventType.DOSSIER_OVERDUE.type());
    }
}
