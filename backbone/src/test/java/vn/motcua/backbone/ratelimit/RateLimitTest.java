package vn.motcua.backbone.ratelimit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/**
 * With no trusted proxy (the default), the client is the peer: a forwarded header cannot buy a fresh bucket.
 * The tests' peer is 127.0.0.1, not trusted here.
 */
@QuarkusTest
class RateLimitTest {

    @Test
    void aClientOverTheLimitGets429ProblemWithRetryAfterAndASpoofedForwardedForDoesNotHelp() {
        for (int i = 0; i < 3; i++) {
            given().header("X-Forwarded-For", "203.0.113." + (i + 1)).get("/test/limited").then().statusCode(200);
        }
        Response refused = given().header("X-Forwarded-For", "203.0.113.99").get("/test/limited");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getInt("status")).isEqualTo(429);
        assertThat(refused.jsonPath().getString("detail")).contains("at most 3 requests per minute");
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 20L); // one token comes back every 20 s at 3 per minute

        given().get("/test/limited").then().statusCode(429).body("type", containsString("too-many-requests"));
        // endpoints without @RateLimited are not counted
        given().get("/test/limited/free").then().statusCode(200).body(equalTo("free"));
    }
}
