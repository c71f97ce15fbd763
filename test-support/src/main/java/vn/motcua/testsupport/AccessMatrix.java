package vn.motcua.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assertions;

/**
 * Who may call each endpoint of a service, as one table checked two ways:
 * <ol>
 * <li>{@link #assertEveryEndpointHasARule()}: the table against the service's OpenAPI document, so an
 * endpoint added without a rule (or a rule left behind by a removed endpoint) fails;</li>
 * <li>{@link #assertCallersGetWhatTheRulesSay()}: every endpoint called anonymously (401 unless public),
 * by every role of the caller's own unit (403 unless the rule allows the role, otherwise neither 401
 * nor 403; for province-wide operations also the provincial admin, whom alone they let through) and, for
 * endpoints about something a unit owns, by every allowed role of another unit:
 * 404, so that existence does not leak, and not 404 in the owner's unit.</li>
 * </ol>
 *
 * <pre>
 * AccessMatrix.forUnits("31639", "31645")
 *     .publicEndpoint("GET /api/v1/procedures")
 *     .signedIn("GET /api/v1/caller")
 *     .allow("POST /api/v1/dossiers", Roles.FRONT_DESK)
 *     .allowInOwnUnit("GET /api/v1/dossiers/{id}", unit -&gt; OwnedBy.path("id", receiveDossierIn(unit)), Roles.FRONT_DESK)
 * </pre>
 *
 * Failures are collected and reported together, one line per endpoint, caller and status.
 */
public final class AccessMatrix {

    /** The realm roles of {@code motcua}, in the order failures are reported. */
    public static final List<String> ROLES = List.of("front-desk", "specialist", "leader", "clerk", "supervisor", "admin",
            "migration");

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");

    /** What an endpoint needs to be called about something a given unit owns. */
    public record OwnedBy(Map<String, String> pathParameters, Optional<Object> body) {

        public static OwnedBy path(String name, String value) {
            return new OwnedBy(Map.of(name, value), Optional.empty());
        }

        public OwnedBy body(Object requestBody) {
            return new OwnedBy(pathParameters, Optional.of(requestBody));
        }
    }

    private record Rule(boolean isPublic, Set<String> roles, Optional<Function<String, OwnedBy>> owned,
            boolean provincial) {
        Rule(boolean isPublic, Set<String> roles, Optional<Function<String, OwnedBy>> owned) {
            this(isPublic, roles, owned, false);
        }
    }

    private final String ownUnit;
    private final String otherUnit;
    private final Map<String, Rule> rules = new LinkedHashMap<>();
    private UnaryOperator<String> placeholders = AccessMatrix::randomIds;
    private BiConsumer<String, RequestSpecification> requestShape = AccessMatrix::jsonBody;

    private AccessMatrix(String ownUnit, String otherUnit) {
        this.ownUnit = ownUnit;
        this.otherUnit = otherUnit;
    }

    /**
     * @param ownUnit   the unit of the callers in the role columns
     * @param otherUnit a unit that does not cover {@code ownUnit} and is not covered by it (not its
     *                  district, not one of its communes)
     */
    public static AccessMatrix forUnits(String ownUnit, String otherUnit) {
        return new AccessMatrix(ownUnit, otherUnit);
    }

    /** Callable without a token. */
    public AccessMatrix publicEndpoint(String endpoint) {
        return add(endpoint, new Rule(true, Set.copyOf(ROLES), Optional.empty()));
    }

    /** Any signed-in caller, whatever the role. */
    public AccessMatrix signedIn(String endpoint) {
        return allow(endpoint, ROLES.toArray(String[]::new));
    }

    /** Only these roles; the others get 403, anonymous callers 401. */
    public AccessMatrix allow(String endpoint, String... roles) {
        return add(endpoint, new Rule(false, Set.of(roles), Optional.empty()));
    }

    /**
     * Only the provincial admin ({@link ProvincialAdmin}): every role of the own unit gets 403, its admin included
     * (a unit below the province), and the provincial admin passes.
     */
    public AccessMatrix allowProvincialAdmin(String endpoint) {
        return add(endpoint, new Rule(false, Set.of(), Optional.empty(), true));
    }

    /**
     * These roles, and only about what their unit owns: {@code ownedBy} makes (or finds) something
     * the unit it is given owns and says how to address it. Another unit's caller gets 404.
     */
    public AccessMatrix allowInOwnUnit(String endpoint, Function<String, OwnedBy> ownedBy, String... roles) {
        return add(endpoint, new Rule(false, Set.of(roles), Optional.of(ownedBy)));
    }

