package vn.motcua.testsupport;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

/**
 * The provincial administrator (Cần Thơ, 92, at the top of the unit tree), who alone may call province-wide
 * operations: {@link #bearer()} publishes the province on {@code motcua.reference} when the service under test
 * does not know it yet, and waits until its {@code GET /api/v1/caller} says so.
 */
public final class ProvincialAdmin {

    public static final String PROVINCE = "92";

    private ProvincialAdmin() {
    }

    /** A token of the provincial admin, once the running service sees them as such. */
    public static String bearer() {
        String bearer = TestTokens.user("admin.province").roles("admin").unit(PROVINCE).bearer();
        if (!seenAsProvincial(bearer)) {
            UnitEvents.publish(PROVINCE, "PROVINCE", null);
            await().atMost(Duration.ofSeconds(30)).until(() -> seenAsProvincial(bearer));
        }
        return bearer;
    }

    private static boolean seenAsProvincial(String bearer) {
        return Boolean.TRUE.equals(given().header("Authorization", bearer).get("/api/v1/caller").then()
                .statusCode(200).extract().path("provincialAdmin"));
    }
}
