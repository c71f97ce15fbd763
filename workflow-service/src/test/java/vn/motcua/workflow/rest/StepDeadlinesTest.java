package vn.motcua.workflow.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.contracts.EventType;
import vn.motcua.contracts.Topics;
import vn.motcua.testsupport.KafkaTestClient;
import vn.motcua.testsupport.PublishedEvents;
import vn.motcua.workflow.testing.TestClock;
import vn.motcua.workflow.testing.PdfText;
import vn.motcua.workflow.testing.TestDossiers;
import vn.motcua.workflow.testing.TestDossiers.Announced;

/**
 * Step deadlines are each step's share of the dossier's working time, counted with the shared working calendar;
 * every hand-off says whether the step finished early, on time or late, on form 05 and in StepCompleted.
 */
@QuarkusTest
class StepDeadlinesTest {

    private static final String UNIT = "31647";
    /**
     * Due Thursday 26 November 2026 17:00 in Hà Nội; the test dossier is received five days earlier, on Saturday
     * 21 November, so its working time is Monday to Thursday: 4 × 8 h = 1920 minutes.
     */
    private static final Instant THURSDAY_CLOSING = Instant.parse("2026-11-26T10:00:00Z");

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void stepsGetTheirShareOfWorkingTimeAndEachHandOffIsJudgedByItsStepDeadline() throws Exception {
        Announced dossier = TestDossiers.received(UNIT, THURSDAY_CLOSING);
        KafkaTestClient.Position from = PublishedEvents.mark(Topics.DOSSIER);

        // receive (5% = 96 min) counts from Monday 07:00, the first working instant: due Monday 08:36
        clock.set(Instant.parse("2026-11-23T02:00:00Z"));  // Monday 09:00: same date, so on time
        DossierActionsTest.act(dossier, "assign", "front-desk", Map.of("version", 0, "assignee", "specialist.officer"))
                .then().statusCode(200);
        // appraise (60% = 1152 min) from Monday 09:00: 360 Monday + 480 Tuesday + 312 Wednesday = Wednesday 14:12
        JsonPath assigned = JsonPath.from(PublishedEvents.await(from, EventType.DOSSIER_ASSIGNED, dossier.id(), 1)
                .get(0).value());
        assertEquals("2026-11-25T07:12:00Z", assigned.getString("stepDueAt"));

        clock.set(Instant.parse("2026-11-26T02:00:00Z"));  // Thursday 09:00: the appraisal is a day late
        DossierActionsTest.act(dossier, "assign", "specialist", Map.of("version", 1, "assignee", "leader.officer"))
                .then().statusCode(200);
        List<JsonPath> completed = PublishedEvents.await(from, EventType.STEP_COMPLETED, dossier.id(), 2).stream()
                .map(r -> JsonPath.from(r.value())).toList();
        assertEquals(2, completed.size());
        assertEquals("receive", completed.get(0).getString("step"));
        assertEquals("2026-11-23T01:36:00Z", completed.get(0).getString("stepDueAt"));
        assertEquals("ON_TIME", completed.get(0).getString("timeliness"));
        assertEquals("appraise", completed.get(1).getString("step"));
        assertEquals("LATE", completed.get(1).getString("timeliness"));
        assertEquals("specialist.officer", completed.get(1).getString("holder"));
        assertEquals("leader.officer", completed.get(1).getString("nextHolder"));

        // approve (20% = 384 min) from Thursday 09:00: 360 Thursday + 24 = Friday 07:24
        given().header("Authorization", DossierActionsTest.bearer("supervisor", UNIT))
                .get("/api/v1/dossiers/{code}/control-sheet", dossier.code()).then().statusCode(200)
                .body("rows.step", equalTo(List.of("receive", "appraise", "approve")))
                .body("rows.timeliness", equalTo(java.util.Arrays.asList("ON_TIME", "LATE", null)))
                .body("rows[2].dueAt", equalTo("2026-11-27T00:24:00Z")).body("rows[2].endedAt", nullValue())
                .body("rows[1].handedBy", equalTo(completed.get(0).getString("actor")));

        byte[] pdf = given().header("Authorization", DossierActionsTest.bearer("leader", UNIT))
                .get("/api/v1/dossiers/{code}/control-sheet/pdf", dossier.code()).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        // the table wraps text inside its columns: compare with line breaks as spaces
        String text = PdfText.of(pdf);
        assertTrue(text.contains("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ"), text);
        assertTrue(text.contains(dossier.code()), text);
        assertTrue(text.contains("Đúng hạn"), text);
        assertTrue(text.contains("Quá hạn"), text);
        assertTrue(text.contains("Đang xử lý"), text);
        assertTrue(text.contains("Hạn xử lý: 07:24 27/11/2026"), text);

        given().header("Authorization", DossierActionsTest.bearer("leader", "99999"))
                .get("/api/v1/dossiers/{code}/control-sheet/pdf", dossier.code()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void stepDeadlinesCountTheHoursTheUnitAnnouncedNotTheStandardOnes() {
        // this unit opens at 07:30 and works 13:00-17:00 in the afternoon (still 8 h a day)
        Announced dossier = TestDossiers.receivedWithHours(UNIT, THURSDAY_CLOSING, "MON-SAT",
                "07:30-11:30,13:00-17:00");
        clock.set(Instant.parse("2026-11-23T02:00:00Z"));  // Monday 09:00
        DossierActionsTest.act(dossier, "assign", "front-desk", Map.of("version", 0, "assignee", "specialist.officer")).then()
                .statusCode(200);
        // receive: 96 min from Monday 07:30 = 09:06; appraise: 1152 min from Monday 09:00 =
        // 390 Monday + 480 Tuesday + 240 Wednesday morning + 42 = Wednesday 13:42
        given().header("Authorization", DossierActionsTest.bearer("leader", UNIT))
                .get("/api/v1/dossiers/{code}/control-sheet", dossier.code()).then().statusCode(200)
                .body("rows[0].dueAt", equalTo("2026-11-23T02:06:00Z"))
                .body("rows[1].dueAt", equalTo("2026-11-25T06:42:00Z"));
    }

    @Test
    void aSupplementPauseMovesTheOpenStepsDeadlineToo() {
        Announced dossier = TestDossiers.received(UNIT, THURSDAY_CLOSING);
        clock.set(Instant.parse("2026-11-23T02:00:00Z"));  // Monday 09:00
        DossierActionsTest.act(dossier, "assign", "front-desk", Map.of("version", 0, "assignee", "specialist.officer")).then()
                .statusCode(200);
        DossierActionsTest.act(dossier, "supplement-request", "specialist",
                Map.of("version", 1, "reason", "thiếu", "missing", "CCCD")).then().statusCode(200);
        clock.set(Instant.parse("2026-11-24T02:00:00Z"));  // Tuesday 09:00: one working day (8 h) paused
        DossierActionsTest.act(dossier, "supplement-received", "front-desk", Map.of("version", 2)).then()
                .statusCode(200).body("dueAt", equalTo("2026-11-27T10:00:00Z"));  // Friday 17:00
        // appraise was due Wednesday 14:12; eight working hours later is Thursday 14:12
        given().header("Authorization", DossierActionsTest.bearer("leader", UNIT))
                .get("/api/v1/dossiers/{code}/control-sheet", dossier.code()).then().statusCode(200)
                .body("rows[1].dueAt", equalTo("2026-11-26T07:12:00Z"));
    }
}
