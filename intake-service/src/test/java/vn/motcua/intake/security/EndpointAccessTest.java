package vn.motcua.intake.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.motcua.testsupport.TestTokens;

/**
 * Who may call each endpoint, checked against the OpenAPI document: an endpoint added without a line here
 * fails the test. Anonymous callers get 401, callers without the role 403, and the role in the rule gets
 * through (then it may still be 400/404: what matters here is that security let it pass).
 */
@QuarkusTest
class EndpointAccessTest {

    enum Rule { PUBLIC, AUTHENTICATED, FRONT_DESK, ADMIN, MIGRATION }

    private static final List<String> ROLES = List.of("front-desk", "specialist", "leader", "clerk", "supervisor", "admin",
            "migration");

    private static final Map<String, Rule> RULES = new LinkedHashMap<>();

    static {
        RULES.put("GET /api/v1/procedures", Rule.PUBLIC);
        RULES.put("GET /api/v1/procedures/{code}", Rule.PUBLIC);
        RULES.put("GET /api/v1/procedures/{code}/versions/{version}", Rule.PUBLIC);
        RULES.put("GET /api/v1/fields", Rule.PUBLIC);
        RULES.put("GET /api/v1/units/tree", Rule.PUBLIC);
        RULES.put("GET /api/v1/units/{code}", Rule.PUBLIC);
        RULES.put("POST /api/v1/online/dossiers", Rule.PUBLIC);
        RULES.put("POST /api/v1/online/dossiers/{code}/supplement", Rule.PUBLIC);
        RULES.put("GET /api/v1/caller", Rule.AUTHENTICATED);
        RULES.put("GET /api/v1/calendars/{id}", Rule.AUTHENTICATED);
        RULES.put("GET /api/v1/calendars/{id}/holidays/{year}", Rule.AUTHENTICATED);
        RULES.put("GET /api/v1/calendars/{id}/due-date", Rule.AUTHENTICATED);
        RULES.put("PUT /api/v1/calendars/{id}/hours", Rule.ADMIN);
        RULES.put("PUT /api/v1/calendars/{id}/holidays/{year}", Rule.ADMIN);
        RULES.put("POST /api/v1/procedures/{code}/versions", Rule.ADMIN);
        RULES.put("POST /api/v1/units", Rule.ADMIN);
        RULES.put("POST /api/v1/units/{code}/versions", Rule.ADMIN);
        RULES.put("POST /api/v1/units/{code}/end", Rule.ADMIN);
        RULES.put("PUT /api/v1/units/{code}/versions/{version}", Rule.ADMIN);
        RULES.put("POST /api/v1/dossiers", Rule.FRONT_DESK);
        RULES.put("GET /api/v1/dossiers", Rule.FRONT_DESK);
        RULES.put("GET /api/v1/dossiers/summary", Rule.FRONT_DESK);
        RULES.put("GET /api/v1/dossiers/{id}", Rule.FRONT_DESK);
        RULES.put("POST /api/v1/dossiers/{id}/accept", Rule.FRONT_DESK);
        RULES.put("POST /api/v1/dossiers/{id}/refuse", Rule.FRONT_DESK);
        RULES.put("POST /api/v1/dossiers/{id}/request-supplement", Rule.FRONT_DESK);
        RULES.put("GET /api/v1/dossiers/{id}/receipt", Rule.FRONT_DESK);
        RULES.put("POST /api/v1/migration/dossiers", Rule.MIGRATION);
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

    private static String concrete(String path) {
        boolean calendars = path.startsWith("/api/v1/calendars");
        return path.replace("{id}", calendars ? "default" : UUID.randomUUID().toString())
                .replace("{code}", path.startsWith("/api/v1/units") ? "31639"
                        : path.startsWith("/api/v1/online") ? "000.00.61.H92-260310-9999" : "1.001193")
                .replace("{version}", "1").replace("{year}", "2026");
    }

    private static int call(String endpoint, String bearer) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String path = concrete(endpoint.substring(endpoint.indexOf(' ') + 1));
        RequestSpecification request = given();
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        if (!method.equals("GET")) {
            request.contentType(ContentType.JSON).body("{}");
        }
        return request.request(method, path).statusCode();
    }

    private static String tokenWith(String role) {
        return TestTokens.user("matrix." + role).roles(role).unit("31639").bearer();
    }

    @Test
    void eachEndpointAnswersEachCallerByItsRule() {
        for (var entry : RULES.entrySet()) {
            String endpoint = entry.getKey();
            Rule rule = entry.getValue();
            int anonymous = call(endpoint, null);
            if (rule == Rule.PUBLIC) {
                assertThat(anonymous).as("anonymous " + endpoint).isNotIn(401, 403);
            } else {
                assertThat(anonymous).as("anonymous " + endpoint).isEqualTo(401);
            }
            for (String role : ROLES) {
                int status = call(endpoint, tokenWith(role));
                boolean allowed = switch (rule) {
                    case PUBLIC, AUTHENTICATED -> true;
                    case FRONT_DESK -> role.equals("front-desk");
                    case ADMIN -> role.equals("admin");
                    case MIGRATION -> role.equals("migration");
                };
                if (allowed) {
                    assertThat(status).as(role + " " + endpoint).isNotIn(401, 403);
                } else {
                    assertThat(status).as(role + " " + endpoint).isEqualTo(403);
                }
            }
        }
    }

    @Test
    void tokensThatAreExpiredForeignOrForAnotherAudienceAreRefused() {
        String endpoint = "GET /api/v1/dossiers/summary";
        var deskToken = TestTokens.user("desk").roles("front-desk").unit("31639");
        assertThat(call(endpoint, deskToken.bearer())).isEqualTo(200);
        assertThat(call(endpoint, deskToken.expiredSecondsAgo(120).bearer())).isEqualTo(401);
        assertThat(call(endpoint, deskToken.issuer("https://evil.example/realms/motcua").bearer())).isEqualTo(401);
        assertThat(call(endpoint, deskToken.audience("another-api").bearer())).isEqualTo(401);
        assertThat(call(endpoint, deskToken.signedWithForeignKey().bearer())).isEqualTo(401);
        assertThat(call(endpoint, TestTokens.bearer(TestTokens.tampered(deskToken.token())))).isEqualTo(401);
    }

    @Test
    void aFrontDeskWithoutAUnitIsRefused() {
        given().header("Authorization", TestTokens.user("nounit").roles("front-desk").bearer())
                .get("/api/v1/dossiers/summary").then().statusCode(403).contentType("application/problem+json");
    }
}
