package vn.motcua.backbone.ratelimit;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Behind a trusted proxy (the tests' peer 127.0.0.1 trusted here), each forwarded client has its own bucket. */
@QuarkusTest
@TestProfile(TrustedProxyRateLimitTest.TrustLocalhost.class)
class TrustedProxyRateLimitTest {

    public static class TrustLocalhost implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.trusted-proxies", "127.0.0.1");
        }
    }

    @Test
    void eachForwardedClientHasItsOwnBucket() {
        for (int i = 0; i < 3; i++) {
            given().header("X-Forwarded-For", "198.51.100.1").get("/test/limited").then().statusCode(200);
        }
        given().header("X-Forwarded-For", "198.51.100.1").get("/test/limited").then().statusCode(429);
        given().header("X-Forwarded-For", "198.51.100.2").get("/test/limited").then().statusCode(200);
    }
}
