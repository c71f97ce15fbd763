package vn.motcua.intake.receipt;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static vn.motcua.intake.Fixtures.DAI_NGAI;
import static vn.motcua.intake.Fixtures.LONG_PHU_COMMUNE;
import static vn.motcua.intake.Fixtures.frontDesk;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.intake.Fixtures;
import vn.motcua.intake.MutableClock;

/** Forms 02 and 03 of Circular 01/2018 for what the desk did not accept, read back from the PDF as a person would. */
@QuarkusTest
class DeskFormsApiTest {

    @Inject
    MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static String desk(Map<String, Object> body) {
        return given().header("Authorization", frontDesk(LONG_PHU_COMMUNE)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/dossiers").then().statusCode(201).extract().path("dossier.id");
    }

    private static byte[] form(String id, String form) {
        return given().header("Authorization", frontDesk(LONG_PHU_COMMUNE)).get("/api/v1/dossiers/" + id + "/forms/" + form)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
    }

    @Test
    void aRequestHandedInIncompleteGetsForm02ListingWhatIsMissingUnderTheUnitsHeaderOfThatDay() throws Exception {
        clock.setVietnamTime(LocalDateTime.of(2022, 7, 15, 9, 5));
        String id = desk(Fixtures.birthRegistrationWithoutBirthCertificate());

        String text = PdfReading.text(form(id, "supplement-request"));

        assertThat(text)
                .contains("Mẫu số 02")
                .contains("HUYỆN LONG PHÚ") // the unit above Thị trấn Long Phú in 2022
                .contains("THỊ TRẤN LONG PHÚ")
                .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                .contains("Ngày 15 tháng 07 năm 2022")
                .contains("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ")
                .contains("Hồ sơ của: Nguyễn Thị Ánh Tuyết")
                .contains("Nội dung yêu cầu giải quyết: Đăng ký khai sinh (mã thủ tục 1.001193)")
                .contains("Hồ sơ nộp tại Bộ phận tiếp nhận và trả kết quả lúc 09 giờ 05 phút, ngày 15 tháng 07 năm 2022")
                .contains("1. Giấy chứng sinh hoặc giấy tờ thay thế Giấy chứng sinh (bản chính: 1).")
                .contains("Hồ sơ chưa được tiếp nhận")
                .contains("NGƯỜI HƯỚNG DẪN")
                .doesNotContain("Mã hồ sơ:") // never received, so it has no code
                .doesNotContain("Tờ khai đăng ký khai sinh theo mẫu"); // handed in, not missing
    }

    @Test
    void aRefusalAtTheDeskGetsForm03WithItsReasonAndAnyUnicodeTheApplicantTyped() throws Exception {
        clock.setVietnamTime(LocalDateTime.of(2026, 3, 12, 10, 0));
        Map<String, Object> body = Fixtures.birthRegistration();
        Map<String, Object> applicant = new LinkedHashMap<>(Fixtures.person());
        applicant.put("name", "Nguyễn Thị Ánh Tuyết 🌸");
        body.put("applicant", applicant);
        body.put("refusal", Map.of("reason", "Người yêu cầu không cư trú trên địa bàn; không thuộc thẩm quyền"));
        String id = desk(body);

        String text = PdfReading.text(form(id, "refusal"));

        assertThat(text)
                .contains("Mẫu số 03")
                .contains("PHIẾU TỪ CHỐI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ")
                .contains("Ngày 12 tháng 03 năm 2026")
                .contains("tiếp nhận hồ sơ của: Nguyễn Thị Ánh Tuyết ?") // the emoji DejaVu lacks, marked
                .contains("thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:")
                .contains("Người yêu cầu không cư trú trên địa bàn; không thuộc thẩm quyền")
                .contains("NGƯỜI TIẾP NHẬN HỒ SƠ")
                .doesNotContain("Mã hồ sơ:");
        // and a refused request has no supplement request, nor a receipt
        given().header("Authorization", frontDesk(LONG_PHU_COMMUNE)).get("/api/v1/dossiers/" + id + "/forms/supplement-request")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("this one is REFUSED"));
    }

    @Test
    void anOnlineDossierSentBackOrRefusedGetsItsFormWithItsCode() throws Exception {
        clock.setVietnamTime(LocalDateTime.of(2026, 3, 24, 10, 0));
        Map<String, Object> submission = new LinkedHashMap<>();
        submission.put("unitCode", LONG_PHU_COMMUNE);
        submission.put("procedureCode", "1.004873");
        submission.put("applicant", Fixtures.person());
        submission.put("components", List.of(Fixtures.component(1, 1, 0)));
        var sentBack = given().contentType(ContentType.JSON).body(submission).post("/api/v1/online/dossiers").then()
                .statusCode(201).extract();
        String id = sentBack.path("id");
        String code = sentBack.path("code");
        given().header("Authorization", frontDesk(LONG_PHU_COMMUNE)).contentType(ContentType.JSON)
                .body(Map.of("missingComponents", List.of(1), "note", "Tờ khai thiếu chữ ký"))
                .post("/api/v1/dossiers/" + id + "/request-supplement").then().statusCode(200);

        assertThat(PdfReading.text(form(id, "supplement-request")))
                .contains("Mã hồ sơ: " + code)
                .contains("Hồ sơ nộp trực tuyến lúc 10 giờ 00 phút, ngày 24 tháng 03 năm 2026")
                .contains("Ghi chú: Tờ khai thiếu chữ ký")
                .contains("gửi thành phần bổ sung trực tuyến với mã hồ sơ " + code);

        given().header("Authorization", frontDesk(LONG_PHU_COMMUNE)).contentType(ContentType.JSON)
                .body(Map.of("reason", "Không thuộc thẩm quyền giải quyết của xã"))
                .post("/api/v1/dossiers/" + id + "/refuse").then().statusCode(200);
        assertThat(PdfReading.text(form(id, "refusal")))
                .contains("Mã hồ sơ: " + code)
                .contains("Không thuộc thẩm quyền giải quyết của xã");
    }

    @Test
    void onlyTheFrontDeskOfTheDossiersUnitGetsItsFormsAndAnAcceptedDossierHasNone() {
        clock.setVietnamTime(LocalDateTime.of(2026, 3, 30, 9, 0));
        String incomplete = desk(Fixtures.birthRegistrationWithoutBirthCertificate());
        String accepted = desk(Fixtures.birthRegistration());
        String path = "/api/v1/dossiers/" + incomplete + "/forms/supplement-request";

        given().get(path).then().statusCode(401);
        given().header("Authorization", Fixtures.specialist(LONG_PHU_COMMUNE)).get(path).then().statusCode(403);
        // another unit's desk does not learn that the dossier exists
        given().header("Authorization", frontDesk(DAI_NGAI)).get(path).then().statusCode(404)
                .contentType("application/problem+json");
        for (String form : List.of("supplement-request", "refusal")) {
            given().header("Authorization", frontDesk(LONG_PHU_COMMUNE))
                    .get("/api/v1/dossiers/" + accepted + "/forms/" + form).then().statusCode(409)
                    .contentType("application/problem+json").body("detail", containsString("this one is ACCEPTED"));
        }
        given().header("Authorization", frontDesk(LONG_PHU_COMMUNE))
                .get("/api/v1/dossiers/" + incomplete + "/forms/refusal").then().statusCode(409);
    }
}
