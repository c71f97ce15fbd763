package vn.motcua.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The gateway publishes each service's /api/v1 and Keycloak's /realms under the paths of the compose gateway. */
@QuarkusTest
@QuarkusTestResource(EchoUpstream.class)
class ApiGatewayTest {

    @Test
    void serviceApiPathsAreForwardedToTheServicesOwnApiVersionOne() {
        given().queryParam("q", "chứng thực").get("/api/intake/v1/procedures")
                .then().statusCode(200)
                .body("method", equalTo("GET"))
                .body("uri", equalTo("/api/v1/procedures?q=ch%E1%BB%A9ng%20th%E1%BB%B1c"));
        given().get("/api/stats/v1/reports/live").then().statusCode(200).body("uri", equalTo("/api/v1/reports/live"));
    }

    @Test
    void anActionKeepsItsTokenItsBodyAndItsAnswersHeaders() {
        given().header("Authorization", "Bearer abc").header("If-Match", "\"6\"").contentType("application/json")
                .body("{\"reason\":\"Đủ điều kiện\"}")
                .post("/api/workflow/v1/dossiers/X-1/approval")
                .then().statusCode(200)
                .header("ETag", "\"7\"")
                .body("method", equalTo("POST"))
                .body("uri", equalTo("/api/v1/dossiers/X-1/approval"))
                .body("authorization", equalTo("Bearer abc"))
                .body("body", equalTo("{\"reason\":\"Đủ điều kiện\"}"))
                .body("forwardedHost", containsString("localhost"));
    }

    @Test
    void theServicesLearnTheClientsAddressAndNotOneTheClientMadeUp() {
        // the services' rate limits count clients by this header; no proxy is trusted here, so the gateway's
        // peer (the test, 127.0.0.1) is the client, whatever X-Forwarded-For it sends
        given().header("X-Forwarded-For", "203.0.113.9").get("/api/workflow/v1/public/anything").then()
                .statusCode(200).body("forwardedFor", equalTo("[127.0.0.1]"));
    }

    @Test
    void anErrorStatusOfAServiceReachesThePageUnchanged() {
        given().get("/api/workflow/v1/dossiers/missing").then().statusCode(404);
    }

    @Test
    void aServiceThatDoesNotAnswerIsABadGatewayProblem() {
        given().get("/api/document/v1/files").then().statusCode(502)
                .contentType("application/problem+json")
                .body("detail", equalTo("the service behind document does not answer"));
    }

    @Test
    void keycloaksRealmPathsAreForwardedAsTheyAre() {
        given().get("/realms/motcua/.well-known/openid-configuration").then().statusCode(200)
                .body("uri", equalTo("/realms/motcua/.well-known/openid-configuration"));
    }
}
