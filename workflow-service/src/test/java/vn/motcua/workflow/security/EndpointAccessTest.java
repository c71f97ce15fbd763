package vn.motcua.workflow.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.motcua.testsupport.TestTokens;
import vn.motcua.workflow.testing.TestDossiers;
import vn.motcua.workflow.testing.TestDossiers.Announced;

/**
 * Who may call each endpoint, checked against the OpenAPI document: an endpoint added without a line here fails
 * the test. Anonymous callers get 401, callers without a listed role 403, a listed role gets through (then it may
 * still be 400/404/409). A dossier of another unit answers 404 on every dossier endpoint, as if it did not exist.
 */
@QuarkusTest
class EndpointAccessTest {

    private static final List<String> ROLES = List.of("front-desk", "specialist", "leader", "clerk", "supervisor",
            "admin");
    private static final Set<String> PUBLIC = Set.of();
    private static final Set<String> AUTHENTICATED = Set.copyOf(ROLES);
    private static final Set<String> OFFICERS = Set.of("front-desk", "specialist", "leader", "clerk", "supervisor");
    private static final Set<String> HANDLERS = Set.of("front-desk", "specialist", "leader", "clerk");
    private static final Set<String> DESK = Set.of("front-desk");
    private static final Set<String> DESK_OR_SPECIALIST = Set.of("front-desk", "specialist");
    private static final Set<String> LEADER = Set.of("leader");
    private static final Set<String> ADMIN = Set.of("admin");

    private static final Map<String, Set<String>> RULES = new LinkedHashMap<>();
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    static {
        RULES.put("GET /api/v1/caller", AUTHENTICATED);
        RULES.put("POST /api/v1/public/status", PUBLIC);
        RULES.put("POST /api/v1/public/rating", PUBLIC);
        RULES.put("GET /api/v1/dossiers/{code}", OFFICERS);
        RULES.put("GET /api/v1/dossiers/{code}/control-sheet", OFFICERS);
        RULES.put("GET /api/v1/dossiers/{code}/control-sheet/pdf", OFFICERS);
        RULES.put("GET /api/v1/timelines/{code}", OFFICERS);
        RULES.put("POST /api/v1/dossiers/{code}/assign", HANDLERS);
        RULES.put("POST /api/v1/dossiers/{code}/supplement-request", DESK_OR_SPECIALIST);
        RULES.put("POST /api/v1/dossiers/{code}/supplement-received", DESK);
        RULES.put("POST /api/v1/dossiers/{code}/fee-request", DESK_OR_SPECIALIST);
        RULES.put("POST /api/v1/dossiers/{code}/fee-paid", DESK);
        RULES.put("POST /api/v1/dossiers/{code}/extension", LEADER);
        RULES.put("POST /api/v1/dossiers/{code}/approval", LEADER);
        RULES.put("POST /api/v1/dossiers/{code}/rejection", LEADER);
        RULES.put("POST /api/v1/dossiers/{code}/stop", LEADER);
        RULES.put("POST /api/v1/dossiers/{code}/withdrawal", DESK);
        RULES.put("POST /api/v1/dossiers/{code}/result-return", DESK);
        RULES.put("GET /api/v1/queues/unit", OFFICERS);
        RULES.put("GET /api/v1/queues/mine", HANDLERS);
        RULES.put("GET /api/v1/definitions", ADMIN);
        RULES.put("GET /api/v1/definitions/{procedureCode}/versions", ADMIN);
        RULES.put("GET /api/v1/definitions/{procedureCode}/versions/{version}", ADMIN);
        RULES.put("POST /api/v1/definitions/{procedureCode}/versions", ADMIN);
    }

    @Test
    void everyEndpointOfTheApiHasARule() {
        Map<String, Map<String, Object>> paths = given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet().stream()
                .filter(m -> Set.of("get", "post", "put", "patch", "delete").contains(m))
                .forEach(m -> documented.add(m.toUpperCase() + " " + path)));
        assertThat(documented).isEqualTo(new TreeSet<>(RULES.keySet()));
    }

    @Test
    void eachEndpointAnswersEachCallerByItsRule() {
        String unknownCode = "000.00.31.H99-261127-" + UUID.randomUUID().toString().substring(0, 4);
        for (var entry : RULES.entrySet()) {
            String endpoint = entry.getKey();
            Set<String> allowed = entry.getValue();
            int anonymous = call(endpoint, null, unknownCode, "{}");
            if (allowed == PUBLIC) {
                assertThat(anonymous).as("anonymous " + endpoint).isNotIn(401, 403);
            } else {
                assertThat(anonymous).as("anonymous " + endpoint).isEqualTo(401);
            }
            for (String role : ROLES) {
                int status = call(endpoint, token(role, "31639"), unknownCode, "{}");
                if (allowed == PUBLIC || allowed.contains(role)) {
                    assertThat(status).as(role + " " + endpoint).isNotIn(401, 403);
                } else {
                    assertThat(status).as(role + " " + endpoint).isEqualTo(403);
                }
            }
        }
    }

    @Test
    void anotherUnitsDossierIsNotFoundOnEveryDossierEndpointAndItsOwnUnitSeesIt() {
        Announced dossier = TestDossiers.received("31650", Instant.parse("2026-12-20T10:00:00Z"));
        for (var entry : RULES.entrySet()) {
            String endpoint = entry.getKey();
            if (!endpoint.contains("{code}")) {
                continue;
            }
            String role = entry.getValue().stream().sorted().findFirst().orElseThrow();
            String body = "{\"version\":0}";
            int otherUnit = call(endpoint, token(role, "31651"), dossier.code(), body);
            assertThat(otherUnit).as("another unit's " + role + " " + endpoint).isEqualTo(404);
            int ownUnit = call(endpoint, token(role, "31650"), dossier.code(), body);
            if (endpoint.startsWith("GET")) {
                assertThat(ownUnit).as("own unit's " + role + " " + endpoint).isEqualTo(200);
            } else {
                // refused by the lifecycle or the validation (nothing changes), but found
                assertThat(ownUnit).as("own unit's " + role + " " + endpoint).isIn(400, 409);
            }
        }
        given().header("Authorization", token("leader", "31650")).get("/api/v1/dossiers/{code}", dossier.code())
                .then().statusCode(200).body("version", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void expiredOrForeignTokensAreRefused() {
        var leader = TestTokens.user("leader").roles("leader").unit("31639");
        assertThat(call("GET /api/v1/queues/unit", leader.bearer(), "", "{}")).isEqualTo(200);
        assertThat(call("GET /api/v1/queues/unit", leader.expiredSecondsAgo(120).bearer(), "", "{}")).isEqualTo(401);
        assertThat(call("GET /api/v1/queues/unit", leader.signedWithForeignKey().bearer(), "", "{}")).isEqualTo(401);
    }

    private static int call(String endpoint, String bearer, String code, String body) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String path = endpoint.substring(endpoint.indexOf(' ') + 1).replace("{code}", code)
                .replace("{procedureCode}", "*").replace("{version}", "1");
        RequestSpecification request = given().header("X-Forwarded-For", "192.0.2." + (CLIENTS.incrementAndGet() % 250));
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        if (!method.equals("GET")) {
            request.contentType(ContentType.JSON).body(body);
        }
        return request.request(method, path).statusCode();
    }

    private static String token(String role, String unit) {
        return TestTokens.user("matrix." + role).roles(role).unit(unit).bearer();
    }
}
