package vn.motcua.workflow.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.testsupport.TestTokens;
import vn.motcua.workflow.testing.TestClock;
import vn.motcua.workflow.testing.TestDossiers;
import vn.motcua.workflow.testing.TestDossiers.Announced;

/** Work queues: by status, due soon (in working days), overdue (the shared timeliness rule); paged and sorted. */
@QuarkusTest
class QueueTest {

    private static final String UNIT = "31649";

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void dueSoonCountsWorkingDaysAndOverdueFollowsTheTimelinessRule() {
        // Friday 4 December 2026, 09:00 in Hà Nội
        clock.set(Instant.parse("2026-12-04T02:00:00Z"));
        Announced dueYesterday = TestDossiers.received(UNIT, Instant.parse("2026-12-03T10:00:00Z"));
        Announced dueTodayEvening = TestDossiers.received(UNIT, Instant.parse("2026-12-04T10:00:00Z"));
        Announced dueMonday = TestDossiers.received(UNIT, Instant.parse("2026-12-07T10:00:00Z"));
        TestDossiers.received(UNIT, Instant.parse("2026-12-08T10:00:00Z"));  // Tuesday 17:00: not due soon
        Announced awaitingSupplement = TestDossiers.received(UNIT, Instant.parse("2026-12-02T10:00:00Z"));
        DossierActionsTest.act(awaitingSupplement, "assign", "front-desk", Map.of("version", 0, "assignee", "specialist.officer"))
                .then().statusCode(200);
        DossierActionsTest.act(awaitingSupplement, "supplement-request", "specialist",
                Map.of("version", 1, "reason", "thiếu", "missing", "CCCD")).then().statusCode(200);
        String bearer = DossierActionsTest.bearer("leader", UNIT);

        // the clock of a dossier awaiting a supplement is stopped: it is not overdue
        given().header("Authorization", bearer).queryParam("due", "overdue").get("/api/v1/queues/unit").then()
                .statusCode(200).body("items.code", contains(dueYesterday.code())).body("total", equalTo(1));
        // one working day from Friday 09:00 is Monday 09:00: Monday 17:00 is not within it, two days are
        given().header("Authorization", bearer).queryParam("due", "soon").queryParam("withinWorkingDays", 1)
                .get("/api/v1/queues/unit").then().statusCode(200)
                .body("items.code", contains(dueTodayEvening.code()));
        given().header("Authorization", bearer).queryParam("due", "soon").queryParam("sort", "-dueAt")
                .get("/api/v1/queues/unit").then().statusCode(200)
                .body("items.code", contains(dueMonday.code(), dueTodayEvening.code()));
        given().header("Authorization", bearer).queryParam("status", 5).get("/api/v1/queues/unit").then()
                .statusCode(200).body("items.code", contains(awaitingSupplement.code()));
        given().header("Authorization", bearer).queryParam("size", 2).queryParam("page", 1).get("/api/v1/queues/unit")
                .then().statusCode(200).body("total", equalTo(5))
                .body("items.code", contains(dueTodayEvening.code(), dueMonday.code()));
        given().header("Authorization", bearer).queryParam("due", "later").get("/api/v1/queues/unit").then()
                .statusCode(400).contentType("application/problem+json");
        given().header("Authorization", bearer).queryParam("withinWorkingDays", 3).get("/api/v1/queues/unit").then()
                .statusCode(400);
        given().header("Authorization", DossierActionsTest.bearer("leader", "99999")).queryParam("due", "overdue")
                .get("/api/v1/queues/unit").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aStepHeldByARoleIsInTheQueueOfEveryoneWithThatRoleInTheUnitAndNobodyElse() {
        String unit = "31663";
        Announced dossier = TestDossiers.received(unit, Instant.parse("2027-05-28T10:00:00Z"));
        // received: the desk's step, held by the role front-desk
        for (String desk : List.of("front-desk.an", "front-desk.binh")) {
            given().header("Authorization", TestTokens.user(desk).roles("front-desk").unit(unit).bearer())
                    .get("/api/v1/queues/mine").then().statusCode(200).body("items.code", contains(dossier.code()))
                    .body("total", equalTo(1));
        }
        given().header("Authorization", TestTokens.user("front-desk.an").roles("front-desk").unit("31664").bearer())
                .get("/api/v1/queues/mine").then().statusCode(200).body("total", equalTo(0));
        given().header("Authorization", DossierActionsTest.bearer("clerk", unit)).get("/api/v1/queues/mine").then()
                .statusCode(200).body("total", equalTo(0));
        // handed to the leader in person, approved: the issue step is every clerk's, no longer the desk's
        DossierActionsTest.act(dossier, "assign", "front-desk", Map.of("version", 0, "assignee", "leader.officer",
                "step", "approve")).then().statusCode(200);
        given().header("Authorization", DossierActionsTest.bearer("leader", unit)).get("/api/v1/queues/mine").then()
                .statusCode(200).body("items.code", contains(dossier.code()));
        DossierActionsTest.act(dossier, "approval", "leader", Map.of("version", 1)).then().statusCode(200);
        given().header("Authorization", DossierActionsTest.bearer("clerk", unit)).get("/api/v1/queues/mine").then()
                .statusCode(200).body("items.code", contains(dossier.code()));
        given().header("Authorization", DossierActionsTest.bearer("leader", unit)).get("/api/v1/queues/mine").then()
                .statusCode(200).body("total", equalTo(0));
        given().header("Authorization", DossierActionsTest.bearer("front-desk", unit)).get("/api/v1/queues/mine")
                .then().statusCode(200).body("total", equalTo(0));
    }
}
