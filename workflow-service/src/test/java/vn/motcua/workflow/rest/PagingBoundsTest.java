package vn.motcua.workflow.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Both work queues answer 400 naming the parameter for a page beyond reach, never an overflow's 500. */
@QuarkusTest
class PagingBoundsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/queues/unit", "/api/v1/queues/mine"})
    void theLastIntPageIsRefusedNamingPage(String queue) {
        given().header("Authorization", DossierActionsTest.bearer("specialist", "31649"))
                .queryParam("page", Integer.MAX_VALUE).queryParam("size", 100).get(queue).then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("page"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/queues/unit", "/api/v1/queues/mine"})
    void aSizeAboveTheMaximumIsRefusedNamingSize(String queue) {
        given().header("Authorization", DossierActionsTest.bearer("specialist", "31649"))
                .queryParam("size", 201).get(queue).then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("size"));
    }
}
