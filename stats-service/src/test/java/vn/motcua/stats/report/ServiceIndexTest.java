package vn.motcua.stats.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.motcua.stats.DossierEvents;
import vn.motcua.stats.UnitEvents;
import vn.motcua.testsupport.TestTokens;

/**
 * Decision 766 indicators for official Q3 2022: 2 dossiers received online and 2 in person (online share 50%, full
 * marks); of 3 resolved, 2 early and 1 late (on-time rate 66.67%, late rate 33.33%, satisfaction 66.67%). Ratings
 * in the period: A 5, B 4, C 1 (average 3.33, satisfied 66.67%, dissatisfied 33.33%); a redelivered rating, a second
 * rating of A and a rating given after the official quarter's end (14 September) do not count.
 */
@QuarkusTest
class ServiceIndexTest {

    @Test
    void onlineShareOnTimeRateAndSatisfactionFromTheCounters() {
        String unit = UnitEvents.freshCode();
        DossierEvents events = new DossierEvents(unit);
        events.resolved("A", "ho-tich", "ONLINE", "2022-07-01T09:00", "2022-07-10T17:00", "2022-07-05T09:00");
        events.resolved("B", "ho-tich", "ONLINE", "2022-07-01T09:00", "2022-07-10T17:00", "2022-07-06T09:00");
        events.resolved("C", "dat-dai", "IN_PERSON", "2022-07-01T09:00", "2022-07-10T17:00", "2022-07-12T09:00");
        events.received("D", "dat-dai", "POSTAL", "2022-08-01T09:00", "2022-09-30T17:00");
        events.rated(UUID.randomUUID().toString(), "A", "ho-tich", 5, "2022-07-05T10:00");
        events.rated(UUID.randomUUID().toString(), "B", "ho-tich", 4, "2022-07-06T10:00");
        String lowRating = events.rated(UUID.randomUUID().toString(), "C", "dat-dai", 1, "2022-09-14T23:30");
        events.rated(lowRating, "C", "dat-dai", 1, "2022-09-14T23:30"); // redelivered
        events.rated(UUID.randomUUID().toString(), "A", "ho-tich", 1, "2022-07-07T10:00"); // A rated again
        events.rated(UUID.randomUUID().toString(), "D", "dat-dai", 2, "2022-09-15T00:10"); // official Q4
        String supervisor = TestTokens.user("giam.sat").roles("supervisor").unit(unit).bearer();

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            JsonPath index = given().header("Authorization", supervisor)
                    .get("/api/v1/reports/service-index?period=2022-Q3").then().statusCode(200).extract().jsonPath();
            assertThat(index.getLong("received")).isEqualTo(4);
            assertThat(index.getLong("resolved")).isEqualTo(3);
            assertThat(index.getDouble("onlineShare")).isCloseTo(50.0, within(0.001));
            assertThat(index.getBoolean("onlineShareFull")).isTrue();
            assertThat(index.getDouble("onTimeRate")).isCloseTo(66.67, within(0.001));
            assertThat(index.getDouble("lateRate")).isCloseTo(33.33, within(0.001));
            assertThat(index.getDouble("satisfaction")).isCloseTo(66.67, within(0.001));
            assertThat(index.getLong("ratings")).isEqualTo(3);
            assertThat(index.getDouble("averageScore")).isCloseTo(3.33, within(0.001));
            assertThat(index.getDouble("satisfiedShare")).isCloseTo(66.67, within(0.001));
            assertThat(index.getDouble("dissatisfiedShare")).isCloseTo(33.33, within(0.001));
            assertThat(index.getList("notComputed", String.class)).noneMatch(n -> n.startsWith("ratings"));
        });
        // nothing received in Q1: no rate rather than a division by zero
        JsonPath empty = given().header("Authorization", supervisor)
                .get("/api/v1/reports/service-index?period=2022-Q1").then().statusCode(200).extract().jsonPath();
        assertThat(empty.getString("onlineShare")).isNull();
        assertThat(empty.getBoolean("onlineShareFull")).isFalse();
        assertThat(empty.getString("averageScore")).isNull();
        // the rating given on 15 September counts in official Q4 (15 September to 14 December)
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            JsonPath q4 = given().header("Authorization", supervisor)
                    .get("/api/v1/reports/service-index?period=2022-Q4").then().statusCode(200).extract().jsonPath();
            assertThat(q4.getLong("ratings")).isEqualTo(1);
            assertThat(q4.getDouble("dissatisfiedShare")).isCloseTo(100.0, within(0.001));
        });
    }
}
