package vn.motcua.intake.unit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.motcua.contracts.EventType;
import vn.motcua.contracts.Topics;
import vn.motcua.intake.Events;
import vn.motcua.intake.Fixtures;
import vn.motcua.testsupport.EventSchemas;
import vn.motcua.testsupport.KafkaTestClient;

/** Effective-dated units: the tree as of any date, the 2025 reform, and the administrator's changes. */
@QuarkusTest
class UnitApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void in2022LongPhuDistrictHasItsElevenCommunesUnderSocTrang() {
        var tree = given().queryParam("date", "2022-07-15").get("/api/v1/units/tree").then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> roots = tree.getList("units");
        assertThat(roots).extracting(r -> r.get("code")).containsExactly("92", "94");
        var socTrang = tree.getList("units.find { it.code == '94' }.children.code", String.class);
        assertThat(socTrang).containsExactly("941", "942", "943", "944", "945", "946", "947", "948", "949", "950", "951");
        List<String> communes = tree.getList("units.find { it.code == '94' }.children.find { it.code == '946' }.children.name",
                String.class);
        assertThat(communes).containsExactly("Thị trấn Long Phú", "Xã Song Phụng", "Thị trấn Đại Ngãi", "Xã Hậu Thạnh",
                "Xã Long Đức", "Xã Trường Khánh", "Xã Phú Hữu", "Xã Tân Hưng", "Xã Châu Khánh", "Xã Tân Thạnh",
                "Xã Long Phú");
    }

    @Test
    void afterTheReformTheCommunesSitUnderCanTho() {
        given().queryParam("date", "2025-07-01").get("/api/v1/units/tree").then().statusCode(200)
                .body("units", hasSize(1))
                .body("units[0].code", equalTo("92"))
                .body("units[0].name", equalTo("Thành phố Cần Thơ"))
                .body("units[0].children.code", equalTo(List.of("31552", "31639", "31645", "31654", "31666")))
                .body("units[0].children.find { it.code == '31639' }.name", equalTo("Xã Long Phú"));
    }

    @Test
    void aCodeKeepsItsHistoryAndAbolishedUnitsRemapToTodaysUnits() {
        given().queryParam("date", "2022-07-15").get("/api/v1/units/31639").then().statusCode(200)
                .body("inForce.name", equalTo("Thị trấn Long Phú")).body("inForce.parentCode", equalTo("946"))
                .body("versions", hasSize(2)).body("successorsInForce", equalTo(List.of("31639")));
        given().queryParam("date", "2026-01-05").get("/api/v1/units/31639").then().statusCode(200)
                .body("inForce.name", equalTo("Xã Long Phú")).body("inForce.version", equalTo(2))
                .body("inForce.electronicIdDemo", equalTo(true));
        given().queryParam("date", "2026-01-05").get("/api/v1/units/31648").then().statusCode(200)
                .body("inForce", nullValue()).body("successorsInForce", equalTo(List.of("31654")));
        given().queryParam("date", "2026-01-05").get("/api/v1/units/946").then().statusCode(200)
                .body("successorsInForce", equalTo(List.of("31552", "31639", "31645", "31654", "31666")));
        given().queryParam("date", "2026-01-05").get("/api/v1/units/94").then().statusCode(200)
                .body("successorsInForce", equalTo(List.of("92")));
        given().get("/api/v1/units/12345").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theShippedUnitsWerePublishedForOtherServicesWithTheirWholeHistory() throws Exception {
        var beginning = new KafkaTestClient.Position(Topics.REFERENCE, Map.of());
        ConsumerRecord<String, String> latest = Events.withKey(beginning, "31639", 1).get(0);
        EventSchemas.assertValid(EventType.UNIT_CHANGED.type(), latest.value());
        JsonNode unit = JSON.readTree(latest.value());
        assertThat(unit.path("versions")).hasSize(2);
        assertThat(unit.at("/versions/0/name").asText()).isEqualTo("Thị trấn Long Phú");
        assertThat(unit.at("/versions/1/name").asText()).isEqualTo("Xã Long Phú");
    }

    private static Map<String, Object> newUnit(String code) {
        Map<String, Object> unit = new LinkedHashMap<>();
        unit.put("code", code);
        unit.put("name", "Xã Thử Nghiệm");
        unit.put("level", "COMMUNE");
        unit.put("parentCode", "92");
        unit.put("electronicId", "000.00.99.H92");
        unit.put("electronicIdDemo", true);
        unit.put("validFrom", "2026-01-01");
        unit.put("reason", "Đơn vị thử nghiệm");
        return unit;
    }

    @Test
    void anAdministratorAddsAndChangesUnitsAndEachChangeIsAnnouncedUnderItsCode() throws Exception {
        KafkaTestClient.Position from = Events.position(Topics.REFERENCE);
        given().header("Authorization", Fixtures.admin()).contentType(ContentType.JSON).body(newUnit("39999"))
                .post("/api/v1/units").then().statusCode(201).body("[0].name", equalTo("Xã Thử Nghiệm"));
        JsonNode created = JSON.readTree(Events.one(from, "39999", EventType.UNIT_CHANGED.type()).value());
        assertThat(created.path("versions")).hasSize(1);

        KafkaTestClient.Position beforeMerger = Events.position(Topics.REFERENCE);
        Map<String, Object> merged = Map.of("name", "Xã Thử Nghiệm", "level", "COMMUNE", "parentCode", "92",
                "electronicId", "000.00.99.H92", "electronicIdDemo", true, "validFrom", "2026-06-01",
                "predecessorCodes", List.of("31552"), "reason", "Sáp nhập thử nghiệm");
        given().header("Authorization", Fixtures.admin()).contentType(ContentType.JSON).body(merged)
                .post("/api/v1/units/39999/versions").then().statusCode(201).body("", hasSize(2))
                .body("[0].validTo", equalTo("2026-06-01"));
        JsonNode grown = JSON.readTree(Events.one(beforeMerger, "39999", EventType.UNIT_CHANGED.type()).value());
        assertThat(grown.path("versions")).hasSize(2);
        // the predecessor's record changes too: it now names its successor
        JsonNode predecessor = JSON.readTree(Events.one(beforeMerger, "31552", EventType.UNIT_CHANGED.type()).value());
        assertThat(predecessor.at("/successors/0/code").asText()).isEqualTo("39999");

        String etag = given().queryParam("date", "2026-07-01").get("/api/v1/units/39999").then().statusCode(200)
                .extract().header("ETag");
        Map<String, Object> correction = Map.of("name", "Xã Thử Nghiệm", "electronicId", "000.00.98.H92",
                "electronicIdDemo", false, "reason", "Mã định danh chính thức");
        given().header("Authorization", Fixtures.admin()).contentType(ContentType.JSON).body(correction)
                .put("/api/v1/units/39999/versions/2").then().statusCode(428);
        given().header("Authorization", Fixtures.admin()).header("If-Match", etag).contentType(ContentType.JSON)
                .body(correction).put("/api/v1/units/39999/versions/2").then().statusCode(200)
                .body("[1].electronicId", equalTo("000.00.98.H92"));
        given().header("Authorization", Fixtures.admin()).header("If-Match", etag).contentType(ContentType.JSON)
                .body(correction).put("/api/v1/units/39999/versions/2").then().statusCode(412);

        given().header("Authorization", Fixtures.admin()).contentType(ContentType.JSON)
                .body(Map.of("validTo", "2026-09-01", "successorCodes", List.of("31639"), "reason", "Giải thể thử nghiệm"))
                .post("/api/v1/units/39999/end").then().statusCode(200).body("[1].validTo", equalTo("2026-09-01"));
        given().queryParam("date", "2026-09-01").get("/api/v1/units/39999").then()
                .body("inForce", nullValue()).body("successorsInForce", equalTo(List.of("31639")));
        // an ended code is never reused
        given().header("Authorization", Fixtures.admin()).contentType(ContentType.JSON)
                .body(Map.of("name", "Xã Khác", "level", "COMMUNE", "parentCode", "92", "validFrom", "2027-01-01"))
                .post("/api/v1/units/39999/versions").then().statusCode(409).body("errors[0].field", equalTo("code"));
    }

    @Test
    void unitChangesAreForAdministratorsAndChecked() throws Exception {
        KafkaTestClient.Position from = Events.position(Topics.REFERENCE);
        given().contentType(ContentType.JSON).body(newUnit("39998")).post("/api/v1/units").then().statusCode(401);
        given().header("Authorization", Fixtures.frontDesk("31639")).contentType(ContentType.JSON).body(newUnit("39998"))
                .post("/api/v1/units").then().statusCode(403);
        given().header("Authorization", Fixtures.admin()).contentType(ContentType.JSON)
                .body(Fixtures.with(newUnit("39998"), "electronicId", "H92.000")).post("/api/v1/units").then()
                .statusCode(400).body("errors[0].field", equalTo("electronicId"));
        given().header("Authorization", Fixtures.admin()).contentType(ContentType.JSON)
                .body(Fixtures.with(newUnit("39998"), "parentCode", "946")).post("/api/v1/units").then()
                .statusCode(400).body("errors[0].field", equalTo("parentCode")); // 946 ended before 2026
        given().header("Authorization", Fixtures.admin()).contentType(ContentType.JSON)
                .body(newUnit("31639")).post("/api/v1/units").then().statusCode(409);
        Events.assertNoneAfter(from);
    }
}
