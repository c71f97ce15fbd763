package vn.motcua.backbone.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.motcua.testsupport.TestTokens;

/** The backbone's defaults deny an endpoint that does not say who may call it, whoever calls. */
@QuarkusTest
class DefaultDenyTest {

    @Test
    void anUnannotatedEndpointRefusesAnonymousCallersAsUnauthenticated() {
        given().get("/test/forgotten").then().statusCode(401).contentType("application/problem+json");
        given().post("/test/forgotten").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void anUnannotatedEndpointRefusesEverySignedInRole() {
        for (String role : new String[] {Roles.FRONT_DESK, Roles.SPECIALIST, Roles.LEADER, Roles.CLERK, Roles.SUPERVISOR,
                Roles.ADMIN}) {
            given().header("Authorization", TestTokens.user("u." + role).roles(role).unit("31639").bearer())
                    .get("/test/forgotten").then().statusCode(403).contentType("application/problem+json");
        }
    }

    @Test
    void anEndpointThatSaysPermitAllBesideItStaysOpen() {
        given().get("/test/forgotten/public").then().statusCode(200).body(equalTo("public on purpose"));
    }
}
