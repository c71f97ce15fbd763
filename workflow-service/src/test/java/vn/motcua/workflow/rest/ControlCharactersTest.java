package vn.motcua.workflow.rest;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.workflow.testing.TestDossiers;
import vn.motcua.workflow.testing.TestDossiers.Announced;

/** A NUL that PostgreSQL would refuse is a 400 naming the field, not a 500; free text keeps its line breaks. */
@QuarkusTest
class ControlCharactersTest {

    private static final String UNIT = "31645";
    private static final Instant DUE = Instant.parse("2026-12-20T10:00:00Z");

    @Test
    void aNulInTheAssigneeIsRefusedNamingIt() {
        Announced dossier = TestDossiers.received(UNIT, DUE);
        DossierActionsTest.act(dossier, "assign", "front-desk", Map.of("version", 0, "assignee", "s\u0000"))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("assignee"));
        DossierActionsTest.act(dossier, "assign", "front-desk", Map.of("version", 0, "assignee", "s"))
                .then().statusCode(200);
    }

    @Test
    void aNulInTheLookupCodeIsRefusedNamingIt() {
        Announced dossier = TestDossiers.received(UNIT, DUE);
        TestDossiers.citizen().body(Map.of("code", dossier.code() + "\u0000", "secret", dossier.secret()))
                .post("/api/v1/public/status").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("code"));
    }

    @Test
    void aReasonMaySpanLinesButAnAssigneeMayNot() {
        Announced dossier = TestDossiers.received(UNIT, DUE);
        DossierActionsTest.act(dossier, "assign", "front-desk", Map.of("version", 0, "assignee", "s\nt"))
                .then().statusCode(400).body("errors[0].field", equalTo("assignee"));
        DossierActionsTest.act(dossier, "assign", "front-desk",
                Map.of("version", 0, "assignee", "s", "reason", "chuyển chuyên viên\nđể thẩm định")).then().statusCode(200);
    }
}
