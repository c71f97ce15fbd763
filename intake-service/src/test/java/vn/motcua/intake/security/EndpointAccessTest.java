package vn.motcua.intake.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import vn.motcua.backbone.security.Roles;
import vn.motcua.intake.Fixtures;
import vn.motcua.testsupport.AccessMatrix;
import vn.motcua.testsupport.AccessMatrix.OwnedBy;
import vn.motcua.testsupport.TestTokens;

/**
 * Who may call each endpoint (test-support's {@link AccessMatrix}): the table is compared with the
 * OpenAPI document, so an endpoint added without a rule fails; every endpoint is called anonymously,
 * by each role of Thị trấn Long Phú, and, for a dossier of Long Phú, by the allowed roles of Đại Ngãi
 * (another commune of the same district), who must get 404.
 */
@QuarkusTest
class EndpointAccessTest {

    /** A dossier received at the unit's desk; what the dossier endpoints are called about. */
    private static final Function<String, OwnedBy> DOSSIER = unit -> OwnedBy.path("id",
            given().header("Authorization", Fixtures.frontDesk(unit)).contentType(ContentType.JSON)
                    .body(Fixtures.birthRegistration()).post("/api/v1/dossiers")
                    .then().statusCode(201).extract().path("dossier.id"));

    private static final AccessMatrix MATRIX = AccessMatrix.forUnits(Fixtures.LONG_PHU_COMMUNE, Fixtures.DAI_NGAI)
            .publicEndpoint("GET /api/v1/procedures")
            .publicEndpoint("GET /api/v1/procedures/{code}")
            .publicEndpoint("GET /api/v1/procedures/{code}/versions/{version}")
            .publicEndpoint("GET /api/v1/fields")
            .publicEndpoint("GET /api/v1/units/tree")
            .publicEndpoint("GET /api/v1/units/{code}")
            .publicEndpoint("POST /api/v1/online/dossiers")
            .publicEndpoint("POST /api/v1/online/dossiers/{code}/supplement")
            // a citizen account's own dossiers (MyDossiersTest: own vs another citizen's); every staff role 403
            .allow("GET /api/v1/me/dossiers", "citizen")
            .signedIn("GET /api/v1/caller")
            // backbone: the service's dead letters, every unit's events: the provincial admin only
            .allowProvincialAdmin("GET /api/v1/admin/dead-letters")
            .allowProvincialAdmin("POST /api/v1/admin/dead-letters/replay")
            .signedIn("GET /api/v1/calendars/{id}")
            .signedIn("GET /api/v1/calendars/{id}/holidays/{year}")
            .signedIn("GET /api/v1/calendars/{id}/due-date")
            .allow("PUT /api/v1/calendars/{id}/hours", Roles.ADMIN)
            .allow("PUT /api/v1/calendars/{id}/holidays/{year}", Roles.ADMIN)
            .allow("POST /api/v1/procedures/{code}/versions", Roles.ADMIN)
            .allow("POST /api/v1/units", Roles.ADMIN)
            .allow("POST /api/v1/units/{code}/versions", Roles.ADMIN)
            .allow("POST /api/v1/units/{code}/end", Roles.ADMIN)
            .allow("PUT /api/v1/units/{code}/versions/{version}", Roles.ADMIN)
            .allow("POST /api/v1/dossiers", Roles.FRONT_DESK)
            .allow("GET /api/v1/dossiers", Roles.FRONT_DESK)
            .allow("GET /api/v1/dossiers/summary", Roles.FRONT_DESK)
            .allow("POST /api/v1/migration/dossiers", Roles.MIGRATION)
            .allow("POST /api/v1/migration/dossiers/batch", Roles.MIGRATION)
            .allowInOwnUnit("GET /api/v1/dossiers/{id}", DOSSIER, Roles.FRONT_DESK)
            .allowInOwnUnit("GET /api/v1/dossiers/{id}/receipt", DOSSIER, Roles.FRONT_DESK)
            // forms 02 and 03 of what the desk did not accept (an accepted dossier answers 409, past the access check)
            .allowInOwnUnit("GET /api/v1/dossiers/{id}/forms/supplement-request", DOSSIER, Roles.FRONT_DESK)
            .allowInOwnUnit("GET /api/v1/dossiers/{id}/forms/refusal", DOSSIER, Roles.FRONT_DESK)
            // the delivery log of the applicant's notifications (contacts masked)
            .allowInOwnUnit("GET /api/v1/dossiers/{id}/notifications", DOSSIER, Roles.FRONT_DESK, Roles.LEADER,
                    Roles.SUPERVISOR)
            .allowInOwnUnit("POST /api/v1/dossiers/{id}/accept", DOSSIER, Roles.FRONT_DESK)
            .allowInOwnUnit("POST /api/v1/dossiers/{id}/refuse",
                    unit -> DOSSIER.apply(unit).body(Map.of("reason", "Thiếu giấy chứng sinh")), Roles.FRONT_DESK)
            .allowInOwnUnit("POST /api/v1/dossiers/{id}/request-supplement",
                    unit -> DOSSIER.apply(unit).body(Map.of("missingComponents", List.of(2))), Roles.FRONT_DESK)
            .placeholders(path -> path.replace("{id}", path.startsWith("/api/v1/calendars") ? "default" : "{id}")
                    .replace("{code}", path.startsWith("/api/v1/units") ? "31639"
                            : path.startsWith("/api/v1/online") ? "000.00.61.H92-260310-9999" : Fixtures.BIRTH_REGISTRATION)
                    .replace("{version}", "1").replace("{year}", "2026"));

    @Test
    void everyEndpointOfTheApiHasARule() {
        MATRIX.assertEveryEndpointHasARule();
    }

    @Test
    void eachEndpointAnswersEachCallerByItsRuleAndAnotherUnitsDossierIsNotFound() {
        MATRIX.assertCallersGetWhatTheRulesSay();
    }

    @Test
    void aFrontDeskWithoutAUnitIsRefused() {
        given().header("Authorization", TestTokens.user("nounit").roles("front-desk").bearer())
                .get("/api/v1/dossiers/summary").then().statusCode(403).contentType("application/problem+json");
        assertThat(given().header("Authorization", Fixtures.frontDesk(Fixtures.LONG_PHU_COMMUNE))
                .get("/api/v1/dossiers/summary").statusCode()).isEqualTo(200);
    }
}
