package vn.motcua.stats.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.stats.DossierEvents;
import vn.motcua.stats.UnitEvents;
import vn.motcua.testsupport.TestTokens;

/**
 * Long Phú district, quarter III 2022 (DOMAIN.md, the reference case), from generated dossiers.
 * District desk, 3,526 dossiers: 740 carried over and 2,786 new (362 online, 2,424 in person); 2,697 resolved
 * (2,663 early, 34 on time); 829 in progress within deadline at 14 September. The article's printed total
 * (3,256) cannot hold; the report's is 3,526. Commune desks (11 communes under the district): 9,937 received,
 * all in person, all resolved early.
 */
@QuarkusTest
class ReferenceCaseTest {

    private static final int CARRIED_OVER = 740;
    private static final int NEW_ONLINE = 362;
    private static final int NEW_IN_PERSON = 2_424;
    private static final int NEW_RESOLVED_ON_TIME = 34;
    private static final int IN_PROGRESS = 829;

    private static final int COMMUNE_RECEIVED = 9_937;
    private static final int COMMUNES = 11;

    @Test
    void longPhuDistrictQuarterThree2022() {
        String unit = UnitEvents.freshCode();
        String province = UnitEvents.freshCode();
        UnitEvents.unit(province).untilReform("Tỉnh Sóc Trăng", "PROVINCE", null).publish();
        UnitEvents.unit(unit).untilReform("Huyện Long Phú", "DISTRICT", province).publish();
        List<String> communes = new ArrayList<>();
        for (int c = 0; c < COMMUNES; c++) {
            communes.add(UnitEvents.freshCode());
            UnitEvents.unit(communes.get(c)).untilReform("Xã " + c, "COMMUNE", unit).publish();
        }
        DossierEvents events = new DossierEvents(unit);
        // carried over from before 15 June, all resolved early within the quarter
        for (int i = 0; i < CARRIED_OVER; i++) {
            events.received("c" + i, "dat-dai", "IN_PERSON", "2022-06-01T09:00", "2022-06-30T17:00");
            events.resolved("c" + i, "dat-dai", "IN_PERSON", "2022-06-01T09:00", "2022-06-30T17:00",
                    "2022-06-20T10:00");
        }
        int newDossiers = NEW_ONLINE + NEW_IN_PERSON;
        int newResolved = newDossiers - IN_PROGRESS;
        for (int i = 0; i < newDossiers; i++) {
            String channel = i < NEW_ONLINE ? "ONLINE" : (i % 10 == 0 ? "POSTAL" : "IN_PERSON");
            String field = i % 3 == 0 ? "ho-tich" : "dat-dai";
            if (i < newResolved) {
                events.received("n" + i, field, channel, "2022-07-05T09:00", "2022-07-15T17:00");
                String resolvedAt = i < NEW_RESOLVED_ON_TIME ? "2022-07-15T10:00" : "2022-07-10T10:00";
                events.resolved("n" + i, field, channel, "2022-07-05T09:00", "2022-07-15T17:00", resolvedAt);
            } else {
                events.received("n" + i, field, channel, "2022-09-10T09:00", "2022-09-20T17:00");
            }
        }

        publishCommuneDesks(communes);

        String supervisor = TestTokens.user("giam.sat").roles("supervisor").unit(unit).bearer();
        await().atMost(Duration.ofSeconds(900)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            Map<String, Object> total = given().header("Authorization", supervisor)
                    .get("/api/v1/reports/dossiers?period=2022-Q3&cutoff=official")
                    .then().statusCode(200).extract().jsonPath().getMap("total");
            assertThat(total).containsAllEntriesOf(Map.ofEntries(
                    Map.entry("receivedOnline", 362),
                    Map.entry("receivedInPerson", 2_424),
                    Map.entry("carriedOver", 740),
                    Map.entry("receivedTotal", 3_526),
                    Map.entry("resolvedTotal", 2_697),
                    Map.entry("resolvedEarly", 2_663),
                    Map.entry("resolvedOnTime", 34),
                    Map.entry("resolvedLate", 0),
                    Map.entry("inProgressTotal", 829),
                    Map.entry("inProgressWithinDeadline", 829),
                    Map.entry("inProgressOverdue", 0),
                    Map.entry("withdrawn", 0)));
        });

        await().atMost(Duration.ofSeconds(900)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            JsonPath byUnit = given().header("Authorization", supervisor)
                    .get("/api/v1/reports/dossiers?period=2022-Q3&includeDescendants=true&groupBy=unit")
                    .then().statusCode(200).extract().jsonPath();
            Map<String, Object> communeTotal = new HashMap<>();
            List<Map<String, Object>> rows = byUnit.getList("rows");
            assertThat(rows).hasSize(COMMUNES + 1);
            for (Map<String, Object> row : rows) {
                if (!row.get("key").equals(unit)) {
                    row.forEach((column, value) -> {
                        if (value instanceof Integer n) {
                            communeTotal.merge(column, n, (a, b) -> (Integer) a + (Integer) b);
                        }
                    });
                }
            }
            assertThat(communeTotal).containsAllEntriesOf(Map.ofEntries(
                    Map.entry("receivedTotal", COMMUNE_RECEIVED),
                    Map.entry("receivedInPerson", COMMUNE_RECEIVED),
                    Map.entry("receivedOnline", 0),
                    Map.entry("carriedOver", 0),
                    Map.entry("resolvedTotal", COMMUNE_RECEIVED),
                    Map.entry("resolvedEarly", COMMUNE_RECEIVED),
                    Map.entry("resolvedOnTime", 0),
                    Map.entry("resolvedLate", 0),
                    Map.entry("inProgressTotal", 0)));
            assertThat(byUnit.getInt("total.receivedTotal")).isEqualTo(3_526 + COMMUNE_RECEIVED);
            assertThat(byUnit.getInt("total.resolvedEarly")).isEqualTo(2_663 + COMMUNE_RECEIVED);
            assertThat(byUnit.getBoolean("consistent")).isTrue();
        });
    }

    /**
     * 9,937 dossiers received in person at the 11 commune desks during the quarter, each resolved early. Only
     * the resolutions are sent: each carries its receipt's facts (unit, channel, received and due dates), which
     * is how a resolution counts when its receipt is late or lost, and it halves the test's events.
     */
    private static void publishCommuneDesks(List<String> communes) {
        for (int i = 0; i < COMMUNE_RECEIVED; i++) {
            String commune = communes.get(i % communes.size());
            int day = 1 + i % 28;
            String received = "2022-07-%02dT08:00".formatted(day);
            String due = "2022-08-%02dT17:00".formatted(day);
            String resolved = "2022-07-%02dT15:00".formatted(day);
            new DossierEvents(commune).resolved("x" + i, "chung-thuc", "IN_PERSON", received, due, resolved);
        }
    }
}
