package vn.motcua.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * What every MotCua service must offer an operator and a newcomer, checked the same way in each:
 * extend it from a {@code @QuarkusTest} class of the service.
 */
public abstract class ServiceBasicsContract {

    /** The one origin the tests' configuration allows (RealInfrastructure); the defaults allow none. */
    public static final String ALLOWED_ORIGIN = "https://dichvucong.province.example";

    @Test
    void isReadyOnlyWithItsDatabaseAndKafkaChecked() {
        given().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void migratesItsDatabaseIncludingTheOutboxAndInbox() throws Exception {
        Set<String> tables = new HashSet<>();
        try (Connection connection = RealInfrastructure.database().connect();
                ResultSet rs = connection.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        Assertions.assertTrue(tables.containsAll(Set.of("outbox_event", "processed_event", "flyway_schema_history")),
                "tables: " + tables);
    }

    @Test
    void describesItsApiAndExposesMetrics() {
        given().get("/q/openapi?format=json").then().statusCode(200).body("paths", org.hamcrest.Matchers.hasKey("/api/v1/caller"));
        given().get("/q/swagger-ui/").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(containsString("motcua_outbox_pending"));
    }

    @Test
    void knowsTheCallerFromARealSignedToken() {
        given().auth().oauth2(TestTokens.user("thu.tran").roles("specialist").unit("946").token())
                .get("/api/v1/caller")
                .then().statusCode(200)
                .body("unitCode", equalTo("946"))
                .body("roles", hasItems("specialist"));
    }

    @Test
    void refusesTokensThatAreExpiredFromAnotherIssuerForAnotherAudienceTamperedOrAbsent() {
        TestTokens.UserToken valid = TestTokens.user("lan.pham").roles("front-desk").unit("31639");
        given().auth().oauth2(valid.token()).get("/api/v1/caller").then().statusCode(200);
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("expired two minutes ago", valid.expiredSecondsAgo(120).token());
        refused.put("another issuer", valid.issuer("https://evil.example/realms/motcua").token());
        refused.put("another audience", valid.audience("another-api").token());
        refused.put("payload edited, signature kept", TestTokens.tampered(valid.token()));
        refused.put("signed by a key the service does not trust", valid.signedWithForeignKey().token());
        refused.put("signature stripped (alg none)", TestTokens.unsigned(valid));
        refused.forEach((what, token) -> given().auth().oauth2(token).get("/api/v1/caller")
                .then().statusCode(401).contentType("application/problem+json"));
        given().get("/api/v1/caller").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer not-a-jwt").get("/api/v1/caller")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void answersAPreflightFromAnAllowedOriginAndRefusesAnyOther() {
        given().header("Origin", ALLOWED_ORIGIN).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match")
                .options("/api/v1/caller")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(ALLOWED_ORIGIN))
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("if-match"));
        given().header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization")
                .options("/api/v1/caller")
                .then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
        String token = TestTokens.user("lan.pham").roles("front-desk").unit("31639").token();
        given().header("Origin", ALLOWED_ORIGIN).auth().oauth2(token).get("/api/v1/caller")
                .then().statusCode(200).header("Access-Control-Allow-Origin", equalTo(ALLOWED_ORIGIN));
        given().header("Origin", "https://elsewhere.example").auth().oauth2(token).get("/api/v1/caller")
                .then().statusCode(403).header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void refusesAnonymousAndForgedCallersWithAProblem() {
        given().get("/api/v1/caller").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.tampered(TestTokens.user("x").roles("front-desk").unit("946").token()))
                .get("/api/v1/caller").then().statusCode(401).contentType("application/problem+json");
    }
}
