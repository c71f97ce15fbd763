package vn.motcua.workflow.controlsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import vn.motcua.backbone.pdf.PdfPages;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.contracts.dossier.Timeliness;

/**
 * Renders form 05 (Circular 01/2018) as an A4 PDF: the unit's header beside the national motto, the title and the
 * dossier, then the form's table, one row per hand-off: who handed it and who received it (names, the step in
 * Vietnamese), when, with the step's deadline and room for the giver's and receiver's signatures, the result (early,
 * on time, late) and a note wrapped inside its column; the fees taken below it.
 */
public final class ControlSheetPdf {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
            .withZone(WorkingCalendar.ZONE);
    private static final DateTimeFormatter SPELLED = DateTimeFormatter
            .ofPattern("HH 'giờ' mm 'phút', 'ngày' dd/MM/yyyy").withZone(WorkingCalendar.ZONE);
    private static final float SIZE = 9.5f;
    private static final float LEADING = SIZE * 1.3f;
    private static final float PAD = 4;
    private static final float SIGNATURE_SPACE = 34;
    /** The form's columns: agency / handed by and received by; time; result; note. */
    private static final float[] COLUMNS = {155, 140, 85, PdfPages.WIDTH - 155 - 140 - 85};
    private static final String[] HEADINGS = {"TÊN CƠ QUAN, NGƯỜI GIAO, NHẬN", "THỜI GIAN GIAO, NHẬN HỒ SƠ",
            "KẾT QUẢ GIẢI QUYẾT HỒ SƠ (trước hạn / đúng hạn / quá hạn)", "GHI CHÚ"};

    private ControlSheetPdf() {
    }

    public static byte[] render(ControlSheet sheet) {
        try (PDDocument document = new PDDocument()) {
            document.getDocumentInformation().setTitle("Phiếu kiểm soát quá trình giải quyết hồ sơ " + sheet.code());
            document.getDocumentInformation().setCreator("MotCua workflow-service");
            try (PdfPages pages = new PdfPages(document)) {
                header(pages, sheet);
                headings(pages);
                for (ControlSheet.Row row : sheet.rows()) {
                    row(pages, row);
                }
                fees(pages, sheet);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the control sheet of " + sheet.code(), e);
        }
    }

    /** CQ chủ quản and the unit on the left, the national motto on the right, the title and the dossier below. */
    private static void header(PdfPages pages, ControlSheet sheet) throws IOException {
        float left = PdfPages.MARGIN;
        pages.officialHeader(sheet.parentUnitName(), sheet.unitName());
        pages.y -= 26;
        pages.y = pages.centred("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", pages.bold, 13, left,
                PdfPages.WIDTH, pages.y);
        pages.y = pages.centred("Mã hồ sơ: " + sheet.code(), pages.bold, 10.5f, left, PdfPages.WIDTH, pages.y);
        pages.y = pages.centred("(Kèm theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả)", pages.italic, 9.5f, left,
                PdfPages.WIDTH, pages.y) - 6;
        paragraph(pages, "Thủ tục: " + sheet.procedureName() + " (mã " + sheet.procedureCode()
                + "; quy trình phiên bản " + sheet.definitionVersion() + ")", pages.regular);
        paragraph(pages, "Tiếp nhận lúc " + time(sheet.receivedAt()) + "; hẹn trả kết quả "
                + time(sheet.dueAt()), pages.regular);
        pages.y -= 6;
    }

    private static void headings(PdfPages pages) throws IOException {
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < COLUMNS.length; i++) {
            cells.add(pages.wrap(HEADINGS[i], pages.bold, 8.5f, COLUMNS[i] - 2 * PAD));
        }
        float height = cells.stream().mapToInt(List::size).max().orElse(1) * 8.5f * 1.3f + 2 * PAD;
        float x = PdfPages.MARGIN;
        for (int i = 0; i < COLUMNS.length; i++) {
            pages.box(x, pages.y, COLUMNS[i], height);
            float line = pages.y - PAD;
            for (String text : cells.get(i)) {
                line -= 8.5f * 1.3f;
                pages.show(text, pages.bold, 8.5f, x + (COLUMNS[i] - pages.width(text, pages.bold, 8.5f)) / 2, line + 2);
            }
            x += COLUMNS[i];
        }
        pages.y -= height;
    }

