package vn.motcua.document;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.motcua.document.testing.Officers;
import vn.motcua.testsupport.TestTokens;

/**
 * Who may call what: every endpoint of the service (read from its OpenAPI document, so a new
 * endpoint without a rule here fails) against every role, anonymous callers and forged tokens.
 */
@QuarkusTest
class EndpointAccessTest {

    private static final String FRONT = "front-desk";
    private static final String SPEC = "specialist";
    private static final String LEAD = "leader";
    private static final String CLERK = "clerk";
    private static final String SUP = "supervisor";
    private static final String ADMIN = "admin";
    private static final List<String> ROLES = List.of(FRONT, SPEC, LEAD, CLERK, SUP, ADMIN);
    private static final Set<String> PUBLIC = Set.of("public");
    private static final Set<String> ANY_SIGNED_IN = Set.of(FRONT, SPEC, LEAD, CLERK, SUP, ADMIN);

    /** The rule of every endpoint: the roles allowed, or PUBLIC. */
    private static final Map<String, Set<String>> RULES = new TreeMap<>(Map.ofEntries(
            Map.entry("GET /api/v1/caller", ANY_SIGNED_IN),
            Map.entry("POST /api/v1/files", Set.of(FRONT, SPEC, LEAD, CLERK)),
            Map.entry("GET /api/v1/files/{id}", Set.of(FRONT, SPEC, LEAD, CLERK)),
            Map.entry("GET /api/v1/files/{id}/content", Set.of(FRONT, SPEC, LEAD, CLERK)),
            Map.entry("POST /api/v1/files/{id}/versions", Set.of(FRONT, SPEC, LEAD, CLERK)),
            Map.entry("GET /api/v1/files/{id}/versions/{version}/content", Set.of(FRONT, SPEC, LEAD, CLERK)),
            Map.entry("GET /api/v1/files/{id}/signatures", Set.of(FRONT, SPEC, LEAD, CLERK)),
            Map.entry("GET /api/v1/dossiers/{dossierCode}/files", Set.of(FRONT, SPEC, LEAD, CLERK)),
            Map.entry("POST /api/v1/dossiers/{dossierCode}/files/reused", Set.of(FRONT, SPEC)),
            Map.entry("POST /api/v1/outgoing-documents", Set.of(SPEC, LEAD, CLERK)),
            Map.entry("GET /api/v1/outgoing-documents", Set.of(SPEC, LEAD, CLERK)),
            Map.entry("GET /api/v1/outgoing-documents/{id}", Set.of(SPEC, LEAD, CLERK)),
            Map.entry("POST /api/v1/outgoing-documents/{id}/signatures", Set.of(LEAD, CLERK)),
            Map.entry("POST /api/v1/outgoing-documents/{id}/registration", Set.of(CLERK)),
            Map.entry("POST /api/v1/outgoing-documents/{id}/issue", Set.of(CLERK)),
            Map.entry("POST /api/v1/incoming-documents", Set.of(CLERK)),
            Map.entry("GET /api/v1/incoming-documents", Set.of(CLERK, LEAD, SPEC)),
            Map.entry("GET /api/v1/incoming-documents/{id}", Set.of(CLERK, LEAD, SPEC)),
            Map.entry("GET /api/v1/register-books/outgoing", Set.of(CLERK, LEAD)),
            Map.entry("GET /api/v1/register-books/incoming", Set.of(CLERK, LEAD)),
            Map.entry("GET /api/v1/signing-certificates", Set.of(ADMIN, LEAD, CLERK, SUP)),
            Map.entry("POST /api/v1/signing-certificates", Set.of(ADMIN)),
            Map.entry("POST /api/v1/signing-certificates/{id}/revocation", Set.of(ADMIN)),
            Map.entry("GET /api/v1/digitisation", Set.of(LEAD, SUP, FRONT)),
            Map.entry("GET /api/v1/lookup/dossiers/{dossierCode}/results", PUBLIC),
            Map.entry("GET /api/v1/lookup/dossiers/{dossierCode}/results/{documentId}/content", PUBLIC)));

