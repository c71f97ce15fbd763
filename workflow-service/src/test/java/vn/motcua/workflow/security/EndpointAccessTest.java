package vn.motcua.workflow.security;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import vn.motcua.backbone.security.Roles;
import vn.motcua.testsupport.AccessMatrix;
import vn.motcua.testsupport.AccessMatrix.OwnedBy;
import vn.motcua.testsupport.TestTokens;
import vn.motcua.workflow.testing.TestDossiers;

/**
 * Who may call each endpoint (the shared {@link AccessMatrix}): the table is checked against the OpenAPI
 * document, so an endpoint added without a rule fails; anonymous callers get 401, roles outside the rule 403, and a
 * dossier of another unit answers 404 on every dossier endpoint, as if it did not exist.
 */
@QuarkusTest
class EndpointAccessTest {

    private static final String[] OFFICERS = {Roles.FRONT_DESK, Roles.SPECIALIST, Roles.LEADER, Roles.CLERK,
            Roles.SUPERVISOR};
    private static final String[] HANDLERS = {Roles.FRONT_DESK, Roles.SPECIALIST, Roles.LEADER, Roles.CLERK};
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    /** A dossier announced by intake in the unit, addressed by its code. */
    private static final Function<String, OwnedBy> DOSSIER = unit -> OwnedBy.path("code",
            TestDossiers.received(unit, Instant.parse("2026-12-20T10:00:00Z")).code());
    /** The same, for an action: found, then refused by the lifecycle or the validation (nothing changes). */
    private static final Function<String, OwnedBy> ACTION_ON_DOSSIER = unit -> DOSSIER.apply(unit)
            .body(Map.of("version", 0));

    private static final AccessMatrix MATRIX = AccessMatrix.forUnits("31650", "31651")
            .signedIn("GET /api/v1/caller")
            // backbone: the service's dead letters, every unit's events: the provincial admin only
            .allowProvincialAdmin("GET /api/v1/admin/dead-letters")
            .allowProvincialAdmin("POST /api/v1/admin/dead-letters/replay")
            .publicEndpoint("POST /api/v1/public/status")
            .publicEndpoint("POST /api/v1/public/rating")
            .allowInOwnUnit("GET /api/v1/dossiers/{code}", DOSSIER, OFFICERS)
            .allowInOwnUnit("GET /api/v1/dossiers/{code}/actions", DOSSIER, OFFICERS)
            .allowInOwnUnit("GET /api/v1/dossiers/{code}/control-sheet", DOSSIER, OFFICERS)
            .allowInOwnUnit("GET /api/v1/dossiers/{code}/control-sheet/pdf", DOSSIER, OFFICERS)
            .allowInOwnUnit("GET /api/v1/timelines/{code}", DOSSIER, OFFICERS)
            // forms 02 and 04: found, then 409 while there is no supplement request or extension to print
            .allowInOwnUnit("GET /api/v1/dossiers/{code}/forms/supplement-request", DOSSIER,
                    Roles.FRONT_DESK, Roles.SPECIALIST)
            .allowInOwnUnit("GET /api/v1/dossiers/{code}/forms/apology", DOSSIER, Roles.LEADER, Roles.FRONT_DESK)
            .allowInOwnUnit("POST /api/v1/dossiers/{code}/assign", ACTION_ON_DOSSIER, HANDLERS)
            .allowInOwnUnit("POST /api/v1/dossiers/{code}/supplement-request", ACTION_ON_DOSSIER,
                    Roles.FRONT_DESK, Roles.SPECIALIST)
            .allowInOwnUnit("POST /api/v1/dossiers/{code}/supplement-received", ACTION_ON_DOSSIER, Roles.FRONT_DESK)
            .allowInOwnUnit("POST /api/v1/dossiers/{code}/fee-request", ACTION_ON_DOSSIER,
                    Roles.FRONT_DESK, Roles.SPECIALIST)
            .allowInOwnUnit("POST /api/v1/dossiers/{code}/fee-paid", ACTION_ON_DOSSIER, Roles.FRONT_DESK)
            .allowInOwnUnit("POST /api/v1/dossiers/{code}/extension", ACTION_ON_DOSSIER, Roles.LEADER)
            .allowInOwnUnit("POST /api/v1/dossiers/{code}/approval", ACTION_ON_DOSSIER, Roles.LEADER)
            .allowInOwnUnit("POST /api/v1/dossiers/{code}/rejection", ACTION_ON_DOSSIER, Roles.LEADER)
            .allowInOwnUnit("POST /api/v1/dossiers/{code}/stop", ACTION_ON_DOSSIER, Roles.LEADER)
            .allowInOwnUnit("POST /api/v1/dossiers/{code}/withdrawal", ACTION_ON_DOSSIER, Roles.FRONT_DESK)
            .allowInOwnUnit("POST /api/v1/dossiers/{code}/result-return", ACTION_ON_DOSSIER, Roles.FRONT_DESK)
            .allow("GET /api/v1/queues/unit", OFFICERS)
            .allow("GET /api/v1/queues/mine", HANDLERS)
            // form 06 of the caller's own unit: kept by the desk, read by the leader
            .allow("GET /api/v1/tracking-book", Roles.FRONT_DESK, Roles.LEADER, Roles.SUPERVISOR)
            .allow("GET /api/v1/definitions", Roles.ADMIN)
            .allow("GET /api/v1/definitions/{procedureCode}/versions", Roles.ADMIN)
            .allow("GET /api/v1/definitions/{procedureCode}/versions/{version}", Roles.ADMIN)
            .allow("POST /api/v1/definitions/{procedureCode}/versions", Roles.ADMIN)
            .placeholders(path -> path.replace("{procedureCode}", "*").replace("{version}", "1")
                    .replace("{code}", "000.00.31.H99-261127-0001"))
            // the public endpoints are rate-limited per client address: each call comes from its own
            .requests((endpoint, request) -> {
                request.header("X-Forwarded-For", "192.0.2." + (CLIENTS.incrementAndGet() % 250));
                if (!endpoint.startsWith("GET ")) {
                    request.contentType("application/json").body("{}");
                }
            });

    @Test
    void everyEndpointOfTheApiHasARule() {
        MATRIX.assertEveryEndpointHasARule();
    }

    @Test
    void eachEndpointAnswersEachCallerByItsRuleAndAnotherUnitsDossierIsNotFound() {
        MATRIX.assertCallersGetWhatTheRulesSay();
    }

    @Test
    void anOfficerOfTheUnitReadsTheDossierAtItsVersion() {
        String code = DOSSIER.apply("31650").pathParameters().get("code");
        given().header("Authorization", TestTokens.user("leader").roles(Roles.LEADER).unit("31650").bearer())
                .get("/api/v1/dossiers/{code}", code).then().statusCode(200)
                .body("version", org.hamcrest.Matchers.equalTo(0));
    }
}
