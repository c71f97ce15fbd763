package vn.motcua.stats.rebuild;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.stats.DossierEvents;
import vn.motcua.stats.UnitEvents;
import vn.motcua.testsupport.TestTokens;

/**
 * A rebuild reads both topics from their beginning into fresh tables and swaps them in: the reports give the
 * same numbers after it, and answer while it runs.
 */
@QuarkusTest
class RebuildTest {

    private static final String ADMIN = TestTokens.user("quan.tri").roles("admin").bearer();

    private final String district = UnitEvents.freshCode();
    private final String commune = UnitEvents.freshCode();
    private final String supervisor = TestTokens.user("giam.sat").roles("supervisor").unit(district).bearer();

    private static final List<String> REPORTS = List.of(
            "period=2022-Q3&includeDescendants=true&groupBy=unit",
            "period=2022-Q3&cutoff=calendar&includeDescendants=true&groupBy=field",
            "from=2022-09-14&to=2022-09-14&includeDescendants=true",
            "period=2022-Q3&includeDescendants=true&format=csv");

    private void publish() {
        UnitEvents.unit(district).untilReform("Huyện", "DISTRICT", null).publish();
        UnitEvents.unit(commune).untilReform("Xã", "COMMUNE", district).publish();
        DossierEvents atDistrict = new DossierEvents(district);
        atDistrict.received("A", "ho-tich", "ONLINE", "2022-06-10T09:00", "2022-06-20T17:00");
        String resolved = atDistrict.resolved("A", "ho-tich", "ONLINE", "2022-06-10T09:00", "2022-06-20T17:00",
                "2022-06-20T10:00");
        atDistrict.redeliverResolved(resolved, "A", "ho-tich", "ONLINE", "2022-06-10T09:00", "2022-06-20T17:00",
                "2022-06-20T10:00");
        atDistrict.received("B", "dat-dai", "IN_PERSON", "2022-08-01T09:00", "2022-08-10T17:00");
        atDistrict.deadlineExtended("B", "dat-dai", "2022-08-10T17:00", "2022-09-30T17:00", "2022-08-09T09:00");
        atDistrict.withdrawn("C", "2022-08-20T09:00");
        atDistrict.received("C", "dat-dai", "IN_PERSON", "2022-08-01T09:00", "2022-08-30T17:00");
        atDistrict.refused("D", "dat-dai", "IN_PERSON", "2022-07-02T09:00");
        DossierEvents atCommune = new DossierEvents(commune);
        atCommune.received("A", "chung-thuc", "POSTAL", "2022-09-01T09:00", "2022-09-05T17:00");
        atCommune.resolved("A", "chung-thuc", "POSTAL", "2022-09-01T09:00", "2022-09-05T17:00", "2022-09-08T10:00");
    }

    private String report(String query) {
        return given().header("Authorization", supervisor).get("/api/v1/reports/dossiers?" + query)
                .then().statusCode(200).extract().asString();
    }

    private static JsonPath rebuildStatus() {
        return given().header("Authorization", ADMIN).get("/api/v1/admin/rebuild").then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void aRebuildFromTheTopicsGivesIdenticalNumbers() {
        publish();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            JsonPath total = JsonPath.from(report(REPORTS.get(0)));
            assertThat(total.getInt("total.receivedTotal")).isEqualTo(4);
            assertThat(total.getInt("total.resolvedOnTime")).isEqualTo(1);
            assertThat(total.getInt("total.resolvedLate")).isEqualTo(1);
            assertThat(total.getInt("total.withdrawn")).isEqualTo(1);
            assertThat(total.getInt("total.refused")).isEqualTo(1);
            assertThat(total.getInt("total.inProgressWithinDeadline")).isEqualTo(1);
        });
        List<String> before = REPORTS.stream().map(this::report).toList();

        await().atMost(Duration.ofSeconds(60)).until(() -> !List.of("READING", "SWAPPING")
                .contains(rebuildStatus().getString("state")));
        given().header("Authorization", ADMIN).post("/api/v1/admin/rebuild").then().statusCode(202);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            // the reports answer, with the same numbers, while the rebuild runs
            assertThat(report(REPORTS.get(0))).isEqualTo(before.get(0));
            assertThat(rebuildStatus().getString("state")).isEqualTo("DONE");
        });
        JsonPath done = rebuildStatus();
        assertThat(done.getLong("eventsRead")).isGreaterThanOrEqualTo(done.getLong("eventsToRead")).isPositive();
        assertThat(done.getLong("dossiers")).isPositive();
        assertThat(done.getLong("units")).isPositive();

        assertThat(REPORTS.stream().map(this::report).toList()).isEqualTo(before);

        // the live consumer goes on into the new tables
        new DossierEvents(district).received("E", "dat-dai", "IN_PERSON", "2022-09-01T09:00", "2022-09-30T17:00");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                assertThat(JsonPath.from(report(REPORTS.get(0))).getInt("total.receivedTotal")).isEqualTo(5));
    }
}
