package vn.motcua.stats.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.stats.DossierEvents;
import vn.motcua.stats.UnitEvents;
import vn.motcua.testsupport.TestTokens;

/**
 * Reports of a unit and its descendants, through units published on {@code motcua.reference}. Each test builds a
 * territory of its own, shaped like Sóc Trăng and Long Phú across the 2025 reform:
 * <pre>
 * province P (until the reform)  → succeeded by province N (since the reform)
 *   district D (until the reform) → its territory split between communes C1 and C4
 *     commune C1 (kept its code; under N since the reform)
 *     commune C2 (until the reform) → merged into the new commune C4 (under N)
 *     commune C3 (until the reform) → merged into C1
 * </pre>
 * In Q3 2022 (official, 15 Jun..14 Sep) D received 2 dossiers, C1, C2 and C3 one each; another province's
 * district X received 1.
 */
@QuarkusTest
class UnitReportTest {

    private String p;
    private String n;
    private String d;
    private String c1;
    private String c2;
    private String c3;
    private String c4;
    private String x;

    @BeforeEach
    void territory() {
        p = UnitEvents.freshCode();
        n = UnitEvents.freshCode();
        d = UnitEvents.freshCode();
        c1 = UnitEvents.freshCode();
        c2 = UnitEvents.freshCode();
        c3 = UnitEvents.freshCode();
        c4 = UnitEvents.freshCode();
        x = UnitEvents.freshCode();
        UnitEvents.unit(p).untilReform("Tỉnh P", "PROVINCE", null).succeededBy(n).publish();
        UnitEvents.unit(n).sinceReform("Thành phố N", "PROVINCE", null).publish();
        UnitEvents.unit(d).untilReform("Huyện D", "DISTRICT", p).succeededBy(c1, c4).publish();
        UnitEvents.unit(c1).untilReform("Thị trấn C1", "COMMUNE", d).sinceReform("Xã C1", "COMMUNE", n).publish();
        UnitEvents.unit(c2).untilReform("Xã C2", "COMMUNE", d).succeededBy(c4).publish();
        UnitEvents.unit(c3).untilReform("Xã C3", "COMMUNE", d).succeededBy(c1).publish();
        UnitEvents.unit(c4).sinceReform("Xã C4", "COMMUNE", n).publish();
        UnitEvents.unit(x).untilReform("Huyện X", "DISTRICT", UnitEvents.freshCode()).publish();

        receive(d, "A");
        receive(d, "B");
        receive(c1, "A");
        receive(c2, "A");
        receive(c3, "A");
        receive(x, "A");
    }

    private static void receive(String unit, String dossier) {
        new DossierEvents(unit).received(dossier, "ho-tich", "IN_PERSON", "2022-08-01T09:00", "2022-10-01T17:00");
    }

    private static String supervisorOf(String unit) {
        return TestTokens.user("giam.sat." + unit).roles("supervisor").unit(unit).bearer();
    }

    private static JsonPath report(String bearer, String query) {
        return given().header("Authorization", bearer).get("/api/v1/reports/dossiers?period=2022-Q3&" + query)
                .then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Integer> receivedByRow(JsonPath report) {
        Map<String, Integer> received = new LinkedHashMap<>();
        List<Map<String, Object>> rows = report.getList("rows");
        rows.forEach(r -> received.put((String) r.get("key"), (Integer) r.get("receivedInPerson")));
        return received;
    }

    @Test
    void aDistrictReportIncludesItsCommunesWhenAsked() {
        String district = supervisorOf(d);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                assertThat(receivedByRow(report(district, "unit=" + d + "&includeDescendants=true&groupBy=unit")))
                        .isEqualTo(sorted(Map.of(c1, 1, c2, 1, c3, 1, d, 2))));
        JsonPath withCommunes = report(district, "unit=" + d + "&includeDescendants=true");
        assertThat(withCommunes.getInt("total.receivedInPerson")).isEqualTo(5);
        assertThat(withCommunes.getBoolean("consistent")).isTrue();
        assertThat(report(district, "unit=" + d).getInt("total.receivedInPerson")).isEqualTo(2);
        // the default view is the units as they were
        assertThat(report(district, "unit=" + d + "&includeDescendants=true&units=historical")
                .getInt("total.receivedInPerson")).isEqualTo(5);
    }

