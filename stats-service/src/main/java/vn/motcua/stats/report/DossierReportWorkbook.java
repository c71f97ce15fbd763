package vn.motcua.stats.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The dossier report as an XLSX workbook in the layout of Biểu 06 (Circular 01/2020): title with the unit and
 * the period, two header rows with the Vietnamese column names, one row per field or unit, and the total.
 */
public final class DossierReportWorkbook {

    static final String SHEET = "Biểu 06";
    static final String TITLE = "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH";
    static final String TOTAL = "Tổng cộng";
    /** First row of figures (0-based): after the title (4 rows), a blank row and the two header rows. */
    static final int FIRST_DATA_ROW = 7;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final List<String> GROUPS = List.of("Số hồ sơ nhận giải quyết", "Số hồ sơ đã giải quyết",
            "Số hồ sơ đang giải quyết", "Số hồ sơ rút", "Số hồ sơ không tiếp nhận");
    private static final int[] GROUP_WIDTHS = {4, 4, 3, 1, 1};
    static final List<String> COLUMNS = List.of("Tổng số", "Trực tuyến", "Trực tiếp, dịch vụ bưu chính",
            "Từ kỳ trước chuyển qua", "Tổng số", "Trước hạn", "Đúng hạn", "Quá hạn", "Tổng số", "Trong hạn", "Quá hạn",
            "Rút hồ sơ", "Không tiếp nhận");

    private DossierReportWorkbook() {
    }

    /**
     * @param unitName the reported unit's name, when known
     * @param labels   a row key's name (a unit's name), when known
     */
    public static byte[] of(DossierReport report, String unitName, Map<String, String> labels) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(SHEET);
            CellStyle bold = style(workbook, true);
            CellStyle header = style(workbook, true);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setWrapText(true);
            CellStyle plain = style(workbook, false);
            int lastColumn = 1 + COLUMNS.size();

            title(sheet, 0, "Biểu số 06 (Thông tư 01/2020/TT-VPCP)", null, lastColumn);
            title(sheet, 1, TITLE, bold, lastColumn);
            title(sheet, 2, "Kỳ báo cáo: " + report.period() + " (từ ngày " + DAY.format(report.from())
                    + " đến ngày " + DAY.format(report.to()) + ")", null, lastColumn);
            title(sheet, 3, "Đơn vị: " + (unitName == null ? "" : unitName + " ") + "(mã " + report.unit() + ")",
                    null, lastColumn);

            Row groups = sheet.createRow(5);
            Row columns = sheet.createRow(6);
            cell(groups, 0, "STT", header);
            cell(groups, 1, report.groupBy() == GroupBy.UNIT ? "Đơn vị" : report.groupBy() == GroupBy.FIELD
                    ? "Lĩnh vực" : report.groupBy() == GroupBy.PROCEDURE ? "Thủ tục" : "", header);
            sheet.addMergedRegion(new CellRangeAddress(5, 6, 0, 0));
            sheet.addMergedRegion(new CellRangeAddress(5, 6, 1, 1));
            int column = 2;
            for (int g = 0; g < GROUPS.size(); g++) {
                cell(groups, column, GROUPS.get(g), header);
                if (GROUP_WIDTHS[g] > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(5, 5, column, column + GROUP_WIDTHS[g] - 1));
                }
                column += GROUP_WIDTHS[g];
            }
            for (int c = 0; c < COLUMNS.size(); c++) {
                cell(columns, 2 + c, COLUMNS.get(c), header);
            }

            int at = FIRST_DATA_ROW;
            int number = 1;
            for (DossierReportRow row : report.rows()) {
                String label = labels.getOrDefault(row.key(), row.key());
                figures(sheet.createRow(at++), String.valueOf(number++),
                        label.equals(row.key()) ? label : label + " (" + row.key() + ")", row, plain);
            }
            figures(sheet.createRow(at), "", TOTAL, report.total(), bold);
            sheet.setColumnWidth(0, 6 * 256);
            sheet.setColumnWidth(1, 36 * 256);
            for (int c = 2; c <= lastColumn; c++) {
                sheet.setColumnWidth(c, 13 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report workbook", e);
        }
    }

    private static void figures(Row row, String number, String label, DossierReportRow figures, CellStyle style) {
        cell(row, 0, number, style);
        cell(row, 1, label, style);
        List<Long> values = DossierReportCsv.figures(figures);
        for (int c = 0; c < values.size(); c++) {
            var cell = row.createCell(2 + c);
            cell.setCellValue(values.get(c));
            cell.setCellStyle(style);
        }
    }

    private static void title(Sheet sheet, int at, String text, CellStyle style, int lastColumn) {
        Row row = sheet.createRow(at);
        var cell = row.createCell(0);
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        }
        sheet.addMergedRegion(new CellRangeAddress(at, at, 0, lastColumn));
    }

    private static void cell(Row row, int column, String text, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    private static CellStyle style(XSSFWorkbook workbook, boolean bold) {
        CellStyle style = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(bold);
        style.setFont(font);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }
}
