package vn.motcua.intake.receipt;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.intake.Fixtures.LONG_PHU_COMMUNE;
import static vn.motcua.intake.Fixtures.frontDesk;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.intake.Fixtures;
import vn.motcua.intake.MutableClock;

/** The receipt (form 01) as the desk prints it. */
@QuarkusTest
class ReceiptApiTest {

    @Inject
    MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anAcceptedDossierHasAVietnameseReceiptWithItsCodeSecretAndQrCode() throws Exception {
        clock.setVietnamTime(LocalDateTime.of(2022, 7, 15, 9, 5));
        var accepted = given().header("Authorization", frontDesk(LONG_PHU_COMMUNE)).contentType(ContentType.JSON)
                .body(Fixtures.birthRegistration()).post("/api/v1/dossiers").then().statusCode(201).extract();
        String id = accepted.path("dossier.id");
        String code = accepted.path("dossier.code");
        String secret = accepted.path("lookupSecret");
        assertThat(code).startsWith("000.01.35.H51-220715-"); // Thị trấn Long Phú's identifier in 2022

        byte[] pdf = given().header("Authorization", frontDesk(LONG_PHU_COMMUNE)).get("/api/v1/dossiers/" + id + "/receipt")
                .then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", org.hamcrest.Matchers.containsString(code))
                .extract().asByteArray();

        String text = PdfReading.text(pdf);
        assertThat(text)
                .contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ")
                .contains("Mã hồ sơ: " + code)
                .contains("Bộ phận tiếp nhận và trả kết quả: Thị trấn Long Phú")
                .contains("Tiếp nhận hồ sơ của: Nguyễn Thị Ánh Tuyết")
                .contains("Nội dung yêu cầu giải quyết: Đăng ký khai sinh")
                .contains("Tờ khai đăng ký khai sinh theo mẫu")
                .contains("Thời gian nhận hồ sơ: 09 giờ 05 phút, ngày 15/07/2022")
                .contains("Thời gian trả kết quả giải quyết hồ sơ: 17 giờ 00 phút, ngày 15/07/2022")
                .contains("Mã tra cứu: " + secret);
        assertThat(PdfReading.qrCode(pdf)).isEqualTo("https://motcua.example/tra-cuu?ma=" + code);
    }

    @Test
    void onlyAnAcceptedDossierOfOnesOwnUnitHasAReceipt() {
        clock.setVietnamTime(LocalDateTime.of(2026, 3, 30, 9, 0));
        String incomplete = given().header("Authorization", frontDesk(LONG_PHU_COMMUNE)).contentType(ContentType.JSON)
                .body(Fixtures.birthRegistrationWithoutBirthCertificate()).post("/api/v1/dossiers").then()
                .statusCode(201).extract().path("dossier.id");
        given().header("Authorization", frontDesk(LONG_PHU_COMMUNE)).get("/api/v1/dossiers/" + incomplete + "/receipt")
                .then().statusCode(409).contentType("application/problem+json");
        given().get("/api/v1/dossiers/" + incomplete + "/receipt").then().statusCode(401);
        given().header("Authorization", Fixtures.specialist(LONG_PHU_COMMUNE))
                .get("/api/v1/dossiers/" + incomplete + "/receipt").then().statusCode(403);
    }

    @Test
    void anApplicantWithAnEmojiInTheNameAndALineBreakInTheAddressGetsAReceipt() throws Exception {
        clock.setVietnamTime(LocalDateTime.of(2026, 3, 30, 9, 0));
        var body = Fixtures.birthRegistration();
        var applicant = Fixtures.person();
        applicant.put("name", "Nguyễn Thị Ánh Tuyết 🌸");
        applicant.put("address", "Ấp Phú Đức\nLong Phú, Cần Thơ");
        body.put("applicant", applicant);
        String id = given().header("Authorization", frontDesk(LONG_PHU_COMMUNE)).contentType(ContentType.JSON)
                .body(body).post("/api/v1/dossiers").then().statusCode(201).extract().path("dossier.id");

        byte[] pdf = given().header("Authorization", frontDesk(LONG_PHU_COMMUNE)).get("/api/v1/dossiers/" + id + "/receipt")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();

        assertThat(PdfReading.text(pdf)).contains("Tiếp nhận hồ sơ của: Nguyễn Thị Ánh Tuyết ?")
                .contains("Địa chỉ: Ấp Phú Đức Long Phú, Cần Thơ");
        assertThat(PdfReading.lines(pdf)).contains("Địa chỉ: Ấp Phú Đức", "Long Phú, Cần Thơ");
    }

