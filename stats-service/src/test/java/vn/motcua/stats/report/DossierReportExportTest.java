package vn.motcua.stats.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.stats.DossierEvents;
import vn.motcua.stats.ProcedureEvents;
import vn.motcua.stats.UnitEvents;
import vn.motcua.testsupport.TestTokens;

/**
 * The dossier report as XLSX (layout of Biểu 06) and CSV, by {@code format=} or by {@code Accept}. A district with
 * two communes; in official Q3 2022 the district received 2 dossiers (1 online, 1 resolved early), commune A 1
 * (in person, in progress, overdue on 14 Sep), commune B none.
 */
@QuarkusTest
class DossierReportExportTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private String district;
    private String communeA;
    private String supervisor;

    @BeforeEach
    void territory() {
        String province = UnitEvents.freshCode();
        district = UnitEvents.freshCode();
        communeA = UnitEvents.freshCode();
        String communeB = UnitEvents.freshCode();
        UnitEvents.unit(province).untilReform("Tỉnh Sóc Trăng", "PROVINCE", null).publish();
        UnitEvents.unit(district).untilReform("Huyện Long Phú", "DISTRICT", province).publish();
        UnitEvents.unit(communeA).untilReform("Xã Song Phụng, \"cũ\"", "COMMUNE", district).publish();
        UnitEvents.unit(communeB).untilReform("Xã Long Đức", "COMMUNE", district).publish();
        DossierEvents atDistrict = new DossierEvents(district);
        atDistrict.received("A", "dat-dai", "ONLINE", "2022-07-01T09:00", "2022-07-20T17:00");
        atDistrict.resolved("A", "dat-dai", "ONLINE", "2022-07-01T09:00", "2022-07-20T17:00", "2022-07-10T09:00");
        atDistrict.received("B", "ho-tich", "IN_PERSON", "2022-09-01T09:00", "2022-09-30T17:00");
        new DossierEvents(communeA).received("A", "ho-tich", "IN_PERSON", "2022-08-01T09:00", "2022-08-05T17:00");
        supervisor = TestTokens.user("giam.sat").roles("supervisor").unit(district).bearer();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                assertThat(given().header("Authorization", supervisor)
                        .get("/api/v1/reports/dossiers?period=2022-Q3&includeDescendants=true&groupBy=unit")
                        .then().statusCode(200).extract().jsonPath().getInt("total.receivedTotal")).isEqualTo(3));
    }

    private byte[] workbook(String query, String accept) {
        return given().header("Authorization", supervisor).accept(accept)
                .get("/api/v1/reports/dossiers?period=2022-Q3&includeDescendants=true&groupBy=unit" + query)
                .then().statusCode(200).contentType(XLSX)
                .header("Content-Disposition", containsString(".xlsx"))
                .extract().asByteArray();
    }

    @Test
    void theWorkbookHasTheLayoutOfBieu06WithTheUnitsAndThePeriod() throws Exception {
        for (byte[] bytes : List.of(workbook("&format=xlsx", "*/*"), workbook("", XLSX))) {
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
                Sheet sheet = book.getSheet("Biểu 06");
                assertThat(text(sheet, 1, 0)).isEqualTo("TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH");
                assertThat(text(sheet, 2, 0)).isEqualTo("Kỳ báo cáo: từ ngày 15/06/2022 đến ngày 14/09/2022");
                assertThat(text(sheet, 3, 0)).isEqualTo("Đơn vị: Huyện Long Phú (mã " + district + ")");
                assertThat(text(sheet, 5, 1)).isEqualTo("Đơn vị");
                assertThat(text(sheet, 5, 2)).isEqualTo("Số hồ sơ nhận giải quyết");
                assertThat(text(sheet, 5, 6)).isEqualTo("Số hồ sơ đã giải quyết");
                assertThat(text(sheet, 5, 10)).isEqualTo("Số hồ sơ đang giải quyết");
                assertThat(text(sheet, 6, 3)).isEqualTo("Trực tuyến");
                assertThat(text(sheet, 6, 7)).isEqualTo("Trước hạn");
                assertThat(text(sheet, 6, 11)).isEqualTo("Trong hạn");
                // rows by unit code: the district's code and commune A's, with their names; B counted nothing
                List<String> keys = List.of(district, communeA).stream().sorted().toList();
                int districtRow = DossierReportWorkbook.FIRST_DATA_ROW + keys.indexOf(district);
                int communeRow = DossierReportWorkbook.FIRST_DATA_ROW + keys.indexOf(communeA);
                assertThat(text(sheet, districtRow, 1)).isEqualTo("Huyện Long Phú (" + district + ")");
                assertThat(figures(sheet, districtRow)).containsExactly(2, 1, 1, 0, 1, 1, 0, 0, 1, 1, 0, 0, 0);
                assertThat(text(sheet, communeRow, 1)).isEqualTo("Xã Song Phụng, \"cũ\" (" + communeA + ")");
                assertThat(figures(sheet, communeRow)).containsExactly(1, 0, 1, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0);
                assertThat(text(sheet, DossierReportWorkbook.FIRST_DATA_ROW + 2, 1)).isEqualTo("Tổng cộng");
                assertThat(figures(sheet, DossierReportWorkbook.FIRST_DATA_ROW + 2)).containsExactly(3, 1, 2, 0, 1, 1, 0, 0, 2, 1, 1, 0, 0);
            }
        }
    }

    @Test
    void fieldsAreNamedByTheCatalogueNotByTheirCodes() {
        ProcedureEvents.publish("1.000001", "Thủ tục đất đai thử", "dat-dai", "Đất đai");
        ProcedureEvents.publish("1.000002", "Đăng ký khai sinh thử", "ho-tich", "Hộ tịch");

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            byte[] bytes = given().header("Authorization", supervisor).queryParam("format", "xlsx")
                    .get("/api/v1/reports/dossiers?period=2022-Q3&includeDescendants=true&groupBy=field")
                    .then().statusCode(200).contentType(XLSX).extract().asByteArray();
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
                Sheet sheet = book.getSheet("Biểu 06");
                assertThat(text(sheet, 5, 1)).isEqualTo("Lĩnh vực");
                assertThat(text(sheet, DossierReportWorkbook.FIRST_DATA_ROW, 1)).isEqualTo("Đất đai (dat-dai)");
                assertThat(text(sheet, DossierReportWorkbook.FIRST_DATA_ROW + 1, 1)).isEqualTo("Hộ tịch (ho-tich)");
            }
        });
    }

    @Test
    void theCsvHasALinePerRowAndTheTotal() {
        for (var request : List.of(
                given().header("Authorization", supervisor).queryParam("format", "csv"),
                given().header("Authorization", supervisor).accept("text/csv"))) {
            String csv = request.get("/api/v1/reports/dossiers?period=2022-Q3&includeDescendants=true&groupBy=unit")
                    .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
            List<String> lines = csv.lines().toList();
            assertThat(lines).hasSize(4);
            assertThat(lines.get(0)).isEqualTo("unit,period,from,to,key,label,receivedTotal,receivedOnline,"
                    + "receivedInPerson,carriedOver,resolvedTotal,resolvedEarly,resolvedOnTime,resolvedLate,"
                    + "inProgressTotal,inProgressWithinDeadline,inProgressOverdue,withdrawn,refused");
            assertThat(lines).contains(district + ",2022-Q3,2022-06-15,2022-09-14," + communeA
                    + ",\"Xã Song Phụng, \"\"cũ\"\"\",1,0,1,0,0,0,0,0,1,0,1,0,0");
            assertThat(lines.get(3)).isEqualTo(district + ",2022-Q3,2022-06-15,2022-09-14,total,,3,1,2,0,1,1,0,0,2,1,1,0,0");
        }
    }

    @Test
    void anUnknownFormatIsAProblem() {
        given().header("Authorization", supervisor).get("/api/v1/reports/dossiers?period=2022-Q3&format=pdf")
                .then().statusCode(400).contentType(startsWith("application/problem+json"));
    }

    private static String text(Sheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }

    private static List<Integer> figures(Sheet sheet, int at) {
        Row row = sheet.getRow(at);
        return java.util.stream.IntStream.range(2, 15).mapToObj(c -> (int) row.getCell(c).getNumericCellValue())
                .toList();
    }
}
