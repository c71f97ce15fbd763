package vn.motcua.workflow.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.motcua.contracts.reference.CalendarPublished;
import vn.motcua.workflow.testing.TestDossiers;
import vn.motcua.workflow.testing.TestDossiers.Announced;

/**
 * Step deadlines count the working calendar intake publishes on motcua.reference: the unit's own holiday years
 * over the national ones, and the statutory days off for a year nobody announced (2027 here).
 */
@QuarkusTest
class PublishedCalendarTest {

    private static final String UNIT_WITH_OWN_2027 = "31652";
    private static final String UNIT_WITHOUT_OWN_CALENDAR = "31653";
    /** Friday 8 January 2027 17:00; test dossiers are received five days earlier, on Sunday 3 January at 17:00. */
    private static final Instant FRIDAY_CLOSING = Instant.parse("2027-01-08T10:00:00Z");

    @Test
    void aHolidayAnAdministratorAddedInIntakeMovesTheStepDeadline() throws Exception {
        // the unit's 2027: New Year and, as its own decision, Monday 4 January off
        String payload = """
                {"calendarId":"%s","weekdays":null,"sessions":null,"publishedAt":"%s","years":[{"year":2027,"days":[
                 {"date":"2027-01-01","kind":"DAY_OFF","name":"Tết Dương lịch","source":""},
                 {"date":"2027-01-04","kind":"DAY_OFF","name":"Nghỉ bù (thử nghiệm)","source":"QĐ 1/UBND"}]}]}"""
                .formatted(UNIT_WITH_OWN_2027, Instant.now());
        TestDossiers.publishCalendar(CalendarPublished.key(UNIT_WITH_OWN_2027), payload);

        // Tuesday to Friday: 4 x 8 h; the receive step (5%) is due Tuesday 07:00 + 96 min = 08:36
        Announced own = TestDossiers.received(UNIT_WITH_OWN_2027, FRIDAY_CLOSING);
        assertEquals(1, TestDossiers.count(
                "select count(*) from dossier_case where id = ? and total_working_minutes = 1920", own.id()));
        given().header("Authorization", DossierActionsTest.bearer("leader", UNIT_WITH_OWN_2027))
                .get("/api/v1/dossiers/{code}/control-sheet", own.code()).then().statusCode(200)
                .body("rows[0].dueAt", equalTo("2027-01-05T01:36:00Z"));

        // a unit without its own calendar keeps the national one; 2027 is not announced: statutory days only,
        // so Monday 4 January is worked: 5 x 8 h, the receive step is due Monday 07:00 + 120 min
        Announced national = TestDossiers.received(UNIT_WITHOUT_OWN_CALENDAR, FRIDAY_CLOSING);
        assertEquals(1, TestDossiers.count(
                "select count(*) from dossier_case where id = ? and total_working_minutes = 2400", national.id()));
        given().header("Authorization", DossierActionsTest.bearer("leader", UNIT_WITHOUT_OWN_CALENDAR))
                .get("/api/v1/dossiers/{code}/control-sheet", national.code()).then().statusCode(200)
                .body("rows[0].dueAt", equalTo("2027-01-04T02:00:00Z"));
    }
}
