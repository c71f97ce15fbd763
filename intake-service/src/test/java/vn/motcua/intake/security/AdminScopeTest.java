package vn.motcua.intake.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.intake.Fixtures;
import vn.motcua.testsupport.TestTokens;

/**
 * Issue 13 item 8: an admin administers their unit's subtree. A commune's admin changes their commune and
 * nothing else (another unit: 404, as everywhere); province-wide data (default calendar, catalogue, a new
 * province) only the provincial admin (403 to the others); the provincial admin every unit.
 */
@QuarkusTest
class AdminScopeTest {

    /** Xã Trường Khánh, a commune of Cần Thơ since the 2025 reform. */
    private static final String TRUONG_KHANH = "31654";
    private static final Map<String, String> DEFAULT_HOURS = Map.of("weekdays", "MON-FRI",
            "sessions", "07:00-11:30,13:30-17:00", "reason", "Giờ làm việc chung");

    private static String communeAdmin() {
        return TestTokens.user("admin." + TRUONG_KHANH).roles("admin").unit(TRUONG_KHANH).bearer();
    }

    @Test
    void aCommunesAdminSetsItsOwnCalendarButNotAnotherUnitsNorTheDefault() {
        given().header("Authorization", communeAdmin()).contentType(ContentType.JSON).body(DEFAULT_HOURS)
                .put("/api/v1/calendars/{id}/hours", TRUONG_KHANH).then().statusCode(200)
                .body("calendarId", equalTo(TRUONG_KHANH));
        given().header("Authorization", communeAdmin()).contentType(ContentType.JSON).body(DEFAULT_HOURS)
                .put("/api/v1/calendars/{id}/hours", Fixtures.LONG_PHU_COMMUNE).then().statusCode(404)
                .contentType("application/problem+json");
        given().header("Authorization", communeAdmin()).contentType(ContentType.JSON).body(DEFAULT_HOURS)
                .put("/api/v1/calendars/default/hours").then().statusCode(403)
                .contentType("application/problem+json").body("detail", org.hamcrest.Matchers.containsString(
                        "Only the provincial administrator may change the default calendar"));
        given().header("Authorization", communeAdmin()).contentType(ContentType.JSON)
                .body(Map.of("days", List.of(Map.of("date", "2031-01-01", "kind", "DAY_OFF", "name", "Tết Dương lịch"))))
                .put("/api/v1/calendars/{id}/holidays/2031", Fixtures.DAI_NGAI).then().statusCode(404);
    }

    @Test
    void theProvincialAdminSetsAnyUnitsCalendarAndTheDefault() {
        given().header("Authorization", Fixtures.admin()).contentType(ContentType.JSON).body(DEFAULT_HOURS)
                .put("/api/v1/calendars/{id}/hours", "31552").then().statusCode(200);
        given().header("Authorization", Fixtures.admin()).contentType(ContentType.JSON).body(DEFAULT_HOURS)
                .put("/api/v1/calendars/default/hours").then().statusCode(200);
    }

    @Test
    void aCommunesAdminChangesNoOtherUnitAndAddsNoProvince() {
        given().header("Authorization", communeAdmin()).contentType(ContentType.JSON)
                .body(Map.of("validTo", "2030-01-01", "reason", "thử"))
                .post("/api/v1/units/{code}/end", Fixtures.DAI_NGAI).then().statusCode(404)
                .contentType("application/problem+json").body("type", endsWith("not-found"));
        given().header("Authorization", communeAdmin()).contentType(ContentType.JSON)
                .body(Map.of("code", "99", "name", "Tỉnh thử", "level", "PROVINCE"))
                .post("/api/v1/units").then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", communeAdmin()).contentType(ContentType.JSON)
                .body(Map.of("code", "39997", "name", "Xã thử", "level", "COMMUNE", "parentCode", "92"))
                .post("/api/v1/units").then().statusCode(404).contentType("application/problem+json");
    }
}
