package vn.motcua.intake.paging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static vn.motcua.intake.Fixtures.LONG_PHU_COMMUNE;
import static vn.motcua.intake.Fixtures.frontDesk;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Every list of intake answers 400 naming the parameter for a page beyond reach, never an overflow's 500. */
@QuarkusTest
class PagingBoundsTest {

    @Test
    void theLastIntPageOfTheCatalogueIsRefusedNamingPage() {
        given().queryParam("page", Integer.MAX_VALUE).queryParam("size", 100).get("/api/v1/procedures").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("page"));
    }

    @Test
    void theLastIntPageOfTheDeskListIsRefusedNamingPage() {
        given().header("Authorization", frontDesk(LONG_PHU_COMMUNE)).queryParam("page", Integer.MAX_VALUE)
                .queryParam("size", 100).get("/api/v1/dossiers").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("page"));
    }

    @Test
    void aSizeAboveTheMaximumIsRefusedNamingSize() {
        given().queryParam("size", 101).get("/api/v1/procedures").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("size"));
    }

    @Test
    void theLastPageThatFitsAnswersAnEmptyPage() {
        given().queryParam("page", Integer.MAX_VALUE / 100).queryParam("size", 100).get("/api/v1/procedures").then()
                .statusCode(200).body("items.size()", equalTo(0)).body("page", equalTo(Integer.MAX_VALUE / 100));
    }
}
