package vn.motcua.document;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import vn.motcua.document.testing.Drafts;
import vn.motcua.document.testing.Officers;
import vn.motcua.document.testing.TestDossiers;
import vn.motcua.testsupport.AccessMatrix;
import vn.motcua.testsupport.AccessMatrix.OwnedBy;
import vn.motcua.testsupport.TestTokens;

/**
 * Who may call what (test-support's {@link AccessMatrix}): every endpoint of the service, read from
 * its OpenAPI document so that a new endpoint without a rule fails, against anonymous callers, every
 * role of the commune, and, for a dossier's files and an outgoing document of the commune, the
 * allowed roles of another commune, who must get 404.
 */
@QuarkusTest
class EndpointAccessTest {

    private static final String FRONT = "front-desk";
    private static final String SPEC = "specialist";
    private static final String LEAD = "leader";
    private static final String CLERK = "clerk";
    private static final String SUP = "supervisor";
    private static final String ADMIN = "admin";

    private static final Function<String, OwnedBy> DOSSIER = unit -> OwnedBy.path("dossierCode", TestDossiers.received(unit));
    private static final Function<String, OwnedBy> DRAFT = unit -> OwnedBy.path("id",
            Drafts.paperDecision(unit, "Quyết định về việc cấp giấy phép (ma trận quyền)"));

    /** A certificate enrolled by the unit's admin for a stand-in official. */
    private static final Function<String, OwnedBy> CERTIFICATE = unit -> OwnedBy.path("id",
            io.restassured.RestAssured.given().header("Authorization", Officers.admin(unit))
                    .contentType("application/json")
                    .body("{\"kind\":\"PERSON\",\"username\":\"matrix.holder\",\"holderName\":\"Người thử\"}")
                    .post("/api/v1/signing-certificates").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201))
                    .extract().path("id"));

    private static final AccessMatrix MATRIX = AccessMatrix.forUnits(Officers.COMMUNE, Officers.OTHER_COMMUNE)
            .signedIn("GET /api/v1/caller")
            // backbone: the service's dead letters, every unit's events: the provincial admin only
            .allowProvincialAdmin("GET /api/v1/admin/dead-letters")
            .allowProvincialAdmin("POST /api/v1/admin/dead-letters/replay")
            .allow("POST /api/v1/files", FRONT, SPEC, LEAD, CLERK)
            .allow("GET /api/v1/files/{id}", FRONT, SPEC, LEAD, CLERK)
            .allow("GET /api/v1/files/{id}/content", FRONT, SPEC, LEAD, CLERK)
            .allow("POST /api/v1/files/{id}/versions", FRONT, SPEC, LEAD, CLERK)
            .allow("GET /api/v1/files/{id}/versions/{version}/content", FRONT, SPEC, LEAD, CLERK)
            .allow("GET /api/v1/files/{id}/signatures", FRONT, SPEC, LEAD, CLERK)
            .allowInOwnUnit("GET /api/v1/dossiers/{dossierCode}/files", DOSSIER, FRONT, SPEC, LEAD, CLERK)
            .allow("POST /api/v1/dossiers/{dossierCode}/files/reused", FRONT, SPEC)
            .allow("POST /api/v1/outgoing-documents", SPEC, LEAD, CLERK)
            .allow("GET /api/v1/outgoing-documents", SPEC, LEAD, CLERK)
            .allowInOwnUnit("GET /api/v1/outgoing-documents/{id}", DRAFT, SPEC, LEAD, CLERK)
            .allow("POST /api/v1/outgoing-documents/{id}/signatures", LEAD, CLERK)
            .allowInOwnUnit("POST /api/v1/outgoing-documents/{id}/registration", DRAFT, CLERK)
            .allow("POST /api/v1/outgoing-documents/{id}/issue", CLERK)
            .allow("POST /api/v1/incoming-documents", CLERK)
            .allow("GET /api/v1/incoming-documents", CLERK, LEAD, SPEC)
            .allow("GET /api/v1/incoming-documents/{id}", CLERK, LEAD, SPEC)
            .allow("GET /api/v1/register-books/outgoing", CLERK, LEAD)
            .allow("GET /api/v1/register-books/incoming", CLERK, LEAD)
            .allow("GET /api/v1/signing-certificates", ADMIN, LEAD, CLERK, SUP)
            .allow("POST /api/v1/signing-certificates", ADMIN)
            // an admin administers their own unit's certificates only (issue 13 item 8)
            .allowInOwnUnit("POST /api/v1/signing-certificates/{id}/revocation", CERTIFICATE, ADMIN)
            .allow("GET /api/v1/digitisation", LEAD, SUP, FRONT)
            // the citizen's files of an online submission: public, proven by the lookup secret (OnlineFilesTest)
            .publicEndpoint("POST /api/v1/online/dossiers/{dossierCode}/files")
            .publicEndpoint("GET /api/v1/lookup/dossiers/{dossierCode}/results")
            .publicEndpoint("GET /api/v1/lookup/dossiers/{dossierCode}/results/{documentId}/content")
            // a citizen account's own dossiers' results: every staff role 403 here, the owner and 404s in MyResultsTest
            .allow("GET /api/v1/me/dossiers/{dossierCode}/results", "citizen")
            .allow("GET /api/v1/me/dossiers/{dossierCode}/results/{documentId}/content", "citizen")
            .placeholders(path -> path.replace("{dossierCode}", "49999.H41-220715-0001").replace("{version}", "1"))
            .requests((endpoint, request) -> {
                if (endpoint.startsWith("POST ")) {
                    boolean upload = endpoint.equals("POST /api/v1/files") || endpoint.endsWith("/versions")
                            || endpoint.startsWith("POST /api/v1/online/");
                    request.contentType(upload ? "application/octet-stream" : "application/json")
                            .body(upload ? "x".getBytes() : "{}".getBytes());
                }
            });

    @Test
    void everyEndpointHasARule() {
        MATRIX.assertEveryEndpointHasARule();
    }

    @Test
    void eachRoleIsAllowedOrRefusedAsTheRuleSaysAndAnotherCommunesDocumentsAreNotFound() {
        MATRIX.assertCallersGetWhatTheRulesSay();
    }

    @Test
    void aTokenWithoutUnitIsRefused() {
        given().header("Authorization", TestTokens.user("nounit").roles(CLERK).bearer()).get("/api/v1/outgoing-documents")
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", Officers.clerk("49999")).get("/api/v1/outgoing-documents").then().statusCode(200);
    }
}
