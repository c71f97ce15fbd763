package vn.motcua.workflow.definition;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.testsupport.ProvincialAdmin;
import vn.motcua.testsupport.TestTokens;
import vn.motcua.workflow.testing.TestDossiers;
import vn.motcua.workflow.testing.TestDossiers.Announced;

/** Processing definitions are data: the provincial admin adds versions; a running dossier keeps the version it started with. */
@QuarkusTest
class DefinitionsTest {

    private static final String UNIT = "31648";
    private static final String PROCEDURE = "2.002999";
    private static final Instant DUE = Instant.parse("2026-12-20T10:00:00Z");

    @Test
    void definitionsAreTheProvincesACommunesAdminReadsThemButDoesNotAddVersions() {
        List<Map<String, Object>> steps = List.of(step("receive", "front-desk", null, 100, List.of("APPROVE")));
        given().header("Authorization", bearer("admin")).contentType(ContentType.JSON).body(Map.of("steps", steps))
                .post("/api/v1/definitions/{p}/versions", "2.002997").then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("Only the provincial administrator may change processing definitions"));
        given().header("Authorization", bearer("admin")).get("/api/v1/definitions").then().statusCode(200);
        addVersion("2.002997", steps).then().statusCode(201);
    }

    @Test
    void aRunningDossierKeepsItsVersionWhileNewDossiersTakeTheLatest() throws Exception {
        addVersion(PROCEDURE, List.of(
                step("receive", "front-desk", null, 10, List.of("WITHDRAW")),
                step("appraise", "specialist", "Phòng Tư pháp", 40, List.of("REQUEST_SUPPLEMENT", "RECEIVE_SUPPLEMENT")),
                step("tax-office", "other-agency", null, 20, List.of()),
                step("decide", "leader", null, 30, List.of("APPROVE", "REJECT", "RETURN_RESULT"))))
                .then().statusCode(201).header("Location", endsWith("/api/v1/definitions/" + PROCEDURE + "/versions/1"))
                .body("version", equalTo(1)).body("steps[1].department", equalTo("Phòng Tư pháp"));
        Announced first = TestDossiers.received(UNIT, DUE, PROCEDURE);

        addVersion(PROCEDURE, List.of(
                step("receive", "front-desk", null, 20, List.of()),
                step("decide", "leader", null, 80, List.of("APPROVE", "REJECT", "RETURN_RESULT"))))
                .then().statusCode(201).body("version", equalTo(2));
        Announced second = TestDossiers.received(UNIT, DUE, PROCEDURE);

        view(first).then().body("definitionVersion", equalTo(1));
        view(second).then().body("definitionVersion", equalTo(2));
        // the first follows version 1: after receive comes the department, then the tax office (inter-agency)
        act(first, "assign", "front-desk", Map.of("version", 0, "assignee", "Phòng Tư pháp", "assigneeKind",
                "DEPARTMENT")).then().statusCode(200).body("stepNumber", equalTo(2));
        act(first, "assign", "specialist", Map.of("version", 1, "assignee", "Chi cục Thuế khu vực", "assigneeKind",
                "AGENCY", "step", "tax-office")).then().statusCode(200).body("stepNumber", equalTo(3));
        act(second, "assign", "front-desk", Map.of("version", 0, "assignee", "leader.an")).then().statusCode(200)
                .body("stepNumber", equalTo(2));
        given().header("Authorization", bearer("leader")).get("/api/v1/dossiers/{code}/control-sheet", first.code())
                .then().statusCode(200).body("definitionVersion", equalTo(1))
                .body("rows.step", equalTo(List.of("receive", "appraise", "tax-office")))
                .body("rows.holderKind", equalTo(List.of("ROLE", "DEPARTMENT", "AGENCY")))
                .body("rows[2].holder", equalTo("Chi cục Thuế khu vực"));

        // the tax office holds it: the specialist may not act on it; a leader takes it back, at the same step
        act(first, "fee-request", "specialist", Map.of("version", 2, "amountVnd", 10000)).then().statusCode(409)
                .contentType("application/problem+json").body("type", endsWith("/not-the-holder"))
                .body("detail", containsString("the agency Chi cục Thuế khu vực at step 3 \"tax-office\""));
        act(first, "assign", "leader", Map.of("version", 2, "assignee", "leader.officer")).then().statusCode(200)
                .body("stepNumber", equalTo(3));
        // at the tax office's step, an extension is not among the allowed actions: refused, nothing changes
        long events = TestDossiers.count("select count(*) from outbox_event where message_key = ?", first.id());
        act(first, "extension", "leader", Map.of("version", 3, "reason", "xác minh thuế",
                "newDueAt", "2027-06-30T10:00:00Z")).then().statusCode(409)
                .contentType("application/problem+json").body("type", endsWith("/step-does-not-allow"));
        view(first).then().body("version", equalTo(3)).body("nationalStatus", equalTo(4));
        assertEquals(events, TestDossiers.count("select count(*) from outbox_event where message_key = ?", first.id()));
        act(first, "assign", "leader", Map.of("version", 3, "assignee", "x", "step", "no-such-step")).then()
                .statusCode(400).body("errors[0].field", equalTo("step"));

        given().header("Authorization", bearer("admin")).get("/api/v1/definitions/{p}/versions", PROCEDURE).then()
                .statusCode(200).body("version", equalTo(List.of(1, 2)));
        given().header("Authorization", bearer("admin")).get("/api/v1/definitions/{p}/versions/1", PROCEDURE).then()
                .statusCode(200).body("steps.name", equalTo(List.of("receive", "appraise", "tax-office", "decide")));
        given().header("Authorization", bearer("admin")).get("/api/v1/definitions").then().statusCode(200)
                .body("procedureCode", hasItems("*", PROCEDURE));
        given().header("Authorization", bearer("admin")).get("/api/v1/definitions/{p}/versions/3", PROCEDURE).then()
                .statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theDefaultDefinitionIsReceiveAppraiseApproveIssueReturn() {
        given().header("Authorization", bearer("admin")).get("/api/v1/definitions/*/versions/1").then()
                .statusCode(200).body("steps.name", equalTo(List.of("receive", "appraise", "approve", "issue", "return")))
                .body("steps.sharePercent", equalTo(List.of(5, 60, 20, 10, 5)));
    }

    @Test
    void aDefinitionThatCannotWorkIsRefusedNamingWhy() {
        addVersion("2.002998", List.of(step("receive", "front-desk", null, 50, List.of()),
                step("decide", "leader", null, 40, List.of("APPROVE")))).then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("100%"));
        addVersion("2.002998", List.of(step("decide", "janitor", null, 100, List.of("APPROVE")))).then()
                .statusCode(400).body("detail", containsString("role"));
        addVersion("2.002998", List.of(step("decide", "leader", null, 100, List.of("RETURN_RESULT")))).then()
                .statusCode(400).body("detail", containsString("APPROVE"));
        addVersion("2.002998", List.of(step("decide", "leader", null, 100, List.of("FLY")))).then().statusCode(400);
        given().header("Authorization", bearer("admin")).get("/api/v1/definitions/2.002998/versions").then()
                .statusCode(404);
    }

    static Map<String, Object> step(String name, String role, String department, int share, List<String> actions) {
        Map<String, Object> step = new java.util.HashMap<>(Map.of("name", name, "role", role, "sharePercent", share,
                "allowedActions", actions));
        if (department != null) {
            step.put("department", department);
        }
        return step;
    }

    static Response addVersion(String procedure, List<Map<String, Object>> steps) {
        return given().header("Authorization", ProvincialAdmin.bearer()).contentType(ContentType.JSON)
                .body(Map.of("steps", steps)).post("/api/v1/definitions/{p}/versions", procedure);
    }

    private static Response view(Announced dossier) {
        return given().header("Authorization", bearer("leader")).get("/api/v1/dossiers/{code}", dossier.code());
    }

    private static Response act(Announced dossier, String action, String role, Map<String, ?> body) {
        return given().header("Authorization", bearer(role)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/dossiers/{code}/{action}", dossier.code(), action);
    }

    private static String bearer(String role) {
        return TestTokens.user(role + ".officer").roles(role).unit(UNIT).bearer();
    }
}
