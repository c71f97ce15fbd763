package vn.motcua.intake.reception;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.intake.Fixtures.LONG_PHU_COMMUNE;
import static vn.motcua.intake.Fixtures.birthRegistration;
import static vn.motcua.intake.Fixtures.frontDesk;
import static vn.motcua.intake.Fixtures.with;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.contracts.Topics;
import vn.motcua.intake.Events;
import vn.motcua.intake.Fixtures;
import vn.motcua.intake.MutableClock;
import vn.motcua.testsupport.KafkaTestClient;

/** Every kind of bad input gets a 4xx problem naming the field, and nothing is stored or published. */
@QuarkusTest
class BadInputTest {

    @Inject
    MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** One bad request and what it must answer. */
    record Case(String name, Supplier<Response> request, int status, String field) {
    }

    private static Response desk(Object body) {
        return given().header("Authorization", frontDesk(LONG_PHU_COMMUNE)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/dossiers");
    }

    private static Map<String, Object> applicantWith(String key, Object value) {
        Map<String, Object> applicant = new LinkedHashMap<>(Fixtures.person());
        applicant.put(key, value);
        return with(birthRegistration(), "applicant", applicant);
    }

    private static Map<String, Object> online(Map<String, Object> changes) {
        Map<String, Object> body = new LinkedHashMap<>(birthRegistration());
        body.remove("channel");
        body.put("unitCode", LONG_PHU_COMMUNE);
        body.putAll(changes);
        return body;
    }

    private static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("unknown procedure", () -> desk(with(birthRegistration(), "procedureCode", "9.999999")), 400,
                "procedureCode"));
        cases.add(new Case("malformed procedure code", () -> desk(with(birthRegistration(), "procedureCode", "khai sinh")),
                400, "procedureCode"));
        cases.add(new Case("missing applicant name", () -> desk(applicantWith("name", " ")), 400, "applicant.name"));
        cases.add(new Case("missing applicant", () -> desk(with(birthRegistration(), "applicant", null)), 400,
                "applicant"));
        cases.add(new Case("malformed identity number", () -> desk(applicantWith("idNumber", "12345")), 400,
                "applicant.idNumber"));
        cases.add(new Case("identity number of another year of birth", () -> desk(applicantWith("dateOfBirth",
                "1990-01-01")), 400, "applicant.idNumber"));
        cases.add(new Case("malformed phone", () -> desk(applicantWith("phone", "12-34")), 400, "applicant.phone"));
        cases.add(new Case("malformed email", () -> desk(applicantWith("email", "not-an-email")), 400, "applicant.email"));
        cases.add(new Case("birth in the future", () -> desk(applicantWith("dateOfBirth", "2099-01-01")), 400,
                "applicant.dateOfBirth"));
        cases.add(new Case("unknown component", () -> desk(with(birthRegistration(), "components",
                List.of(Fixtures.component(9, 1, 0)))), 400, "components[0].no"));
        cases.add(new Case("component listed twice", () -> desk(with(birthRegistration(), "components",
                List.of(Fixtures.component(1, 1, 0), Fixtures.component(1, 1, 0), Fixtures.component(2, 1, 0)))), 400,
                "components[1].no"));
        cases.add(new Case("negative count", () -> desk(with(birthRegistration(), "components",
                List.of(Fixtures.component(1, -1, 0)))), 400, "components.originals"));
        cases.add(new Case("online channel at the desk", () -> desk(with(birthRegistration(), "channel", "ONLINE")), 400,
                "channel"));
        cases.add(new Case("unknown channel", () -> desk(with(birthRegistration(), "channel", "FAX")), 400, "channel"));
        cases.add(new Case("empty refusal reason", () -> desk(with(birthRegistration(), "refusal", Map.of("reason", ""))),
                400, "refusal.reason"));
        cases.add(new Case("malformed idempotency key", () -> given().header("Authorization", frontDesk(LONG_PHU_COMMUNE))
                .header("Idempotency-Key", "x".repeat(101)).contentType(ContentType.JSON).body(birthRegistration())
                .post("/api/v1/dossiers"), 400, "Idempotency-Key"));
        cases.add(new Case("not JSON", () -> given().header("Authorization", frontDesk(LONG_PHU_COMMUNE))
                .contentType(ContentType.JSON).body("{\"procedureCode\": ").post("/api/v1/dossiers"), 400, null));
        cases.add(new Case("wrong content type", () -> given().header("Authorization", frontDesk(LONG_PHU_COMMUNE))
                .contentType(ContentType.TEXT).body("procedureCode=1.001193").post("/api/v1/dossiers"), 415,
                "Content-Type"));
        cases.add(new Case("oversized body", () -> desk(with(birthRegistration(), "notes", "x".repeat(70_000))), 413,
                null));
        cases.add(new Case("notes too long", () -> desk(with(birthRegistration(), "notes", "x".repeat(2_001))), 400,
                "notes"));
        cases.add(new Case("front desk of a unit that no longer exists", () -> given()
                .header("Authorization", frontDesk(Fixtures.LONG_PHU_DISTRICT)).contentType(ContentType.JSON)
                .body(Fixtures.householdBusiness()).post("/api/v1/dossiers"), 403, null));
        cases.add(new Case("online: unknown unit", () -> given().contentType(ContentType.JSON)
                .body(online(Map.of("unitCode", "99999"))).post("/api/v1/online/dossiers"), 400, "unitCode"));
        cases.add(new Case("online: mandatory component missing", () -> given().contentType(ContentType.JSON)
                .body(online(Map.of("components", List.of(Fixtures.component(1, 1, 0))))).post("/api/v1/online/dossiers"),
                400, "components"));
        cases.add(new Case("online: a procedure done only at the desk", () -> given().contentType(ContentType.JSON)
                .body(online(Map.of("procedureCode", "2.000815"))).post("/api/v1/online/dossiers"), 400,
                "procedureCode"));
        return cases;
    }

    @Test
    void badReceptionsAreRefusedNamingTheFieldAndLeaveNoTrace() throws Exception {
        clock.setVietnamTime(LocalDateTime.of(2026, 3, 19, 9, 0));
        long dossiersBefore = Events.count("select count(*) from dossier");
        long countersBefore = Events.count("select coalesce(sum(last_value), 0) from dossier_code_counter");
        KafkaTestClient.Position from = Events.position(Topics.DOSSIER);

        for (Case c : cases()) {
            Response response = c.request().get();
            assertThat(response.statusCode()).as(c.name() + ": " + response.asString()).isEqualTo(c.status());
            assertThat(response.contentType()).as(c.name()).startsWith("application/problem+json");
            if (c.field() != null) {
                assertThat(response.jsonPath().getList("errors.field", String.class)).as(c.name() + ": " + response.asString())
                        .contains(c.field());
            }
        }

        assertThat(Events.count("select count(*) from dossier")).isEqualTo(dossiersBefore);
        assertThat(Events.count("select coalesce(sum(last_value), 0) from dossier_code_counter")).isEqualTo(countersBefore);
        Events.assertNoneAfter(from);
    }

    @Test
    void in2022AProcedureNotYetInForceOrOfAnotherLevelIsRefused() throws Exception {
        clock.setVietnamTime(LocalDateTime.of(2022, 7, 15, 9, 0));
        long dossiersBefore = Events.count("select count(*) from dossier");
        KafkaTestClient.Position from = Events.position(Topics.DOSSIER);

        // the first-time land registration of the Land Law 2024 (1.013978) starts on 2024-08-01
        Response land = given().header("Authorization", frontDesk(Fixtures.LONG_PHU_DISTRICT))
                .contentType(ContentType.JSON).body(with(Fixtures.householdBusiness(), "procedureCode", "1.013978"))
                .post("/api/v1/dossiers");
        assertThat(land.statusCode()).isEqualTo(400);
        assertThat(land.jsonPath().getString("errors[0].field")).isEqualTo("procedureCode");
        assertThat(land.jsonPath().getString("detail")).contains("not in force on 2022-07-15");

        // household businesses registered at the district until 2025, not at a commune desk
        Response commune = desk(Fixtures.householdBusiness());
        assertThat(commune.statusCode()).isEqualTo(400);
        assertThat(commune.jsonPath().getString("errors[0].field")).isEqualTo("procedureCode");
        assertThat(commune.jsonPath().getString("detail")).contains("not by a COMMUNE desk");

        assertThat(Events.count("select count(*) from dossier")).isEqualTo(dossiersBefore);
        Events.assertNoneAfter(from);
    }
}