    @Test
    void aPastPeriodReMappedToTodaysUnitsAddsEachOldUnitToItsSuccessor() {
        String province = supervisorOf(n);
        // C1 = C1 + C3 (merged into it); C4 = C2; D was split between C1 and C4, so its dossiers stay with N,
        // the nearest unit of today holding both
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                assertThat(receivedByRow(report(province, "unit=" + n + "&includeDescendants=true&groupBy=unit&units=current")))
                        .isEqualTo(sorted(Map.of(c1, 2, c4, 1, n, 2))));
        assertThat(report(province, "unit=" + n + "&includeDescendants=true&units=current")
                .getInt("total.receivedInPerson")).isEqualTo(5);
        // today's commune alone, with the territory it took over
        assertThat(report(supervisorOf(c1), "unit=" + c1 + "&units=current").getInt("total.receivedInPerson"))
                .isEqualTo(2);
        // as it was, N had no units under it in 2022
        assertThat(report(province, "unit=" + n + "&includeDescendants=true").getInt("total.receivedInPerson"))
                .isZero();
        // a unit that no longer exists cannot be shown with today's units
        given().header("Authorization", supervisorOf(d))
                .get("/api/v1/reports/dossiers?period=2022-Q3&unit=" + d + "&units=current")
                .then().statusCode(400).contentType(startsWith("application/problem+json"));
    }

    private static Map<String, Integer> sorted(Map<String, Integer> map) {
        Map<String, Integer> sorted = new LinkedHashMap<>();
        map.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    @Test
    void aSupervisorReadsTheirSubtreeAndNothingElse() {
        String district = supervisorOf(d);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                assertThat(report(district, "unit=" + c3).getInt("total.receivedInPerson")).isEqualTo(1));
        for (String outside : List.of(p, n, x, c4, "99999")) {
            given().header("Authorization", district)
                    .get("/api/v1/reports/dossiers?period=2022-Q3&unit=" + outside)
                    .then().statusCode(404).contentType(startsWith("application/problem+json"));
        }
        // a commune's supervisor does not see its district
        given().header("Authorization", supervisorOf(c2))
                .get("/api/v1/reports/dossiers?period=2022-Q3&unit=" + d)
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
    }

    @Test
    void theProvincialSystemAndTheProvincialAdminReadEveryUnitOfTheProvinceAndNoOther() {
        // the provincial system's service account: a client-credentials token whose unit is the province
        String provincialSystem = TestTokens.user("service-account-provincial-system").roles("supervisor").unit(p)
                .bearer();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                assertThat(report(provincialSystem, "unit=" + p + "&includeDescendants=true")
                        .getInt("total.receivedInPerson")).isEqualTo(5));
        assertThat(report(provincialSystem, "unit=" + c2).getInt("total.receivedInPerson")).isEqualTo(1);
        given().header("Authorization", provincialSystem).get("/api/v1/reports/dossiers?period=2022-Q3&unit=" + x)
                .then().statusCode(404);

        // the provincial admin, like the system: the province's units, not another province's (issue 13 item 8)
        String admin = TestTokens.user("quan.tri").roles("admin").unit(p).bearer();
        assertThat(report(admin, "unit=" + c2).getInt("total.receivedInPerson")).isEqualTo(1);
        given().header("Authorization", admin).get("/api/v1/reports/dossiers?period=2022-Q3&unit=" + x)
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
        given().header("Authorization", TestTokens.user("quan.tri.khong.don.vi").roles("admin").bearer())
                .get("/api/v1/reports/dossiers?period=2022-Q3&unit=" + x).then().statusCode(403)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void noReportRowNamesAPersonOrADossier() {
        String district = supervisorOf(d);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                assertThat(report(district, "unit=" + d + "&includeDescendants=true").getInt("total.receivedTotal"))
                        .isEqualTo(5));
        for (String groupBy : List.of("none", "unit", "field", "procedure")) {
            String body = given().header("Authorization", district)
                    .get("/api/v1/reports/dossiers?period=2022-Q3&includeDescendants=true&groupBy=" + groupBy)
                    .then().statusCode(200).extract().asString();
            assertThat(body).doesNotContain(d + "-A", "giam.sat", "dossierId", "dossierCode", "actor");
        }
    }
}
