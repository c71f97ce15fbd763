package vn.motcua.workflow.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.workflow.testing.TestDossiers;
import vn.motcua.workflow.testing.TestDossiers.Announced;

@QuarkusTest
class ReadingTest {

    @Test
    void timelineListsWhoDidWhatAndWhy() {
        Announced dossier = TestDossiers.received("31642", Instant.parse("2026-12-20T10:00:00Z"));
        DossierActionsTest.act(dossier, "assign", "front-desk", Map.of("version", 0, "assignee", "binh", "reason", "giao"))
                .then().statusCode(200);
        String deskId = given().header("Authorization", DossierActionsTest.bearer("front-desk", "31642"))
                .get("/api/v1/caller").then().statusCode(200).extract().path("userId");
        given().header("Authorization", DossierActionsTest.bearer("specialist", "31642"))
                .get("/api/v1/timelines/{code}", dossier.code())
                .then().statusCode(200).body("action", contains("RECEIVE", "ASSIGN"))
                .body("[1].actor", equalTo(deskId)).body("[1].reason", equalTo("giao"))
                .body("[1].fromStatus", equalTo(2)).body("[1].toStatus", equalTo(4))
                .body("step", contains("receive", "appraise")).body("[0].stepTimeliness", nullValue())
                .body("[1].dueAt", equalTo("2026-12-20T10:00:00Z")).body("[1].stepDueAt", notNullValue())
                .body("[1].stepTimeliness", notNullValue());
        given().header("Authorization", DossierActionsTest.bearer("specialist", "99999"))
                .get("/api/v1/timelines/{code}", dossier.code()).then().statusCode(404);
    }

    @Test
    void unitQueueIsPagedAndSortedByDueDate() {
        Announced later = TestDossiers.received("31643", Instant.parse("2026-12-22T10:00:00Z"));
        Announced sooner = TestDossiers.received("31643", Instant.parse("2026-12-21T10:00:00Z"));
        Announced latest = TestDossiers.received("31643", Instant.parse("2026-12-23T10:00:00Z"));
        String bearer = DossierActionsTest.bearer("leader", "31643");
        given().header("Authorization", bearer).queryParam("size", 2).get("/api/v1/queues/unit")
                .then().statusCode(200).body("items.code", contains(sooner.code(), later.code()));
        given().header("Authorization", bearer).queryParam("size", 2).queryParam("page", 1).get("/api/v1/queues/unit")
                .then().statusCode(200).body("items.code", contains(latest.code()));
        given().header("Authorization", DossierActionsTest.bearer("leader", "99999")).get("/api/v1/queues/unit")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void myQueueHoldsTheDossiersAssignedToMe() {
        Announced dossier = TestDossiers.received("31644", Instant.parse("2026-12-20T10:00:00Z"));
        TestDossiers.received("31644", Instant.parse("2026-12-19T10:00:00Z"));
        DossierActionsTest.act(dossier, "assign", "front-desk", Map.of("version", 0, "assignee", "specialist.officer"))
                .then().statusCode(200);
        given().header("Authorization", DossierActionsTest.bearer("specialist", "31644")).get("/api/v1/queues/mine")
                .then().statusCode(200).body("items.code", contains(dossier.code()));
    }
}
