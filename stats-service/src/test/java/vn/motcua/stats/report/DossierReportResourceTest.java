package vn.motcua.stats.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.stats.DossierEvents;
import vn.motcua.testsupport.TestTokens;

/**
 * The Biểu 06 report from real events through the real broker, against figures computed by hand.
 * Each test uses a unit of its own, so earlier records on the shared topic do not count.
 *
 * <p>The dossiers (times in Asia/Ho_Chi_Minh), official Q3 2022 = 15 Jun..14 Sep, calendar Q3 = 1 Jul..30 Sep:
 * <pre>
 * A online    received 10 Jun, due 20 Jun, resolved 14 Jun           finished before both periods
 * B in person received 14 Jun 16:00, due 1 Jul, resolved 1 Jul     carried over; on time (due date)
 * C online    received 15 Jun 08:00, due 30 Jun, resolved 5 Jul     new (official) / carried (calendar); late
 * D postal    received 14 Sep 16:00, due 20 Sep                     new; in progress within deadline (official)
 * E in person received 15 Sep 08:00, due 5 Oct                      outside official Q3; within (calendar)
 * F in person received 1 Aug, due 10 Aug                            in progress, overdue
 * G in person received 1 Jul, due 20 Jul, withdrawn 10 Jul          withdrawn
 * H in person refused 2 Jul                                         refused, never received
 * I in person received 1 Sep, due 14 Sep                            due on the official last day: within
 * </pre>
 * B's resolution is delivered three times under one id; C's resolution and G's withdrawal arrive before their
 * receipts; D's receipt is published twice under two ids (a producer retry).
 */
@QuarkusTest
class DossierReportResourceTest {

    private String unit;
    private String leader;

    @BeforeEach
    void unitOfItsOwn() {
        unit = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        leader = TestTokens.user("lanh.dao").roles("leader").unit(unit).bearer();
    }

    private void publishTheQuarter() {
        DossierEvents events = new DossierEvents(unit);
        events.received("A", "ho-tich", "ONLINE", "2022-06-10T09:00", "2022-06-20T17:00");
        events.resolved("A", "ho-tich", "ONLINE", "2022-06-10T09:00", "2022-06-20T17:00", "2022-06-14T10:00");
        events.received("B", "ho-tich", "IN_PERSON", "2022-06-14T16:00", "2022-07-01T17:00");
        String bResolved = events.resolved("B", "ho-tich", "IN_PERSON", "2022-06-14T16:00", "2022-07-01T17:00",
                "2022-07-01T10:00");
        events.redeliverResolved(bResolved, "B", "ho-tich", "IN_PERSON", "2022-06-14T16:00", "2022-07-01T17:00",
                "2022-07-01T10:00");
        events.resolved("C", "dat-dai", "ONLINE", "2022-06-15T08:00", "2022-06-30T17:00", "2022-07-05T09:00");
        events.received("C", "dat-dai", "ONLINE", "2022-06-15T08:00", "2022-06-30T17:00");
        events.received("D", "ho-tich", "POSTAL", "2022-09-14T16:00", "2022-09-20T17:00");
        events.received("D", "ho-tich", "POSTAL", "2022-09-14T16:00", "2022-09-20T17:00");
        events.received("E", "ho-tich", "IN_PERSON", "2022-09-15T08:00", "2022-10-05T17:00");
        events.received("F", "ho-tich", "IN_PERSON", "2022-08-01T09:00", "2022-08-10T17:00");
        events.withdrawn("G", "2022-07-10T09:00");
        events.received("G", "ho-tich", "IN_PERSON", "2022-07-01T09:00", "2022-07-20T17:00");
        events.refused("H", "ho-tich", "IN_PERSON", "2022-07-02T09:00");
        events.received("I", "ho-tich", "IN_PERSON", "2022-09-01T09:00", "2022-09-14T17:00");
        // the last event: once it counts, so have all before it (one partition per dossier key, but the
        // report is polled until every figure matches, so any order of processing is waited for)
        events.redeliverResolved(bResolved, "B", "ho-tich", "IN_PERSON", "2022-06-14T16:00", "2022-07-01T17:00",
                "2022-07-01T10:00");
    }

    /** The Biểu 06 columns in report order. */
    private static Map<String, Integer> row(int receivedTotal, int online, int inPerson, int carriedOver,
            int resolvedTotal, int early, int onTime, int late, int inProgress, int within, int overdue,
            int withdrawn, int refused) {
        Map<String, Integer> row = new LinkedHashMap<>();
        row.put("receivedTotal", receivedTotal);
        row.put("receivedOnline", online);
        row.put("receivedInPerson", inPerson);
        row.put("carriedOver", carriedOver);
        row.put("resolvedTotal", resolvedTotal);
        row.put("resolvedEarly", early);
        row.put("resolvedOnTime", onTime);
        row.put("resolvedLate", late);
        row.put("inProgressTotal", inProgress);
        row.put("inProgressWithinDeadline", within);
        row.put("inProgressOverdue", overdue);
        row.put("withdrawn", withdrawn);
        row.put("refused", refused);
        return row;
    }

    private JsonPath report(String query) {
        return given().header("Authorization", leader)
                .get("/api/v1/reports/dossiers?unit=" + unit + "&" + query)
                .then().statusCode(200).extract().jsonPath();
    }

    private static void assertFigures(Map<String, Object> actual, Map<String, Integer> expected) {
        assertThat(actual).containsAllEntriesOf(expected);
        assertThat((List<?>) actual.get("invariantViolations")).isEmpty();
    }

