package vn.motcua.workflow.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.workflow.rest.DossierActionsTest.act;
import static vn.motcua.workflow.rest.DossierActionsTest.bearer;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.workflow.dossier.Action;
import vn.motcua.workflow.testing.TestDossiers;
import vn.motcua.workflow.testing.TestDossiers.Announced;

/**
 * {@code GET /dossiers/{code}/actions}: what the caller may do now, by the same rules the actions apply (status and
 * role by the lifecycle, the current step of the dossier's definition), so that a client offers those and no
 * others; each action offered then succeeds at the path it names, and one not offered is refused.
 */
@QuarkusTest
class AllowedActionsTest {

    private static final String UNIT = "31641";
    private static final Instant DUE = Instant.parse("2027-03-26T10:00:00Z");

    @Test
    void everyActionHasThePathItsEndpointDeclares() {
        assertThat(AllowedActionsView.PATHS.keySet()).isEqualTo(EnumSet.allOf(Action.class));
    }

    @Test
    void aNewDossierOffersTheDeskAHandOffOrAWithdrawalAndTheSupervisorNothing() {
        Announced dossier = TestDossiers.received(UNIT, DUE);
        JsonPath desk = actions(dossier, "front-desk");
        assertThat(desk.getList("actions.action")).containsExactly("ASSIGN", "WITHDRAW");
        assertThat(desk.getList("actions.path")).containsExactly("assign", "withdrawal");
        assertThat(desk.getList("actions.reasonRequired")).containsExactly(false, true);
        assertThat(desk.getString("status")).isEqualTo("ACCEPTED");
        assertThat(desk.getInt("stepNumber")).isEqualTo(1);
        assertThat(desk.getList("steps.name")).containsExactly("receive", "appraise", "approve", "issue", "return");
        assertThat(desk.getList("steps.role")).containsExactly("front-desk", "specialist", "leader", "clerk", "front-desk");
        assertThat(actions(dossier, "supervisor").getList("actions")).isEmpty();
        // the desk holds it: a clerk may do nothing with it, a leader only take it back
        assertThat(actions(dossier, "clerk").getList("actions")).isEmpty();
        JsonPath leader = actions(dossier, "leader");
        assertThat(leader.getList("actions.action")).containsExactly("ASSIGN");
        assertThat(leader.getList("actions.assigneeMustBeSelf")).containsExactly(true);
        assertThat(leader.getString("holder.kind")).isEqualTo("ROLE");
        assertThat(leader.getString("holder.role")).isEqualTo("front-desk");
        assertThat(leader.getBoolean("holder.you")).isFalse();
        assertThat(desk.getBoolean("holder.you")).isTrue();
        assertThat(desk.getList("actions.assigneeMustBeSelf")).containsExactly(false, false);
    }

    @Test
    void atTheApprovalStepTheLeaderIsOfferedTheDecisionAndWhatIsOfferedSucceeds() {
        Announced dossier = TestDossiers.received(UNIT, DUE);
        act(dossier, "assign", "front-desk", Map.of("version", 0, "assignee", "leader.officer", "step", "approve"))
                .then().statusCode(200);
        JsonPath leader = actions(dossier, "leader");
        assertThat(leader.getList("actions.action"))
                .containsExactly("ASSIGN", "EXTEND", "APPROVE", "REJECT", "STOP")
                .doesNotContain("RETURN_RESULT", "WITHDRAW");
        // the desk does not hold it, but may still withdraw it at the citizen's request, at the counter
        assertThat(actions(dossier, "front-desk").getList("actions.action")).containsExactly("WITHDRAW");
        // not offered, and refused: RETURN_RESULT; offered, and done at the path named: approval
        act(dossier, "result-return", "front-desk", Map.of("version", leader.getLong("version"))).then().statusCode(409);
        String approval = leader.getString("actions.find { it.action == 'APPROVE' }.path");
        act(dossier, approval, "leader", Map.of("version", leader.getLong("version"))).then().statusCode(200);
        // once decided, the result waits for the clerk's hand-off: the leader may only take it back, the desk wait
        assertThat(actions(dossier, "leader").getList("actions.action")).containsExactly("ASSIGN");
        assertThat(actions(dossier, "front-desk").getList("actions")).isEmpty();
        assertThat(actions(dossier, "clerk").getList("actions.action")).containsExactly("ASSIGN");
    }

    @Test
    void anotherUnitsDossierIsNotFound() {
        Announced dossier = TestDossiers.received(UNIT, DUE);
        given().header("Authorization", bearer("leader", "31642"))
                .get("/api/v1/dossiers/{code}/actions", dossier.code()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static JsonPath actions(Announced dossier, String role) {
        return given().header("Authorization", bearer(role, dossier.unitCode()))
                .get("/api/v1/dossiers/{code}/actions", dossier.code()).then().statusCode(200).extract().jsonPath();
    }
}
