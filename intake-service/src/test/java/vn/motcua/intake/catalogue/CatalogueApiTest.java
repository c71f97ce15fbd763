package vn.motcua.intake.catalogue;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.contracts.EventType;
import vn.motcua.contracts.Topics;
import vn.motcua.intake.Events;
import vn.motcua.intake.Fixtures;
import vn.motcua.testsupport.KafkaTestClient;

/** The public catalogue: search without a token, with or without Vietnamese accents; versions. */
@QuarkusTest
class CatalogueApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> codesFound(String query) {
        return given().queryParam("q", query).queryParam("date", "2026-03-10").get("/api/v1/procedures")
                .then().statusCode(200).extract().jsonPath().getList("items.code", String.class);
    }

    @Test
    void aCitizenFindsBirthRegistrationWithOrWithoutAccentsAndInAnyCase() {
        for (String query : List.of("Đăng ký khai sinh", "dang ky khai sinh", "DANG KY KHAI SINH", "ĐĂNG KÝ KHAI SINH",
                "khai sinh dang ky", "dăng ký khai sinh")) {
            assertThat(codesFound(query)).as(query).first().isEqualTo("1.001193");
        }
        assertThat(codesFound("dang ky khai sinh")).contains("1.004884", "1.000689");
        assertThat(codesFound("chung thuc chu ky")).containsExactly("2.000884");
        assertThat(codesFound("1.001193")).containsExactly("1.001193");
        assertThat(codesFound("giấy chứng nhận kết hôn ly hôn không có")).isEmpty();
    }

    @Test
    void theCatalogueShipsTwentyRealProceduresInTheFieldsOfTheReferenceCase() {
        given().queryParam("date", "2022-07-15").queryParam("size", 100).get("/api/v1/procedures").then()
                .statusCode(200).body("total", greaterThanOrEqualTo(20))
                .body("items.fieldCode", hasItems("ho-tich", "chung-thuc", "ho-kinh-doanh", "tai-nguyen-nuoc",
                        "hop-tac-xa"));
        // land: the procedure code of the Land Law 2024 is in force from 2024-08-01
        given().queryParam("field", "dat-dai").queryParam("date", "2024-09-01").get("/api/v1/procedures").then()
                .statusCode(200).body("items.code", hasItem("1.013978"));
        given().get("/api/v1/fields").then().statusCode(200).body("$", hasSize(6))
                .body("name", hasItems("Hộ tịch", "Chứng thực", "Đất đai", "Tài nguyên nước", "Hộ kinh doanh", "Hợp tác xã"));
    }

    @Test
    void searchesByFieldAndLevelArePaged() {
        given().queryParam("field", "chung-thuc").queryParam("date", "2022-07-15").get("/api/v1/procedures").then()
                .statusCode(200).body("items.fieldCode", everyItem(equalTo("chung-thuc"))).body("total", equalTo(4));
        // district-level procedures existed in 2022; districts ended on 2025-07-01
        given().queryParam("level", "district").queryParam("date", "2022-07-15").get("/api/v1/procedures").then()
                .statusCode(200).body("items.code", hasItems("1.001612", "2.000575", "2.000815"));
        given().queryParam("level", "DISTRICT").queryParam("date", "2026-03-10").get("/api/v1/procedures").then()
                .statusCode(200).body("total", equalTo(0));
        var page0 = given().queryParam("size", 5).queryParam("date", "2026-03-10").get("/api/v1/procedures").then()
                .statusCode(200).body("items", hasSize(5)).extract().jsonPath();
        var page1 = given().queryParam("size", 5).queryParam("page", 1).queryParam("date", "2026-03-10")
                .get("/api/v1/procedures").then().statusCode(200).body("items", hasSize(5)).extract().jsonPath();
        assertThat(page1.getList("items.code")).doesNotContainAnyElementsOf(page0.getList("items.code"));
        assertThat(page0.getInt("total")).isEqualTo(page1.getInt("total"));
    }

    @Test
    void aProcedureShowsTheVersionInForceOnADateAndItsDemoValues() {
        given().queryParam("date", "2022-07-15").get("/api/v1/procedures/1.001612").then().statusCode(200)
                .body("version", equalTo(1)).body("levels", equalTo(List.of("DISTRICT")))
                .body("validTo", equalTo("2025-07-01"))
                .body("versions.version", equalTo(List.of(1, 2)));
        given().queryParam("date", "2026-03-10").get("/api/v1/procedures/1.001612").then().statusCode(200)
                .body("version", equalTo(2)).body("levels", equalTo(List.of("COMMUNE")))
                .body("demoValues", hasItem("levels"));
        given().get("/api/v1/procedures/1.001193").then().statusCode(200)
                .body("name", equalTo("Đăng ký khai sinh"))
                .body("processingTime.amount", equalTo(0)).body("processingTime.cutOff", equalTo("15:00"))
                .body("fees[0].amountVnd", equalTo(0))
                .body("components", hasSize(3)).body("components[2].mandatory", equalTo(false));
        given().get("/api/v1/procedures/1.004884").then().statusCode(200)
                .body("demoValues", hasItems("processingTime", "fees"));
        given().get("/api/v1/procedures/9.999999").then().statusCode(404).contentType("application/problem+json");
        given().queryParam("date", "2010-01-01").get("/api/v1/procedures/1.001193").then().statusCode(404);
    }

    @Test
    void badSearchParametersAreNamed() {
        given().queryParam("size", 500).get("/api/v1/procedures").then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().queryParam("level", "HAMLET").get("/api/v1/procedures").then().statusCode(400)
                .body("errors[0].field", equalTo("level"));
        given().queryParam("field", "thue").get("/api/v1/procedures").then().statusCode(400)
                .body("errors[0].field", equalTo("field"));
        given().queryParam("date", "15/07/2022").get("/api/v1/procedures").then().statusCode(400)
                .body("errors[0].field", equalTo("date"));
    }

    private static Map<String, Object> draft(String validFrom) {
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("name", "Đăng ký khai sinh");
        draft.put("fieldCode", "ho-tich");
        draft.put("levels", List.of("COMMUNE"));
        draft.put("processingTime", Map.of("amount", 0, "unit", "WORKING_DAYS", "cutOff", "15:00"));
        draft.put("components", List.of(
                Map.of("name", "Tờ khai đăng ký khai sinh theo mẫu", "originals", 1, "copies", 0, "mandatory", true),
                Map.of("name", "Giấy chứng sinh hoặc giấy tờ thay thế Giấy chứng sinh", "originals", 1, "copies", 0,
                        "mandatory", true)));
        draft.put("fees", List.of(Map.of("description", "Miễn lệ phí đăng ký khai sinh đúng hạn", "amountVnd", 0)));
        draft.put("onlineLevel", "FULL");
        draft.put("resultOnPaper", true);
        draft.put("validFrom", validFrom);
        draft.put("reason", "Bỏ văn bản ủy quyền khỏi danh mục (thử nghiệm)");
        return draft;
    }

    @Test
    void theCatalogueIsTheProvincesOnlyItsAdminPublishes() {
        String communeAdmin = vn.motcua.testsupport.TestTokens.user("admin.31654").roles("admin").unit("31654").bearer();
        given().header("Authorization", communeAdmin).contentType(ContentType.JSON).body(draft("2028-01-01"))
                .post("/api/v1/procedures/1.001193/versions").then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("Only the provincial administrator may change the procedure catalogue"));
    }

    @Test
    void anAdministratorPublishesAVersionAndItIsAnnouncedWithEveryVersion() throws Exception {
        KafkaTestClient.Position from = Events.position(Topics.REFERENCE);
        given().header("Authorization", Fixtures.admin()).contentType(ContentType.JSON).body(draft("2027-01-01"))
                .post("/api/v1/procedures/1.001193/versions").then().statusCode(201)
                .body("version", equalTo(2)).body("components", hasSize(2));

        given().queryParam("date", "2026-12-31").get("/api/v1/procedures/1.001193").then().body("version", equalTo(1))
                .body("validTo", equalTo("2027-01-01"));
        given().queryParam("date", "2027-01-01").get("/api/v1/procedures/1.001193").then().body("version", equalTo(2));

        JsonNode event = JSON.readTree(Events.one(from, "1.001193", EventType.PROCEDURE_PUBLISHED.type()).value());
        assertThat(event.path("versions")).hasSize(2);
        assertThat(event.at("/versions/0/validTo").asText()).isEqualTo("2027-01-01");
        assertThat(event.at("/versions/1/components/1/name").asText()).startsWith("Giấy chứng sinh");

        // versions go forward in time
        given().header("Authorization", Fixtures.admin()).contentType(ContentType.JSON).body(draft("2026-12-01"))
                .post("/api/v1/procedures/1.001193/versions").then().statusCode(409)
                .body("errors[0].field", equalTo("validFrom"));
    }

    @Test
    void publishingIsForAdministratorsAndChecksTheDraft() throws Exception {
        KafkaTestClient.Position from = Events.position(Topics.REFERENCE);
        given().contentType(ContentType.JSON).body(draft("2027-02-01")).post("/api/v1/procedures/1.000656/versions")
                .then().statusCode(401);
        given().header("Authorization", Fixtures.frontDesk("31639")).contentType(ContentType.JSON).body(draft("2027-02-01"))
                .post("/api/v1/procedures/1.000656/versions").then().statusCode(403);
        Map<String, Object> bad = draft("2027-02-01");
        bad.put("fieldCode", "thue");
        given().header("Authorization", Fixtures.admin()).contentType(ContentType.JSON).body(bad)
                .post("/api/v1/procedures/1.000656/versions").then().statusCode(400)
                .body("errors[0].field", equalTo("fieldCode"));
        Map<String, Object> noComponents = draft("2027-02-01");
        noComponents.put("components", List.of());
        given().header("Authorization", Fixtures.admin()).contentType(ContentType.JSON).body(noComponents)
                .post("/api/v1/procedures/1.000656/versions").then().statusCode(400)
                .body("errors[0].field", equalTo("components"));
        Map<String, Object> badHour = draft("2027-02-01");
        badHour.put("processingTime", Map.of("amount", 0, "unit", "WORKING_DAYS", "cutOff", "3pm"));
        given().header("Authorization", Fixtures.admin()).contentType(ContentType.JSON).body(badHour)
                .post("/api/v1/procedures/1.000656/versions").then().statusCode(400)
                .body("errors[0].field", equalTo("processingTime.cutOff"));
        Events.assertNoneAfter(from);
    }
}
