package vn.motcua.intake.calendar;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.contracts.EventType;
import vn.motcua.contracts.Topics;
import vn.motcua.intake.Events;
import vn.motcua.intake.Fixtures;
import vn.motcua.intake.MutableClock;
import vn.motcua.testsupport.KafkaTestClient;

/** Working calendars stored per unit, seeded from the calendar module, changed by administrators. */
@QuarkusTest
class CalendarApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theDefaultCalendarHasTheShippedYearsAndTheDeskHours() {
        given().header("Authorization", Fixtures.frontDesk("31639")).get("/api/v1/calendars/default").then()
                .statusCode(200).body("weekdays", equalTo("MON-FRI"))
                .body("sessions", equalTo("07:00-11:30,13:30-17:00"))
                .body("years", equalTo(List.of(2022, 2023, 2024, 2025, 2026)));
        given().header("Authorization", Fixtures.frontDesk("31639")).get("/api/v1/calendars/default/holidays/2026")
                .then().statusCode(200)
                .body("date", hasItems("2026-02-16", "2026-02-20", "2026-01-02"))
                .body("find { it.date == '2026-01-10' }.kind", equalTo("WORKING_DAY"));
        given().get("/api/v1/calendars/default").then().statusCode(401);
        given().header("Authorization", Fixtures.frontDesk("31639")).get("/api/v1/calendars/default/holidays/2031")
                .then().statusCode(404);
    }

    @Test
    void dueDatesCrossTetAndSwappedSaturdays() {
        // received Friday 13 Feb 2026 at 16:00: Tết 14-22 Feb; 3 working days run from 23 Feb
        given().header("Authorization", Fixtures.frontDesk("31639"))
                .queryParam("procedure", "1.004873").queryParam("receivedAt", "2026-02-13T16:00:00+07:00")
                .get("/api/v1/calendars/default/due-date").then().statusCode(200)
                .body("dueAt", equalTo("2026-02-25T09:00:00Z")) // Wednesday 25 Feb 16:00
                .body("dueDate", equalTo("2026-02-25"))
                .body("confirmed", equalTo(true)).body("unconfirmedYears", equalTo(List.of()));
        // certification after 15:00 on Friday 9 Jan 2026: Saturday 10 Jan is a swapped working day
        given().header("Authorization", Fixtures.frontDesk("31639"))
                .queryParam("procedure", "2.000815").queryParam("receivedAt", "2026-01-09T15:30:00+07:00")
                .get("/api/v1/calendars/default/due-date").then().statusCode(200)
                .body("countingStartsAt", equalTo("2026-01-10T00:00:00Z"))
                .body("dueDate", equalTo("2026-01-10"));
        given().header("Authorization", Fixtures.frontDesk("31639"))
                .queryParam("procedure", "1.004873").queryParam("receivedAt", "yesterday")
                .get("/api/v1/calendars/default/due-date").then().statusCode(400)
                .body("errors[0].field", equalTo("receivedAt"));
    }

    @Test
    void aLandDossierReceivedInDecemberIsDueInAnUnannouncedYearAndTheAnswerSaysItIsNotConfirmed() {
        // 20 working days from Monday 7 Dec 2026: 1 Jan 2027 is a statutory day off, so due Tuesday 5 Jan
        given().header("Authorization", Fixtures.frontDesk("31639"))
                .queryParam("procedure", "1.013978").queryParam("receivedAt", "2026-12-07T09:00:00+07:00")
                .get("/api/v1/calendars/31639/due-date").then().statusCode(200)
                .body("dueAt", equalTo("2027-01-05T02:00:00Z"))
                .body("dueDate", equalTo("2027-01-05"))
                .body("confirmed", equalTo(false))
                .body("unconfirmedYears", equalTo(List.of(2027)));
    }

    @Test
    void aUnitWithItsOwnHoursGetsItsOwnDueDatesAndOthersKeepTheDefault() {
        clock.setVietnamTime(LocalDateTime.of(2026, 4, 17, 16, 0)); // Friday
        // Xã Tân Thạnh opens on Saturday mornings too
        given().header("Authorization", Fixtures.admin()).contentType(ContentType.JSON)
                .body(Map.of("weekdays", "MON-SAT", "sessions", "07:00-11:30,13:30-17:00", "reason", "Mở cửa sáng thứ Bảy"))
                .put("/api/v1/calendars/31666/hours").then().statusCode(200)
                .body("calendarId", equalTo("31666")).body("ownHours", equalTo(true));

        // 3 working days (24 h) from Friday 16:00: with Saturday, due Tuesday 16:00; without, Wednesday 16:00
        given().header("Authorization", Fixtures.frontDesk("31666")).contentType(ContentType.JSON)
                .body(Map.of("procedureCode", "1.004873", "channel", "IN_PERSON", "applicant", Fixtures.person(),
                        "components", List.of(Fixtures.component(1, 1, 0))))
                .post("/api/v1/dossiers").then().statusCode(201)
                .body("dossier.dueAt", equalTo("2026-04-21T09:00:00Z"));
        given().header("Authorization", Fixtures.frontDesk("31654")).contentType(ContentType.JSON)
                .body(Map.of("procedureCode", "1.004873", "channel", "IN_PERSON", "applicant", Fixtures.person(),
                        "components", List.of(Fixtures.component(1, 1, 0))))
                .post("/api/v1/dossiers").then().statusCode(201)
                .body("dossier.dueAt", equalTo("2026-04-22T09:00:00Z"));
    }

    @Test
    void anAdministratorReplacesAYearForOneUnit() {
        var days = List.of(
                Map.of("date", "2026-01-01", "kind", "DAY_OFF", "name", "Tết Dương lịch", "source", "12729/VPCP-KGVX"),
                Map.of("date", "2026-09-02", "kind", "DAY_OFF", "name", "Quốc khánh"),
                Map.of("date", "2026-11-20", "kind", "DAY_OFF", "name", "Ngày nghỉ riêng của đơn vị (thử nghiệm)"));
        given().header("Authorization", Fixtures.admin()).contentType(ContentType.JSON)
                .body(Map.of("days", days, "reason", "Lịch riêng thử nghiệm")).put("/api/v1/calendars/31645/holidays/2026")
                .then().statusCode(200).body("date", hasItem("2026-11-20"));
        given().header("Authorization", Fixtures.frontDesk("31645")).get("/api/v1/calendars/31645").then()
                .body("ownYears", equalTo(List.of(2026))).body("ownHours", equalTo(false));
        given().header("Authorization", Fixtures.frontDesk("31645")).get("/api/v1/calendars/default/holidays/2026").then()
                .body("date", org.hamcrest.Matchers.not(hasItem("2026-11-20")));
    }

    @Test
    void theSeededCalendarAndAnAdministratorsEditArePublishedForTheOtherServices() throws Exception {
        var beginning = new KafkaTestClient.Position(Topics.REFERENCE, Map.of());
        JsonNode seeded = JSON.readTree(Events.withKey(beginning, "calendar:default", 1).get(0).value());
        assertThat(seeded.path("weekdays").asText()).isEqualTo("MON-FRI");
        assertThat(seeded.findValuesAsText("year")).containsExactly("2022", "2023", "2024", "2025", "2026");

        KafkaTestClient.Position from = Events.position(Topics.REFERENCE);
        var days = List.of(Map.of("date", "2027-01-01", "kind", "DAY_OFF", "name", "Tết Dương lịch"),
                Map.of("date", "2027-01-04", "kind", "DAY_OFF", "name", "Nghỉ riêng của đơn vị (thử nghiệm)"));
        given().header("Authorization", Fixtures.admin()).contentType(ContentType.JSON)
                .body(Map.of("days", days, "reason", "Lịch 2027 của xã")).put("/api/v1/calendars/31663/holidays/2027")
                .then().statusCode(200);
        JsonNode edited = JSON.readTree(Events.one(from, "calendar:31663", EventType.CALENDAR_PUBLISHED.type()).value());
        assertThat(edited.path("calendarId").asText()).isEqualTo("31663");
        assertThat(edited.path("weekdays").isNull()).isTrue();
        assertThat(edited.at("/years/0/year").asInt()).isEqualTo(2027);
        assertThat(edited.at("/years/0/days").findValuesAsText("date")).containsExactly("2027-01-01", "2027-01-04");

        // the unit's 2027 is now announced: its due dates are confirmed and skip its own day off
        given().header("Authorization", Fixtures.frontDesk("31663"))
                .queryParam("procedure", "1.013978").queryParam("receivedAt", "2026-12-07T09:00:00+07:00")
                .get("/api/v1/calendars/31663/due-date").then().statusCode(200)
                .body("dueDate", equalTo("2027-01-06")).body("confirmed", equalTo(true));
    }

    @Test
    void calendarChangesAreCheckedAndForAdministrators() {
        given().header("Authorization", Fixtures.frontDesk("31639")).contentType(ContentType.JSON)
                .body(Map.of("weekdays", "MON-FRI", "sessions", "07:00-11:30")).put("/api/v1/calendars/default/hours")
                .then().statusCode(403);
        given().header("Authorization", Fixtures.admin()).contentType(ContentType.JSON)
                .body(Map.of("weekdays", "MON-FRI", "sessions", "11:30-07:00")).put("/api/v1/calendars/default/hours")
                .then().statusCode(400).body("errors[0].field", equalTo("sessions"));
        given().header("Authorization", Fixtures.admin()).contentType(ContentType.JSON)
                .body(Map.of("weekdays", "MONDAY-FUNDAY", "sessions", "07:00-11:30")).put("/api/v1/calendars/default/hours")
                .then().statusCode(400).body("errors[0].field", equalTo("weekdays"));
        var twice = List.of(Map.of("date", "2027-01-01", "kind", "DAY_OFF", "name", "Tết"),
                Map.of("date", "2027-01-01", "kind", "DAY_OFF", "name", "Tết Dương lịch"));
        given().header("Authorization", Fixtures.admin()).contentType(ContentType.JSON).body(Map.of("days", twice))
                .put("/api/v1/calendars/default/holidays/2027").then().statusCode(400).body("errors[0].field", equalTo("days"));
        given().header("Authorization", Fixtures.admin()).contentType(ContentType.JSON)
                .body(Map.of("weekdays", "MON-FRI", "sessions", "07:00-11:30")).put("/api/v1/calendars/77777/hours")
                .then().statusCode(404);
    }
}
