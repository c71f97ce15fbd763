package vn.motcua.workflow.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import vn.motcua.testsupport.TestTokens;
import vn.motcua.workflow.testing.TestDossiers;
import vn.motcua.workflow.testing.TestDossiers.Announced;

/**
 * Issue 17 item 1: only the holder of a dossier's open step acts on it or hands it on (a person, or anyone with the
 * step's role when a role holds it); a leader of the unit may take it back; anyone else is refused with 409 naming
 * who holds it and where, and {@code /actions} offers exactly that.
 */
@QuarkusTest
class HolderTest {

    private static final String UNIT = "31661";
    private static final Instant DUE = Instant.parse("2027-04-30T10:00:00Z");

    @Test
    void theDeskCannotTakeADossierTheLeaderHoldsAndTheLeadersApprovalThenSucceeds() {
        Announced dossier = TestDossiers.received(UNIT, DUE);
        act(dossier, "assign", "front-desk.officer", "front-desk", Map.of("version", 0, "assignee", "specialist.officer"))
                .then().statusCode(200);
        // the leader takes it from the specialist, to the approval step: the hand-off keeps the leader's name
        act(dossier, "assign", "leader.commune", "leader", Map.of("version", 1, "assignee", "leader.commune",
                "step", "approve")).then().statusCode(200).body("stepNumber", equalTo(3))
                .body("assignee", equalTo("leader.commune"));

        for (int attempt = 0; attempt < 2; attempt++) {
            act(dossier, "assign", "front-desk.officer", "front-desk", Map.of("version", 2,
                    "assignee", "front-desk.officer")).then().statusCode(409)
                    .contentType("application/problem+json").body("type", endsWith("/not-the-holder"))
                    .body("detail", containsString("held by Lê Văn An (leader.commune) at step 3 \"approve\""));
        }
        JsonPath desk = actions(dossier, "front-desk.officer", "front-desk");
        assertThat(desk.getString("holder.name")).isEqualTo("Lê Văn An");
        assertThat(desk.getBoolean("holder.you")).isFalse();
        // the citizen may still withdraw at the counter; nothing else is the desk's now
        assertThat(desk.getList("actions.action")).containsExactly("WITHDRAW");
        assertThat(actions(dossier, "leader.commune", "leader").getBoolean("holder.you")).isTrue();

        act(dossier, "approval", "leader.commune", "leader", Map.of("version", 2)).then().statusCode(200)
                .body("nationalStatus", equalTo(9)).body("stepNumber", equalTo(4));
    }

    @Test
    void anotherLeaderTakesTheDossierBackAtItsStepButHandsOnOnlyWhatHeHolds() {
        Announced dossier = TestDossiers.received(UNIT, DUE);
        act(dossier, "assign", "front-desk.officer", "front-desk", Map.of("version", 0, "assignee", "leader.commune",
                "step", "approve")).then().statusCode(200);
        // a leader who does not hold it may not hand it to someone else...
        act(dossier, "assign", "leader.binh", "leader", Map.of("version", 1, "assignee", "specialist.officer"))
                .then().statusCode(409).body("type", endsWith("/not-the-holder"))
                .body("detail", containsString("leader.commune at step 3 \"approve\""));
        // ...nor decide, but may take it back: it stays at its step, now his
        act(dossier, "approval", "leader.binh", "leader", Map.of("version", 1)).then().statusCode(409);
        act(dossier, "assign", "leader.binh", "leader", Map.of("version", 1, "assignee", "leader.binh"))
                .then().statusCode(200).body("stepNumber", equalTo(3)).body("assignee", equalTo("leader.binh"));
        act(dossier, "approval", "leader.commune", "leader", Map.of("version", 2)).then().statusCode(409)
                .body("detail", containsString("Trần Văn Bình (leader.binh) at step 3"));
        act(dossier, "approval", "leader.binh", "leader", Map.of("version", 2)).then().statusCode(200);
    }

    @Test
    void aStepHeldByARoleIsActedOnByAnyoneWithThatRoleAndNobodyElse() {
        Announced dossier = TestDossiers.received(UNIT, DUE);
        act(dossier, "assign", "front-desk.officer", "front-desk", Map.of("version", 0, "assignee", "leader.commune",
                "step", "approve")).then().statusCode(200);
        act(dossier, "approval", "leader.commune", "leader", Map.of("version", 1)).then().statusCode(200);
        // the issue step is the clerks': the specialist and the desk are refused, any clerk hands it on
        act(dossier, "assign", "specialist.officer", "specialist", Map.of("version", 2, "assignee", "x"))
                .then().statusCode(409).body("detail", allOf(containsString("whoever has the role clerk"),
                        containsString("step 4 \"issue\"")));
        act(dossier, "result-return", "front-desk.officer", "front-desk", Map.of("version", 2)).then().statusCode(409)
                .body("type", endsWith("/not-the-holder"));
        act(dossier, "assign", "clerk.hoa", "clerk", Map.of("version", 2, "assignee", "front-desk.officer"))
                .then().statusCode(200).body("stepNumber", equalTo(5));
        act(dossier, "result-return", "front-desk.officer", "front-desk", Map.of("version", 3)).then().statusCode(200)
                .body("nationalStatus", equalTo(10));
    }

    @Test
    void ofTwoLeadersTakingTheDossierBackAtOnceOneWins() throws Exception {
        for (int round = 0; round < 3; round++) {
            Announced dossier = TestDossiers.received(UNIT, DUE);
            act(dossier, "assign", "front-desk.officer", "front-desk", Map.of("version", 0,
                    "assignee", "specialist.officer")).then().statusCode(200);
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Integer>> racers = new ArrayList<>();
            for (String leader : List.of("leader.commune", "leader.binh")) {
                racers.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return act(dossier, "assign", leader, "leader", Map.of("version", 1, "assignee", leader))
                            .statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = racers.stream().map(CompletableFuture::join).sorted().toList();
            assertEquals(200, statuses.get(0), statuses.toString());
            assertEquals(409, statuses.get(1), statuses.toString());
            assertEquals(2, TestDossiers.count(
                    "select count(*) from dossier_timeline where dossier_id = ? and action = 'ASSIGN'", dossier.id()));
            assertEquals(1, TestDossiers.count(
                    "select count(*) from dossier_step where dossier_id = ? and ended_at is null", dossier.id()));
        }
    }

    static Response act(Announced dossier, String action, String username, String role, Map<String, ?> body) {
        return given().header("Authorization", bearer(username, role)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/dossiers/{code}/{action}", dossier.code(), action);
    }

    private static JsonPath actions(Announced dossier, String username, String role) {
        return given().header("Authorization", bearer(username, role))
                .get("/api/v1/dossiers/{code}/actions", dossier.code()).then().statusCode(200).extract().jsonPath();
    }

    /** Officers of the unit with their names, as Keycloak puts them in the token. */
    static String bearer(String username, String role) {
        String name = switch (username) {
            case "leader.commune" -> "Lê Văn An";
            case "leader.binh" -> "Trần Văn Bình";
            case "clerk.hoa" -> "Phạm Thị Hoa";
            default -> "Nguyễn Thị " + username;
        };
        return TestTokens.user(username).roles(role).unit(UNIT).name(name).bearer();
    }
}