    /** One hand-off; a new page (with the headings again) when it does not fit. */
    private static void row(PdfPages pages, ControlSheet.Row row) throws IOException {
        List<List<String>> cells = List.of(
                pages.wrap(row.no() + ". Giao: " + row.handedByName() + "\nNhận: " + row.holderName()
                        + "\nBước " + row.stepNumber() + ": " + row.stepTitle(), pages.regular, SIZE, inner(0)),
                pages.wrap(spelled(row.receivedAt()) + "\nHạn xử lý: " + time(row.dueAt()), pages.regular, SIZE,
                        inner(1)),
                pages.wrap(result(row), pages.regular, SIZE, inner(2)),
                pages.wrap(note(row), pages.regular, SIZE, inner(3)));
        float text = cells.stream().mapToInt(List::size).max().orElse(1) * LEADING;
        float timeCell = cells.get(1).size() * LEADING + LEADING + SIGNATURE_SPACE;
        float height = Math.max(text, timeCell) + 2 * PAD;
        if (!pages.fits(height)) {
            pages.newPage();
            headings(pages);
        }
        float x = PdfPages.MARGIN;
        for (int i = 0; i < COLUMNS.length; i++) {
            pages.box(x, pages.y, COLUMNS[i], height);
            lines(pages, cells.get(i), x + PAD, pages.y - PAD);
            x += COLUMNS[i];
        }
        signatures(pages, PdfPages.MARGIN + COLUMNS[0], pages.y - PAD - cells.get(1).size() * LEADING - 2,
                pages.y - height);
        pages.y -= height;
    }

    /** The form's two signature columns under the time: the giver's and the receiver's. */
    private static void signatures(PdfPages pages, float left, float top, float bottom) throws IOException {
        float half = COLUMNS[1] / 2;
        pages.rule(left, top, left + COLUMNS[1], top);
        pages.rule(left + half, top, left + half, bottom);
        for (String who : List.of("Người giao", "Người nhận")) {
            pages.show(who, pages.italic, 8, left + (half - pages.width(who, pages.italic, 8)) / 2, top - 10);
            left += half;
        }
    }

    private static void fees(PdfPages pages, ControlSheet sheet) throws IOException {
        pages.y -= 8;
        if (sheet.fees().isEmpty()) {
            paragraph(pages, "Phí, lệ phí: không có.", pages.regular);
            return;
        }
        paragraph(pages, "Phí, lệ phí:", pages.bold);
        for (ControlSheet.Fee fee : sheet.fees()) {
            paragraph(pages, "- " + fee.title() + ": " + money(fee.amountVnd())
                    + (fee.receiptNumber() == null ? "" : ", biên lai số " + fee.receiptNumber()) + ", lúc "
                    + time(fee.at()) + ", " + fee.byName() + ".", pages.regular);
        }
    }

    private static void paragraph(PdfPages pages, String text, PDFont font) throws IOException {
        List<String> wrapped = pages.wrap(text, font, 10, PdfPages.WIDTH);
        if (!pages.fits(wrapped.size() * 13)) {
            pages.newPage();
        }
        lines(pages, wrapped, PdfPages.MARGIN, pages.y);
        pages.y -= wrapped.size() * 13;
    }

    private static void lines(PdfPages pages, List<String> lines, float x, float top) throws IOException {
        float line = top;
        for (String text : lines) {
            line -= LEADING;
            pages.show(text, pages.regular, SIZE, x, line + 2.5f);
        }
    }

    private static float inner(int column) {
        return COLUMNS[column] - 2 * PAD;
    }

    private static String result(ControlSheet.Row row) {
        if (row.timeliness() == null) {
            return "Đang xử lý";
        }
        String word = row.timeliness() == Timeliness.EARLY ? "Trước hạn"
                : row.timeliness() == Timeliness.ON_TIME ? "Đúng hạn" : "Quá hạn";
        return word + "\n(" + time(row.endedAt()) + ")";
    }

    private static String note(ControlSheet.Row row) {
        if (row.endedWithTitle() == null) {
            return "";
        }
        return row.endedWithTitle() + " - " + row.endedByName()
                + (row.note() == null || row.note().isBlank() ? "" : ": " + row.note());
    }

    static String money(long amountVnd) {
        return String.format(Locale.ROOT, "%,d", amountVnd).replace(',', '.') + " đồng";
    }

    private static String time(Instant instant) {
        return instant == null ? "-" : TIME.format(instant);
    }

    private static String spelled(Instant instant) {
        return instant == null ? "-" : SPELLED.format(instant);
    }
}
