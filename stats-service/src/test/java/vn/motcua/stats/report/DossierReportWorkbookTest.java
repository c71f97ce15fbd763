package vn.motcua.stats.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The printed Biểu 06: Vietnamese dates in the period line, the row of column numbers, a row per field that
 * had dossiers (a field with none in any column is not printed) and the form's signature block.
 */
class DossierReportWorkbookTest {

    private static final DossierCounts TWO_ONLINE_ONE_EARLY = new DossierCounts(2, 0, 0, 0, 1, 0, 0, 0, 0, 2, 1, 1);
    private static final DossierCounts ONE_IN_PERSON = new DossierCounts(0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0);

    private static Sheet sheet() throws IOException {
        DossierReport report = DossierReport.of("31639", ReportPeriod.between(LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 9, 30)), GroupBy.FIELD, List.of(
                        DossierReportRow.of("chung-thuc", TWO_ONLINE_ONE_EARLY),
                        DossierReportRow.of("dat-dai", DossierCounts.NONE),
                        DossierReportRow.of("ho-tich", ONE_IN_PERSON)),
                TWO_ONLINE_ONE_EARLY.plus(ONE_IN_PERSON));
        byte[] bytes = DossierReportWorkbook.of(report, "Xã Long Phú", Map.of("chung-thuc", "Chứng thực",
                "ho-tich", "Hộ tịch"), LocalDate.of(2026, 10, 5));
        // kept for a look: soffice --headless --convert-to pdf target/bieu06-example.xlsx (stats README)
        java.nio.file.Files.write(java.nio.file.Path.of("target", "bieu06-example.xlsx"), bytes);
        XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes));
        return book.getSheet(DossierReportWorkbook.SHEET);
    }

    @Test
    void itPrintsOnA4LandscapeOnePageWideWithRoomForTheWrappedColumnNames() throws IOException {
        Sheet sheet = sheet();
        assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
        assertThat(sheet.getFitToPage()).isTrue();
        assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
        assertThat(sheet.getPrintSetup().getFitHeight()).isZero();
        assertThat(sheet.getRow(DossierReportWorkbook.COLUMN_NUMBER_ROW - 1).getHeightInPoints()).isGreaterThanOrEqualTo(45);
    }

    @Test
    void thePeriodLineGivesItsDatesTheVietnameseWay() throws IOException {
        assertThat(text(sheet(), 2, 0)).isEqualTo("Kỳ báo cáo: từ ngày 01/07/2026 đến ngày 30/09/2026")
                .doesNotContain("2026-07-01");
    }

    @Test
    void theColumnsAreNumberedUnderTheHeaders() throws IOException {
        Row numbers = sheet().getRow(DossierReportWorkbook.COLUMN_NUMBER_ROW);
        List<String> cells = new ArrayList<>();
        numbers.forEach(c -> cells.add(c.getStringCellValue()));
        assertThat(cells).hasSize(15).startsWith("(1)", "(2)", "(3)").endsWith("(15)");
    }

    @Test
    void aFieldWithoutDossiersIsNotPrintedAndTheRowsAreNamed() throws IOException {
        Sheet sheet = sheet();
        int first = DossierReportWorkbook.FIRST_DATA_ROW;
        assertThat(text(sheet, first, 0)).isEqualTo("1");
        assertThat(text(sheet, first, 1)).isEqualTo("Chứng thực (chung-thuc)");
        assertThat(text(sheet, first + 1, 0)).isEqualTo("2");
        assertThat(text(sheet, first + 1, 1)).isEqualTo("Hộ tịch (ho-tich)");
        assertThat(text(sheet, first + 2, 1)).isEqualTo(DossierReportWorkbook.TOTAL);
        assertThat(sheet.getRow(first + 2).getCell(2).getNumericCellValue()).isEqualTo(3);
        assertThat(allText(sheet)).doesNotContain("dat-dai");
    }

    @Test
    void theFormEndsWithThePlaceAndDateAndTheTwoSignatures() throws IOException {
        String text = allText(sheet());
        assertThat(text).contains("Xã Long Phú, ngày 05 tháng 10 năm 2026", DossierReportWorkbook.COMPILER,
                DossierReportWorkbook.HEAD, "(Ký, ghi rõ họ tên)", "(Ký, đóng dấu, ghi rõ họ tên)");
    }

    private static String text(Sheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }

    private static String allText(Sheet sheet) {
        StringBuilder text = new StringBuilder();
        for (Row row : sheet) {
            for (Cell cell : row) {
                text.append(cell.toString()).append('|');
            }
            text.append('\n');
        }
        return text.toString();
    }
}