    @Test
    void everyEndpointHasARule() {
        JsonPath openApi = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Set<String> endpoints = new TreeSet<>();
        Map<String, Map<String, Object>> paths = openApi.getMap("paths");
        paths.forEach((path, operations) -> operations.keySet().stream()
                .filter(method -> Set.of("get", "post", "put", "patch", "delete").contains(method))
                .forEach(method -> endpoints.add(method.toUpperCase() + " " + path)));
        assertThat(endpoints).containsExactlyInAnyOrderElementsOf(RULES.keySet());
    }

    @Test
    void everyResourceMethodSaysWhoMayCallIt() throws Exception {
        List<String> unannotated = new ArrayList<>();
        java.nio.file.Path classes = java.nio.file.Path.of("target/classes");
        try (Stream<java.nio.file.Path> files = Files.walk(classes.resolve("vn/motcua/document"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replace(".class", "");
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                if (!type.isAnnotationPresent(Path.class)) {
                    continue;
                }
                for (Method method : type.getDeclaredMethods()) {
                    boolean endpoint = Stream.of(GET.class, POST.class, PUT.class, DELETE.class)
                            .anyMatch(method::isAnnotationPresent);
                    boolean ruled = method.isAnnotationPresent(RolesAllowed.class)
                            || method.isAnnotationPresent(PermitAll.class);
                    if (endpoint && !ruled) {
                        unannotated.add(type.getSimpleName() + "." + method.getName());
                    }
                }
            }
        }
        assertThat(unannotated).isEmpty();
    }

    @Test
    void eachRoleIsAllowedOrRefusedAsTheRuleSaysAndAnonymousCallersAreUnauthenticated() {
        List<String> wrong = new ArrayList<>();
        RULES.forEach((endpoint, allowed) -> {
            int anonymous = call(endpoint, null).statusCode();
            if (allowed == PUBLIC ? anonymous == 401 || anonymous == 403 : anonymous != 401) {
                wrong.add(endpoint + " anonymous -> " + anonymous);
            }
            if (allowed == PUBLIC) {
                return;
            }
            for (String role : ROLES) {
                String bearer = TestTokens.user("matrix-" + role).roles(role).unit("49999").bearer();
                int status = call(endpoint, bearer).statusCode();
                boolean refused = status == 403;
                if (allowed.contains(role) == refused || status == 401) {
                    wrong.add(endpoint + " as " + role + " -> " + status);
                }
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void forgedExpiredOrForeignTokensAreUnauthenticated() {
        String clerk = TestTokens.user("forger").roles(CLERK).unit("49999").token();
        for (String bearer : List.of(
                TestTokens.bearer(TestTokens.tampered(TestTokens.user("x").roles(FRONT).unit("49999").token())),
                TestTokens.user("late").roles(CLERK).unit("49999").expiredSecondsAgo(120).bearer(),
                TestTokens.user("other").roles(CLERK).unit("49999").issuer("https://evil.example/realms/motcua").bearer(),
                TestTokens.user("foreign").roles(CLERK).unit("49999").signedWithForeignKey().bearer(),
                TestTokens.user("aud").roles(CLERK).unit("49999").audience("another-api").bearer())) {
            given().header("Authorization", bearer).get("/api/v1/outgoing-documents")
                    .then().statusCode(401).contentType("application/problem+json");
        }
        given().header("Authorization", "Bearer " + clerk).get("/api/v1/outgoing-documents").then().statusCode(200);
    }

    @Test
    void aTokenWithoutUnitIsRefused() {
        given().header("Authorization", TestTokens.user("nounit").roles(CLERK).bearer()).get("/api/v1/outgoing-documents")
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", Officers.clerk("49999")).get("/api/v1/outgoing-documents").then().statusCode(200);
    }

    private static Response call(String endpoint, String bearer) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String path = endpoint.substring(endpoint.indexOf(' ') + 1)
                .replace("{id}", UUID.randomUUID().toString())
                .replace("{documentId}", UUID.randomUUID().toString())
                .replace("{dossierCode}", "49999.H41-220715-0001")
                .replace("{version}", "1");
        RequestSpecification request = given();
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        if (method.equals("POST")) {
            boolean upload = path.equals("/api/v1/files") || path.endsWith("/versions");
            request.contentType(upload ? "application/octet-stream" : "application/json")
                    .body(upload ? "x".getBytes() : "{}".getBytes());
        }
        return request.request(method, path);
    }
}
