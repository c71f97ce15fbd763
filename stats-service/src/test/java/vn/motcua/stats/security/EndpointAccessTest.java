package vn.motcua.stats.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.stats.UnitEvents;
import vn.motcua.testsupport.ProvincialAdmin;
import vn.motcua.testsupport.TestTokens;

/**
 * Who may call each endpoint, checked against the OpenAPI document: an endpoint added without a line here
 * fails the test. Anonymous callers get 401, callers without the role 403; a caller with the role gets their own
 * unit's and their subtree's data, and 404 for a unit outside it.
 */
@QuarkusTest
class EndpointAccessTest {

    enum Rule { AUTHENTICATED, REPORTS, PROVINCIAL_ADMIN }

    private static final List<String> ROLES = List.of("front-desk", "specialist", "leader", "clerk", "supervisor", "admin");
    private static final Set<String> REPORT_ROLES = Set.of("supervisor", "leader", "admin");

    private static final Map<String, Rule> RULES = new LinkedHashMap<>();

    static {
        RULES.put("GET /api/v1/caller", Rule.AUTHENTICATED);
        RULES.put("GET /api/v1/reports/dossiers", Rule.REPORTS);
        RULES.put("GET /api/v1/reports/live", Rule.REPORTS);
        RULES.put("GET /api/v1/reports/service-index", Rule.REPORTS);
        RULES.put("GET /api/v1/reports/documents", Rule.REPORTS);
        RULES.put("GET /api/v1/reports/digitisation", Rule.REPORTS);
        RULES.put("GET /api/v1/admin/rebuild", Rule.PROVINCIAL_ADMIN);
        RULES.put("POST /api/v1/admin/rebuild", Rule.PROVINCIAL_ADMIN);
        RULES.put("GET /api/v1/admin/dead-letters", Rule.PROVINCIAL_ADMIN);
        RULES.put("POST /api/v1/admin/dead-letters/replay", Rule.PROVINCIAL_ADMIN);
    }

    /** A district with one commune, and a unit outside it. */
    private static final String DISTRICT = UnitEvents.freshCode();
    private static final String COMMUNE = UnitEvents.freshCode();
    private static final String ELSEWHERE = UnitEvents.freshCode();

    private static boolean published;

    @BeforeEach
    void publishTheUnitsOnce() {
        if (!published) {
            UnitEvents.unit(DISTRICT).untilReform("Huyện", "DISTRICT", null).publish();
            UnitEvents.unit(COMMUNE).untilReform("Xã", "COMMUNE", DISTRICT).publish();
            UnitEvents.unit(ELSEWHERE).untilReform("Xã khác", "COMMUNE", null).publish();
            published = true;
        }
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

    private static int call(String endpoint, String bearer, String query) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String path = endpoint.substring(endpoint.indexOf(' ') + 1);
        RequestSpecification request = given();
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        return request.request(method, path + query).statusCode();
    }

    private static String tokenWith(String role) {
        return TestTokens.user("matrix." + role).roles(role).unit(DISTRICT).bearer();
    }

    @Test
    void eachEndpointAnswersEachCallerByItsRule() {
        for (var entry : RULES.entrySet()) {
            String endpoint = entry.getKey();
            Rule rule = entry.getValue();
            String query = rule == Rule.REPORTS ? "?period=2022-Q3" : "";
            assertThat(call(endpoint, null, query)).as("anonymous " + endpoint).isEqualTo(401);
            for (String role : ROLES) {
                int status = call(endpoint, tokenWith(role), query);
                boolean allowed = switch (rule) {
                    case AUTHENTICATED -> true;
                    case REPORTS -> REPORT_ROLES.contains(role);
                    case PROVINCIAL_ADMIN -> false; // the district's admin included: every unit's data
                };
                if (allowed) {
                    // a rebuild already running answers 409: security let the call through
                    assertThat(status).as(role + " " + endpoint).isIn(200, 202, 409);
                } else {
                    assertThat(status).as(role + " " + endpoint).isEqualTo(403);
                }
            }
            if (rule == Rule.PROVINCIAL_ADMIN) {
                assertThat(call(endpoint, ProvincialAdmin.bearer(), query)).as("provincial admin " + endpoint)
                        .isIn(200, 202, 409);
            }
        }
    }

    @Test
    void aLowerAdminIsToldThatRebuildsAndDeadLettersAreTheProvincialAdministrators() {
        String districtAdmin = tokenWith("admin");
        for (String endpoint : List.of("POST /api/v1/admin/rebuild", "POST /api/v1/admin/dead-letters/replay")) {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            given().header("Authorization", districtAdmin).request(method, endpoint.substring(endpoint.indexOf(' ') + 1))
                    .then().statusCode(403).contentType("application/problem+json")
                    .body("detail", org.hamcrest.Matchers.containsString("Only the provincial administrator may"));
        }
    }

    @Test
    void aReportReaderGetsTheirSubtreeAndNotFoundElsewhere() {
        String endpoint = "GET /api/v1/reports/dossiers";
        for (String role : List.of("supervisor", "leader", "admin")) {
            String bearer = tokenWith(role);
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(call(endpoint, bearer, "?period=2022-Q3&unit=" + COMMUNE)).as(role).isEqualTo(200));
            assertThat(call(endpoint, bearer, "?period=2022-Q3&unit=" + DISTRICT + "&includeDescendants=true"))
                    .as(role).isEqualTo(200);
            assertThat(call(endpoint, bearer, "?period=2022-Q3&unit=" + ELSEWHERE)).as(role).isEqualTo(404);
        }
        // a commune's supervisor may not read its district
        String commune = TestTokens.user("xa").roles("supervisor").unit(COMMUNE).bearer();
        assertThat(call(endpoint, commune, "?period=2022-Q3&unit=" + DISTRICT)).isEqualTo(404);
        // nor its admin (an admin reads their subtree, not every unit: issue 13 item 8)
        String communeAdmin = TestTokens.user("qt.xa").roles("admin").unit(COMMUNE).bearer();
        assertThat(call(endpoint, communeAdmin, "?period=2022-Q3&unit=" + DISTRICT)).isEqualTo(404);
        assertThat(call(endpoint, communeAdmin, "?period=2022-Q3&unit=" + COMMUNE)).isEqualTo(200);
    }

    @Test
    void aReportReaderWithoutAUnitIsRefused() {
        given().header("Authorization", TestTokens.user("nounit").roles("supervisor").bearer())
                .get("/api/v1/reports/dossiers?period=2022-Q3").then().statusCode(403)
                .contentType("application/problem+json");
    }
}
