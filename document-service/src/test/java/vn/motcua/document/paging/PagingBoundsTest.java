package vn.motcua.document.paging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.motcua.document.testing.Officers;

/** Every register list answers 400 naming the parameter for a page beyond reach, never an overflow's 500. */
@QuarkusTest
class PagingBoundsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/incoming-documents", "/api/v1/outgoing-documents"})
    void theLastIntPageIsRefusedNamingPage(String list) {
        given().header("Authorization", Officers.clerk(Officers.COMMUNE)).queryParam("page", Integer.MAX_VALUE)
                .queryParam("size", 100).get(list).then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("page"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/incoming-documents", "/api/v1/outgoing-documents"})
    void aSizeAboveTheMaximumIsRefusedNamingSize(String list) {
        given().header("Authorization", Officers.clerk(Officers.COMMUNE)).queryParam("size", 501).get(list).then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("size"));
    }
}