    /**
     * How placeholders of paths without an owned resource are filled (default: a random UUID for
     * each), e.g. {@code path -> path.replace("{year}", "2026")...}.
     */
    public AccessMatrix placeholders(UnaryOperator<String> fill) {
        this.placeholders = path -> randomIds(fill.apply(path));
        return this;
    }

    /** How a request is shaped before it is sent (default: a JSON body {@code {}} on every write). */
    public AccessMatrix requests(BiConsumer<String, RequestSpecification> shape) {
        this.requestShape = shape;
        return this;
    }

    private AccessMatrix add(String endpoint, Rule rule) {
        if (rules.put(endpoint, rule) != null) {
            throw new IllegalArgumentException("Two rules for " + endpoint);
        }
        return this;
    }

    /** The table has exactly the endpoints of the running service's OpenAPI document. */
    public void assertEveryEndpointHasARule() {
        Map<String, Map<String, Object>> paths = given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet().stream().filter(METHODS::contains)
                .forEach(method -> documented.add(method.toUpperCase() + " " + path)));
        Set<String> withoutRule = new TreeSet<>(documented);
        withoutRule.removeAll(rules.keySet());
        Set<String> withoutEndpoint = new TreeSet<>(rules.keySet());
        withoutEndpoint.removeAll(documented);
        Assertions.assertTrue(withoutRule.isEmpty() && withoutEndpoint.isEmpty(),
                "endpoints without a rule: " + withoutRule + "; rules without an endpoint: " + withoutEndpoint);
    }

    /** Every endpoint x anonymous / each role of the own unit / each allowed role of another unit. */
    public void assertCallersGetWhatTheRulesSay() {
        List<String> wrong = new ArrayList<>();
        rules.forEach((endpoint, rule) -> check(endpoint, rule, wrong));
        Assertions.assertTrue(wrong.isEmpty(), wrong.size() + " calls answered against the rules:\n  "
                + String.join("\n  ", wrong));
    }

    private void check(String endpoint, Rule rule, List<String> wrong) {
        Optional<OwnedBy> owned = rule.owned().map(make -> make.apply(ownUnit));
        int anonymous = call(endpoint, owned, null);
        if (rule.isPublic() ? anonymous == 401 || anonymous == 403 : anonymous != 401) {
            wrong.add(endpoint + " anonymous -> " + anonymous + (rule.isPublic() ? " (public)" : " (expected 401)"));
        }
        if (rule.isPublic()) {
            return;
        }
        if (rule.provincial()) {
            int provincial = call(endpoint, owned, ProvincialAdmin.bearer());
            if (provincial == 401 || provincial == 403) {
                wrong.add(endpoint + " as the provincial admin -> " + provincial + " (expected it to pass)");
            }
        }
        for (String role : ROLES) {
            int own = call(endpoint, owned, bearer(role, ownUnit));
            boolean allowed = rule.roles().contains(role);
            if (!allowed && own != 403) {
                wrong.add(endpoint + " as " + role + " of " + ownUnit + " -> " + own + " (expected 403)");
            } else if (allowed && (own == 401 || own == 403 || owned.isPresent() && own == 404)) {
                wrong.add(endpoint + " as " + role + " of " + ownUnit + " -> " + own + " (expected it to pass)");
            }
            if (allowed && owned.isPresent()) {
                int other = call(endpoint, owned, bearer(role, otherUnit));
                if (other != 404) {
                    wrong.add(endpoint + " as " + role + " of " + otherUnit + ", about " + ownUnit + "'s -> " + other
                            + " (expected 404)");
                }
            }
        }
    }

    private static String bearer(String role, String unit) {
        return TestTokens.user("matrix." + role + "." + unit).roles(role).unit(unit).bearer();
    }

    private int call(String endpoint, Optional<OwnedBy> owned, String bearer) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String template = endpoint.substring(endpoint.indexOf(' ') + 1);
        String path = owned.map(o -> fill(template, o.pathParameters())).orElse(template);
        path = placeholders.apply(path);
        RequestSpecification request = given().redirects().follow(false);
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        requestShape.accept(endpoint, request);
        owned.flatMap(OwnedBy::body).ifPresent(body -> request.contentType("application/json").body(body));
        return request.request(method, path).statusCode();
    }

    private static String fill(String template, Map<String, String> values) {
        String path = template;
        for (var value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        return path;
    }

    private static String randomIds(String path) {
        Matcher matcher = PLACEHOLDER.matcher(path);
        return matcher.replaceAll(m -> UUID.randomUUID().toString());
    }

    private static void jsonBody(String endpoint, RequestSpecification request) {
        if (!endpoint.startsWith("GET ") && !endpoint.startsWith("DELETE ")) {
            request.contentType("application/json").body("{}");
        }
    }
}