    @Test
    void aNulOrALineBreakInTheApplicantsNameIsRefusedNamingIt() {
        for (String name : java.util.List.of("Nguyễn\u0000 An", "Nguyễn\nAn")) {
            var body = Fixtures.birthRegistration();
            var applicant = Fixtures.person();
            applicant.put("name", name);
            body.put("applicant", applicant);
            given().header("Authorization", frontDesk(LONG_PHU_COMMUNE)).contentType(ContentType.JSON).body(body)
                    .post("/api/v1/dossiers").then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", org.hamcrest.Matchers.equalTo("applicant.name"));
        }
    }

    @Test
    void aLandDossierDueInAnUnannouncedYearSaysSoInTheAnswerAndOnTheReceipt() throws Exception {
        clock.setVietnamTime(LocalDateTime.of(2026, 12, 7, 9, 0));
        var body = Fixtures.birthRegistration();
        body.put("procedureCode", "1.013978");
        body.put("components", java.util.List.of(Fixtures.component(1, 1, 0)));
        var accepted = given().header("Authorization", frontDesk(LONG_PHU_COMMUNE)).contentType(ContentType.JSON)
                .body(body).post("/api/v1/dossiers").then().statusCode(201)
                .body("dossier.status", org.hamcrest.Matchers.equalTo("ACCEPTED"))
                .body("dossier.dueAt", org.hamcrest.Matchers.equalTo("2027-01-05T02:00:00Z"))
                .body("dossier.dueDateConfirmed", org.hamcrest.Matchers.equalTo(false))
                .body("dossier.unconfirmedYears", org.hamcrest.Matchers.equalTo(java.util.List.of(2027)))
                .extract();
        String id = accepted.path("dossier.id");
        given().header("Authorization", frontDesk(LONG_PHU_COMMUNE)).get("/api/v1/dossiers/" + id).then()
                .statusCode(200).body("dueDateConfirmed", org.hamcrest.Matchers.equalTo(false));

        byte[] pdf = given().header("Authorization", frontDesk(LONG_PHU_COMMUNE)).get("/api/v1/dossiers/" + id + "/receipt")
                .then().statusCode(200).extract().asByteArray();

        assertThat(PdfReading.text(pdf).replaceAll("\\s+", " "))
                .contains("Thời gian trả kết quả giải quyết hồ sơ: 09 giờ 00 phút, ngày 05/01/2027")
                .contains("Ngày hẹn trả tính theo lịch nghỉ theo luật năm 2027, chưa có thông báo chính thức");
    }

    @Test
    void aDossierDueInAnAnnouncedYearIsConfirmedAndItsReceiptSaysNothingMore() throws Exception {
        clock.setVietnamTime(LocalDateTime.of(2026, 3, 30, 9, 0));
        String id = given().header("Authorization", frontDesk(LONG_PHU_COMMUNE)).contentType(ContentType.JSON)
                .body(Fixtures.birthRegistration()).post("/api/v1/dossiers").then().statusCode(201)
                .body("dossier.dueDateConfirmed", org.hamcrest.Matchers.equalTo(true))
                .body("dossier.unconfirmedYears", org.hamcrest.Matchers.empty())
                .extract().path("dossier.id");
        byte[] pdf = given().header("Authorization", frontDesk(LONG_PHU_COMMUNE)).get("/api/v1/dossiers/" + id + "/receipt")
                .then().statusCode(200).extract().asByteArray();
        assertThat(PdfReading.text(pdf)).doesNotContain("chưa có thông báo chính thức");
    }
}
