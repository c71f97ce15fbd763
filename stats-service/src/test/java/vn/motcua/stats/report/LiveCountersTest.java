package vn.motcua.stats.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.stats.DossierEvents;
import vn.motcua.stats.UnitEvents;
import vn.motcua.testsupport.TestTokens;

/**
 * The dashboard's live counters, relative to today (Asia/Ho_Chi_Minh):
 * <pre>
 * A received today, due in 30 days              received today; in progress
 * B received 10 days ago, due yesterday         overdue
 * C received 5 days ago, due today              due within two working days
 * D received 5 days ago, due on the 2nd working day after today: due within two working days
 * E received 5 days ago, due the day after D    in progress, not due soon
 * F received 3 days ago, resolved yesterday     finished: none of them
 * </pre>
 */
@QuarkusTest
class LiveCountersTest {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void receivedTodayOverdueNowAndDueWithinTwoWorkingDays() {
        String unit = UnitEvents.freshCode();
        LocalDate today = LocalDate.now(VN);
        WorkingCalendar calendar = WorkingCalendar.vietnam();
        LocalDate dueBy = calendar.nextWorkingDay(calendar.nextWorkingDay(today));
        DossierEvents events = new DossierEvents(unit);
        events.received("A", "ho-tich", "IN_PERSON", at(today, "00:30"), at(today.plusDays(30), "17:00"));
        events.received("B", "ho-tich", "IN_PERSON", at(today.minusDays(10), "09:00"), at(today.minusDays(1), "17:00"));
        events.received("C", "ho-tich", "ONLINE", at(today.minusDays(5), "09:00"), at(today, "17:00"));
        events.received("D", "ho-tich", "IN_PERSON", at(today.minusDays(5), "09:00"), at(dueBy, "17:00"));
        events.received("E", "ho-tich", "IN_PERSON", at(today.minusDays(5), "09:00"), at(dueBy.plusDays(1), "17:00"));
        events.resolved("F", "ho-tich", "IN_PERSON", at(today.minusDays(3), "09:00"), at(today, "17:00"),
                at(today.minusDays(1), "10:00"));

        String supervisor = TestTokens.user("giam.sat").roles("supervisor").unit(unit).bearer();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            JsonPath live = given().header("Authorization", supervisor).get("/api/v1/reports/live")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(live.getString("day")).isEqualTo(today.toString());
            assertThat(live.getString("dueBy")).isEqualTo(dueBy.toString());
            assertThat(live.getInt("receivedToday")).isEqualTo(1);
            assertThat(live.getInt("inProgress")).isEqualTo(5);
            assertThat(live.getInt("overdue")).isEqualTo(1);
            assertThat(live.getInt("dueWithinWorkingDays")).isEqualTo(2);
        });
    }

    private static String at(LocalDate day, String time) {
        return day + "T" + time;
    }
}