    @Test
    void officialAndCalendarQuartersFromRedeliveredAndReorderedEvents() {
        publishTheQuarter();

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                assertFigures(report("period=2022-Q3&cutoff=official").getMap("total"),
                        row(6, 1, 4, 1, 2, 0, 1, 1, 3, 2, 1, 1, 1)));

        JsonPath official = report("period=2022-Q3");
        assertThat(official.getString("from")).isEqualTo("2022-06-15");
        assertThat(official.getString("to")).isEqualTo("2022-09-14");
        assertThat(official.getBoolean("consistent")).isTrue();
        assertThat(official.getList("rows")).hasSize(1);

        JsonPath calendar = report("period=2022-Q3&cutoff=calendar");
        assertThat(calendar.getString("from")).isEqualTo("2022-07-01");
        assertThat(calendar.getString("to")).isEqualTo("2022-09-30");
        assertFigures(calendar.getMap("total"), row(7, 0, 5, 2, 2, 0, 1, 1, 4, 1, 3, 1, 1));
    }

    @Test
    void aDossierDueOnTheLastDayIsStillWithinDeadlineAndTheFourteenthClosesTheWindow() {
        publishTheQuarter();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                assertFigures(report("from=2022-09-14&to=2022-09-14").getMap("total"),
                        // D received that day; F and I carried over; I (due 14 Sep) and D within, F overdue
                        row(3, 0, 1, 2, 0, 0, 0, 0, 3, 2, 1, 0, 0)));
        // 15 Sep opens official October: E is new there and D, F, I are carried over; on 14 Oct all four
        // are past their due dates (E was due 5 Oct)
        assertFigures(report("period=2022-10&cutoff=official").getMap("total"),
                row(4, 0, 1, 3, 0, 0, 0, 0, 4, 0, 4, 0, 0));
    }

    /**
     * J received 1 Aug, due 10 Aug, extended on 9 Aug to 20 Sep: in progress within deadline on 14 Sep.
     * K received 1 Aug, due 10 Aug, extended on 9 Aug to 20 Aug, resolved 18 Aug: early, not late; its extension
     * arrives after its resolution. L received 1 Aug, due 10 Aug, never extended: overdue.
     */
    @Test
    void anExtendedDeadlineDecidesTimelinessAndOverdue() {
        DossierEvents events = new DossierEvents(unit);
        events.received("J", "dat-dai", "IN_PERSON", "2022-08-01T09:00", "2022-08-10T17:00");
        events.deadlineExtended("J", "dat-dai", "2022-08-10T17:00", "2022-09-20T17:00", "2022-08-09T10:00");
        events.received("K", "dat-dai", "IN_PERSON", "2022-08-01T09:00", "2022-08-10T17:00");
        events.resolved("K", "dat-dai", "IN_PERSON", "2022-08-01T09:00", "2022-08-20T17:00", "2022-08-18T10:00");
        events.deadlineExtended("K", "dat-dai", "2022-08-10T17:00", "2022-08-20T17:00", "2022-08-09T10:00");
        events.received("L", "dat-dai", "IN_PERSON", "2022-08-01T09:00", "2022-08-10T17:00");

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                assertFigures(report("period=2022-Q3").getMap("total"),
                        row(3, 0, 3, 0, 1, 1, 0, 0, 2, 1, 1, 0, 0)));
        // on 15 Aug the three were carried over; J and K (extended) within deadline, L overdue
        assertFigures(report("from=2022-08-15&to=2022-08-15").getMap("total"),
                row(3, 0, 0, 3, 0, 0, 0, 0, 3, 2, 1, 0, 0));
    }

    @Test
    void rowsByFieldAddUpToTheTotal() {
        publishTheQuarter();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                assertFigures(report("period=2022-Q3&groupBy=field").getMap("total"),
                        row(6, 1, 4, 1, 2, 0, 1, 1, 3, 2, 1, 1, 1)));
        JsonPath byField = report("period=2022-Q3&groupBy=field");
        assertThat(byField.getList("rows.key")).containsExactly("dat-dai", "ho-tich");
        assertFigures(byField.getMap("rows[0]"), row(1, 1, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0));
        assertFigures(byField.getMap("rows[1]"), row(5, 0, 4, 1, 1, 0, 1, 0, 3, 2, 1, 1, 1));
    }

    @Test
    void onlySupervisorsAndLeadersOfTheUnitMayRead() {
        given().get("/api/v1/reports/dossiers?period=2022-Q3").then().statusCode(401);
        given().header("Authorization", TestTokens.user("mot.cua").roles("front-desk").unit(unit).bearer())
                .get("/api/v1/reports/dossiers?period=2022-Q3").then().statusCode(403);
        given().header("Authorization", TestTokens.user("giam.sat").roles("supervisor").unit(unit).bearer())
                .get("/api/v1/reports/dossiers?period=2022-Q3").then().statusCode(200)
                .body("unit", equalTo(unit));
        // another unit's report does not reveal whether it exists
        given().header("Authorization", leader)
                .get("/api/v1/reports/dossiers?unit=31639&period=2022-Q3").then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        for (String query : List.of("period=2022-Q5", "period=2022-Q3&cutoff=fiscal", "from=2022-07-01",
                "from=2022-07-01&to=2022-06-30", "from=1-7-2022&to=2022-07-31", "period=2022&from=2022-01-01",
                "period=2022&groupBy=ward", "period=2022&units=future")) {
            given().header("Authorization", leader).get("/api/v1/reports/dossiers?" + query)
                    .then().statusCode(400).contentType(startsWith("application/problem+json"));
        }
    }
}
