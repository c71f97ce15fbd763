package vn.motcua.workflow.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.backbone.security.UnitScope;
import vn.motcua.contracts.reference.UnitChanged;
import vn.motcua.testsupport.TestTokens;
import vn.motcua.workflow.testing.PdfText;
import vn.motcua.workflow.testing.TestClock;
import vn.motcua.workflow.testing.TestDossiers;
import vn.motcua.workflow.testing.TestDossiers.Announced;

/**
 * Forms 02 (supplement request) and 04 (apology with the new appointment) as PDFs: the unit's header as named on
 * the day, the Vietnamese wording of Circular 01/2018, and whatever the officer typed (any Unicode), read back from
 * the PDF's text. Who may fetch them is in {@code EndpointAccessTest}.
 */
@QuarkusTest
class FormsTest {

    private static final String UNIT = "31657";
    /** Monday 23 November 2026, 09:00 in Hà Nội. */
    private static final Instant MONDAY_NINE = Instant.parse("2026-11-23T02:00:00Z");
    /** Thursday 26 November 2026, 17:00 in Hà Nội: the appointed return. */
    private static final Instant THURSDAY_CLOSING = Instant.parse("2026-11-26T10:00:00Z");

    @Inject
    TestClock clock;

    @Inject
    UnitScope units;

    @BeforeEach
    void monday() {
        clock.set(MONDAY_NINE);
        units.apply(unit("96", "Tỉnh Cà Mau", "PROVINCE", null));
        units.apply(unit(UNIT, "Xã Đất Mũi", "COMMUNE", "96"));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void form02ListsWhatIsMissingAsTheOfficerTypedItWhileTheSupplementIsAwaited() throws Exception {
        Announced dossier = TestDossiers.received(UNIT, THURSDAY_CLOSING);
        act(dossier, "assign", "front-desk", "Ngô Thị Thu", Map.of("version", 0, "assignee", "specialist.officer"));
        form(dossier, "supplement-request", "specialist").then().statusCode(409)
                .contentType("application/problem+json").body("type", endsWith("/no-supplement-awaited"));
        act(dossier, "supplement-request", "specialist", "Trần Thị Hằng", Map.of("version", 1,
                "reason", "Bản sao chưa được chứng thực 😕", "missing",
                "1. Bản sao CCCD của ông Nguyễn Văn Ấn (có chứng thực)\n2. Giấy xác nhận cư trú, mẫu CT07"));

        byte[] pdf = form(dossier, "supplement-request", "front-desk").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        String text = PdfText.of(pdf);
        assertThat(text).contains("TỈNH CÀ MAU", "XÃ ĐẤT MŨI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Mẫu số 02", "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ",
                "Mã hồ sơ: " + dossier.code(), "Hồ sơ của: N.V.A.",
                "Xã Đất Mũi đề nghị ông/bà bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:",
                "1. Bản sao CCCD của ông Nguyễn Văn Ấn (có chứng thực) 2. Giấy xác nhận cư trú, mẫu CT07",
                // DejaVu Sans has no emoji: it prints as '?' instead of failing the form
                "Lý do: Bản sao chưa được chứng thực ?",
                "tạm dừng từ 09 giờ 00 phút, ngày 23 tháng 11 năm 2026", "Ngày 23 tháng 11 năm 2026",
                "NGƯỜI HƯỚNG DẪN", "Trần Thị Hằng");
        assertThat(PdfText.pages(pdf)).isEqualTo(1);

        act(dossier, "supplement-received", "front-desk", "Ngô Thị Thu", Map.of("version", 2));
        form(dossier, "supplement-request", "specialist").then().statusCode(409)
                .body("type", endsWith("/no-supplement-awaited"));
    }

    @Test
    void form04ApologisesWithTheOldAndTheNewAppointment() throws Exception {
        Announced dossier = TestDossiers.received(UNIT, THURSDAY_CLOSING);
        act(dossier, "assign", "front-desk", "Ngô Thị Thu",
                Map.of("version", 0, "assignee", "leader.an", "step", "approve"));
        form(dossier, "apology", "leader").then().statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/not-extended"));
        act(dossier, "extension", "leader.an", "leader", "Lê Văn An", Map.of("version", 1,
                "reason", "cần xác minh thêm tại UBND xã Đất Mũi", "newDueAt", "2026-11-30T10:00:00Z"));

        byte[] pdf = form(dossier, "apology", "front-desk").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertThat(PdfText.of(pdf)).contains("XÃ ĐẤT MŨI", "Mẫu số 04", "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ",
                "Kính gửi: Ông/Bà N.V.A.", "Mã hồ sơ: " + dossier.code(),
                "Thời gian hẹn trả kết quả giải quyết hồ sơ: 17 giờ 00 phút, ngày 26 tháng 11 năm 2026.",
                "chưa trả kết quả giải quyết hồ sơ của Ông/Bà, lý do: cần xác minh thêm tại UBND xã Đất Mũi",
                "xin lỗi Ông/Bà về sự bất tiện này",
                "sẽ trả kết quả giải quyết hồ sơ cho Ông/Bà vào lúc 17 giờ 00 phút, ngày 30 tháng 11 năm 2026.",
                "THỦ TRƯỞNG CƠ QUAN", "Lê Văn An");
        form(dossier, "apology", "leader").then().statusCode(200);
    }

    private static io.restassured.response.Response form(Announced dossier, String form, String role) {
        return given().header("Authorization", TestTokens.user(role + ".officer").roles(role).unit(UNIT).bearer())
                .get("/api/v1/dossiers/{code}/forms/{form}", dossier.code(), form);
    }

    private static void act(Announced dossier, String action, String role, String name, Map<String, ?> body) {
        act(dossier, action, role + ".officer", role, name, body);
    }

    private static void act(Announced dossier, String action, String username, String role, String name,
            Map<String, ?> body) {
        given().header("Authorization", TestTokens.user(username).roles(role).unit(UNIT).name(name).bearer())
                .contentType(ContentType.JSON).body(body)
                .post("/api/v1/dossiers/{code}/{action}", dossier.code(), action).then().statusCode(200);
    }

    private static UnitChanged unit(String code, String name, String level, String parent) {
        return new UnitChanged(code, List.of(new UnitChanged.Version(1, name, level, parent, null, false,
                LocalDate.of(2025, 7, 1), null)), List.of(), Instant.parse("2025-07-01T00:00:00Z"));
    }
}
