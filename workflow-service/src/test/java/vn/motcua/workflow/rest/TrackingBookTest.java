package vn.motcua.workflow.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.backbone.security.UnitScope;
import vn.motcua.contracts.reference.UnitChanged;
import vn.motcua.testsupport.TestTokens;
import vn.motcua.workflow.testing.PdfText;
import vn.motcua.workflow.testing.TestDossiers;
import vn.motcua.workflow.testing.TestDossiers.Announced;

/** Form 06, the tracking book of the caller's unit for a period, read back from the PDF's text. */
@QuarkusTest
class TrackingBookTest {

    private static final String UNIT = "31658";
    private static final String OTHER_UNIT = "31659";

    @Inject
    UnitScope units;

    @Test
    void theBookListsTheUnitsDossiersReceivedInThePeriodAndNothingElse() throws Exception {
        units.apply(unit("96", "Tỉnh Cà Mau", "PROVINCE", null));
        units.apply(unit(UNIT, "Xã Tân Ân", "COMMUNE", "96"));
        // received 5 days before the due date: 5 and 6 February 2027 (17:00 in Hà Nội), and 15 March
        Announced handedOn = TestDossiers.received(UNIT, Instant.parse("2027-02-10T10:00:00Z"));
        Announced waiting = TestDossiers.received(UNIT, Instant.parse("2027-02-11T10:00:00Z"));
        Announced later = TestDossiers.received(UNIT, Instant.parse("2027-03-20T10:00:00Z"));
        Announced elsewhere = TestDossiers.received(OTHER_UNIT, Instant.parse("2027-02-10T10:00:00Z"));
        given().header("Authorization", bearer("front-desk", UNIT)).contentType(ContentType.JSON)
                .body(Map.of("version", 0, "assignee", "specialist.officer"))
                .post("/api/v1/dossiers/{code}/assign", handedOn.code()).then().statusCode(200);

        byte[] pdf = given().header("Authorization", bearer("leader", UNIT))
                .get("/api/v1/tracking-book?from=2027-02-01&to=2027-02-07").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        String text = PdfText.of(pdf);
        assertThat(text).contains("TỈNH CÀ MAU", "XÃ TÂN ÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Mẫu số 06",
                "SỔ THEO DÕI HỒ SƠ", "Từ ngày 01/02/2027 đến ngày 07/02/2027 - 2 hồ sơ", "Tên thủ tục hành chính",
                "Cơ quan chủ trì giải quyết", "(1)", "(13)", "N.V.A.", "17:00 05/02/2027", "17:00 10/02/2027",
                "Đang xử lý");
        // a code is wrapped inside its column: compare the codes without the line breaks
        String codes = text.replace(" ", "");
        assertThat(codes).contains(handedOn.code(), waiting.code()).doesNotContain(later.code(), elsewhere.code());
        assertThat(codes.indexOf(handedOn.code())).isLessThan(codes.indexOf(waiting.code()));

        String desk = PdfText.of(given().header("Authorization", bearer("front-desk", OTHER_UNIT))
                .get("/api/v1/tracking-book?from=2027-02-01&to=2027-02-07").then().statusCode(200)
                .extract().asByteArray());
        assertThat(desk).contains("- 1 hồ sơ");
        assertThat(desk.replace(" ", "")).contains(elsewhere.code()).doesNotContain(handedOn.code(), waiting.code());
    }

    /** Issue 19: a supervisor reads the book of any unit under theirs; a unit outside their subtree does not exist. */
    @Test
    void aSupervisorGetsTheBookOfAUnitInTheirSubtreeAndNoOther() throws Exception {
        units.apply(unit("97", "Tỉnh Bạc Liêu", "PROVINCE", null));
        units.apply(unit("970", "Huyện Hồng Dân", "DISTRICT", "97"));
        units.apply(unit("31701", "Xã Ninh Quới", "COMMUNE", "970"));
        units.apply(unit("971", "Huyện Phước Long", "DISTRICT", "97"));
        units.apply(unit("31702", "Xã Vĩnh Phú Tây", "COMMUNE", "971"));
        Announced inSubtree = TestDossiers.received("31701", Instant.parse("2027-04-12T03:00:00Z"));
        Announced outside = TestDossiers.received("31702", Instant.parse("2027-04-12T03:00:00Z"));

        byte[] pdf = given().header("Authorization", bearer("supervisor", "970"))
                .get("/api/v1/tracking-book?from=2027-04-01&to=2027-04-30&unit=31701").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        String text = PdfText.of(pdf);
        assertThat(text).contains("XÃ NINH QUỚI", "SỔ THEO DÕI HỒ SƠ", "Mẫu số 06",
                "Từ ngày 01/04/2027 đến ngày 30/04/2027 - 1 hồ sơ");
        assertThat(text.replace(" ", "")).contains(inSubtree.code()).doesNotContain(outside.code());
        // the district's own book (no unit named): its own dossiers only, none here
        assertThat(PdfText.of(given().header("Authorization", bearer("supervisor", "970"))
                .get("/api/v1/tracking-book?from=2027-04-01&to=2027-04-30").then().statusCode(200).extract()
                .asByteArray())).contains("HUYỆN HỒNG DÂN", "- 0 hồ sơ");

        // outside the subtree, as for a unit that does not exist: 404
        given().header("Authorization", bearer("supervisor", "970"))
                .get("/api/v1/tracking-book?from=2027-04-01&to=2027-04-30&unit=31702").then().statusCode(404)
                .contentType("application/problem+json");
        // the front desk and the leader read their own unit's book only
        given().header("Authorization", bearer("leader", "970"))
                .get("/api/v1/tracking-book?from=2027-04-01&to=2027-04-30&unit=31701").then().statusCode(404);
        given().header("Authorization", bearer("front-desk", "31702"))
                .get("/api/v1/tracking-book?from=2027-04-01&to=2027-04-30&unit=31702").then().statusCode(200);
        // a role that hands out no book: 403
        given().header("Authorization", bearer("specialist", "970"))
                .get("/api/v1/tracking-book?from=2027-04-01&to=2027-04-30&unit=31701").then().statusCode(403);
    }

    @Test
    void aPeriodThatIsNotOneIsRefusedNamingTheField() {
        given().header("Authorization", bearer("front-desk", UNIT)).get("/api/v1/tracking-book?to=2027-02-07")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", startsWith("from:"));
        given().header("Authorization", bearer("front-desk", UNIT))
                .get("/api/v1/tracking-book?from=2027-02-07&to=2027-02-01").then().statusCode(400)
                .contentType("application/problem+json").body("detail", startsWith("to:"));
        given().header("Authorization", bearer("front-desk", UNIT))
                .get("/api/v1/tracking-book?from=2026-01-01&to=2027-02-01").then().statusCode(400)
                .body("detail", containsString("366 days"));
        given().header("Authorization", bearer("front-desk", UNIT))
                .get("/api/v1/tracking-book?from=1/2/2027&to=2027-02-01").then().statusCode(400)
                .body("detail", startsWith("from:"));
    }

    private static String bearer(String role, String unit) {
        return TestTokens.user(role + ".officer").roles(role).unit(unit).bearer();
    }

    private static UnitChanged unit(String code, String name, String level, String parent) {
        return new UnitChanged(code, List.of(new UnitChanged.Version(1, name, level, parent, null, false,
                LocalDate.of(2025, 7, 1), null)), List.of(), Instant.parse("2025-07-01T00:00:00Z"));
    }
}
