package vn.motcua.backbone.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.motcua.testsupport.TestTokens;

/** Every error is application/problem+json naming what was wrong; the caller is read from the token. */
@QuarkusTest
class ProblemResponsesTest {

    @Test
    void aSignedInUserSeesTheirUnitAndRoles() {
        given().auth().oauth2(TestTokens.user("an.nguyen").roles("front-desk", "specialist").unit("31639").token())
                .get("/api/v1/caller")
                .then().statusCode(200)
                .body("username", equalTo("an.nguyen"))
                .body("unitCode", equalTo("31639"))
                .body("roles", containsInAnyOrder("front-desk", "specialist"));
    }

    @Test
    void anAnonymousCallIsRefusedWithAProblem() {
        given().get("/api/v1/caller")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo("https://motcua.vn/problems/unauthenticated"))
                .body("status", equalTo(401));
    }

    @Test
    void anExpiredOrForgedTokenIsRefused() {
        given().auth().oauth2(TestTokens.user("an").roles("front-desk").unit("31639").expiredSecondsAgo(60).token())
                .get("/api/v1/caller").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.user("an").roles("front-desk").unit("31639").signedWithForeignKey().token())
                .get("/api/v1/caller").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aDeadlockOrALostConnectionIsA503WithRetryAfterNotAnInternalError() {
        for (String state : new String[] {"40P01", "40001", "08006", "57P01"}) {
            given().post("/test/faults/" + state)
                    .then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", equalTo("1"))
                    .body("type", equalTo("https://motcua.vn/problems/temporarily-unavailable"))
                    .body("detail", containsString(state));
        }
    }

    @Test
    void anyOtherDatabaseFailureStaysAnInternalError() {
        given().post("/test/faults/42P01")
                .then().statusCode(500)
                .contentType("application/problem+json")
                .body("type", equalTo("https://motcua.vn/problems/internal-error"));
    }

    @Test
    void invalidFieldsAreNamed() {
        given().contentType(ContentType.JSON).body("{\"unitCode\":\"\",\"code\":\"bad\"}")
                .post("/test/dossiers")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://motcua.vn/problems/invalid-request"))
                .body("errors.field", containsInAnyOrder("unitCode", "code"))
                .body("instance", equalTo("/test/dossiers"));
    }

    @Test
    void anUnreadableBodyIsNamedAsSuch() {
        given().contentType(ContentType.JSON).body("{\"unitCode\": ")
                .post("/test/dossiers")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://motcua.vn/problems/unreadable-body"));
        given().contentType(ContentType.JSON).body("{\"unitCode\":\"1\",\"code\":\"x-220101-0001\",\"failAfterWrite\":\"perhaps\"}")
                .post("/test/dossiers")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("failAfterWrite"));
    }

    @Test
    void anUnknownPathIsAProblemToo() {
        given().get("/api/v1/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }
}
