package vn.motcua.stats.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * the period (Vietnamese dates), two header rows with the Vietnamese column names, the row of column numbers
 * (1), (2), ..., one row per field or unit, the total, and the signature block (người lập biểu, thủ trưởng đơn
 * vị, with the place and date line). A row with no dossier in any column is not printed (the total is the
 * same either way): the printed form lists what happened, and a unit or field appears once it has dossiers.
 */
public final class DossierReportWorkbook {

    static final String SHEET = "Biểu 06";
    static final String TITLE = "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH";
    static final String TOTAL = "Tổng cộng";
    /** Row of the column numbers (0-based): after the title (4 rows), a blank row and the two header rows. */
    static final int COLUMN_NUMBER_ROW = 7;
    /** First row of figures (0-based): after the column numbers. */
    static final int FIRST_DATA_ROW = 8;
    static final String COMPILER = "NGƯỜI LẬP BIỂU";
    static final String HEAD = "THỦ TRƯỞNG ĐƠN VỊ";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

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
        return of(report, unitName, labels, LocalDate.now(VIETNAM));
    }

    /** @param madeOn the date of the place and date line above the head of unit's signature */
    static byte[] of(DossierReport report, String unitName, Map<String, String> labels, LocalDate madeOn) {
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
            title(sheet, 2, periodLine(report), null, lastColumn);
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

            Row numbers = sheet.createRow(COLUMN_NUMBER_ROW);
            for (int c = 0; c <= lastColumn; c++) {
                cell(numbers, c, "(" + (c + 1) + ")", header);
            }

            int at = FIRST_DATA_ROW;
            int number = 1;
            for (DossierReportRow row : report.rows()) {
                if (DossierReportCsv.figures(row).stream().allMatch(v -> v == 0)) {
                    continue;
                }
                String label = labels.getOrDefault(row.key(), row.key());
                figures(sheet.createRow(at++), String.valueOf(number++),
                        label.equals(row.key()) ? label : label + " (" + row.key() + ")", row, plain);
            }
            figures(sheet.createRow(at), "", TOTAL, report.total(), bold);
            signatures(sheet, at + 2, unitName, madeOn, workbook, lastColumn);
            sheet.setColumnWidth(0, 6 * 256);
            sheet.setColumnWidth(1, 36 * 256);
            for (int c = 2; c <= lastColumn; c++) {
                sheet.setColumnWidth(c, 13 * 256);
            }
            // wrapped column names need their lines (rendered: "Trực tiếp, dịch vụ bưu chính" ran over the numbers)
            groups.setHeightInPoints(42); // "Số hồ sơ không tiếp nhận" wraps to three lines in its one column
            columns.setHeightInPoints(48);
            // printed as the form is: A4 landscape, every column on one page wide (rendered before: four pages)
            sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            sheet.getPrintSetup().setLandscape(true);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report workbook", e);
        }
    }

    /** "Từ ngày 01/07/2026 đến ngày 30/09/2026": the dates the figures cover, as the form writes them. */
    static String periodLine(DossierReport report) {
        return "Kỳ báo cáo: từ ngày " + DAY.format(report.from()) + " đến ngày " + DAY.format(report.to());
    }

    /** The form's foot: who compiled it on the left; the place and date, and the head of the unit, on the right. */
    private static void signatures(Sheet sheet, int at, String unitName, LocalDate madeOn, XSSFWorkbook workbook,
            int lastColumn) {
        CellStyle centred = workbook.createCellStyle();
        centred.setAlignment(HorizontalAlignment.CENTER);
        CellStyle centredBold = workbook.createCellStyle();
        centredBold.setAlignment(HorizontalAlignment.CENTER);
        Font bold = workbook.createFont();
        bold.setBold(true);
        centredBold.setFont(bold);
        CellStyle centredItalic = workbook.createCellStyle();
        centredItalic.setAlignment(HorizontalAlignment.CENTER);
        Font italic = workbook.createFont();
        italic.setItalic(true);
        centredItalic.setFont(italic);
        int right = 9; // the head's block spans the right-hand columns, the compiler's the left-hand ones
        String place = unitName == null ? "......" : unitName;
        merged(sheet, at, right, lastColumn, place + ", ngày " + "%02d tháng %02d năm %d".formatted(
                madeOn.getDayOfMonth(), madeOn.getMonthValue(), madeOn.getYear()), centredItalic);
        merged(sheet, at + 1, 0, 4, COMPILER, centredBold);
        merged(sheet, at + 1, right, lastColumn, HEAD, centredBold);
        merged(sheet, at + 2, 0, 4, "(Ký, ghi rõ họ tên)", centredItalic);
        merged(sheet, at + 2, right, lastColumn, "(Ký, đóng dấu, ghi rõ họ tên)", centredItalic);
    }

    private static void merged(Sheet sheet, int at, int first, int last, String text, CellStyle style) {
        Row row = sheet.getRow(at) == null ? sheet.createRow(at) : sheet.getRow(at);
        var cell = row.createCell(first);
        cell.setCellValue(text);
        cell.setCellStyle(style);
        sheet.addMergedRegion(new CellRangeAddress(at, at, first, last));
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
