package vn.motcua.workflow.forms;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import vn.motcua.backbone.pdf.PdfPages;
import vn.motcua.calendar.WorkingCalendar;

/**
 * Renders form 06, the tracking book, on A4 landscape pages: the unit's header, the title and the period, then the
 * form's thirteen columns (numbered as in the circular), one row per dossier, the headings again on every page.
 */
public final class TrackingBookPdf {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
            .withZone(WorkingCalendar.ZONE);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final PDRectangle LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float SIZE = 8;
    private static final float LEADING = SIZE * 1.3f;
    private static final float PAD = 3;
    private static final String[] HEADINGS = {"STT", "Mã hồ sơ", "Tên thủ tục hành chính", "Số lượng hồ sơ (bộ)",
            "Tên cá nhân, tổ chức", "Địa chỉ, số điện thoại", "Cơ quan chủ trì giải quyết", "Nhận hồ sơ (giờ, ngày)",
            "Hẹn trả kết quả (giờ, ngày)", "Chuyển hồ sơ đến cơ quan giải quyết", "Trả kết quả (giờ, ngày)",
            "Ký nhận", "Ghi chú"};
    private static final float[] COLUMNS = {24, 92, 118, 34, 52, 50, 72, 56, 56, 56, 56, 40, 0};

    static {
        float used = 0;
        for (int i = 0; i < COLUMNS.length - 1; i++) {
            used += COLUMNS[i];
        }
        COLUMNS[COLUMNS.length - 1] = LANDSCAPE.getWidth() - 2 * PdfPages.MARGIN - used;
    }

    private TrackingBookPdf() {
    }

    public static byte[] render(TrackingBook.Book book) {
        try (PDDocument document = new PDDocument()) {
            document.getDocumentInformation().setTitle("Sổ theo dõi hồ sơ " + book.unitName() + " "
                    + DAY.format(book.from()) + " - " + DAY.format(book.to()));
            document.getDocumentInformation().setCreator("MotCua workflow-service");
            try (PdfPages pages = new PdfPages(document, LANDSCAPE)) {
                pages.show("Mẫu số 06", pages.italic, 8.5f, PdfPages.MARGIN + pages.width()
                        - pages.width("Mẫu số 06", pages.italic, 8.5f), pages.y + 12);
                pages.officialHeader(book.parentUnitName(), book.unitName());
                pages.y = pages.centred("SỔ THEO DÕI HỒ SƠ", pages.bold, 13, PdfPages.MARGIN, pages.width(),
                        pages.y - 18);
                pages.y = pages.centred("Từ ngày " + DAY.format(book.from()) + " đến ngày " + DAY.format(book.to())
                        + " - " + book.entries().size() + " hồ sơ", pages.italic, 10, PdfPages.MARGIN,
                        pages.width(), pages.y) - 8;
                headings(pages);
                int no = 0;
                for (TrackingBook.Entry entry : book.entries()) {
                    row(pages, cells(++no, entry, book.unitName()));
                }
                pages.y -= 14;
                if (pages.fits(LEADING)) {
                    pages.show("In lúc " + TIME.format(book.printedAt()) + ".", pages.italic, SIZE, PdfPages.MARGIN,
                            pages.y);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the tracking book of " + book.unitCode(), e);
        }
    }

    private static List<String> cells(int no, TrackingBook.Entry entry, String unitName) {
        return List.of(String.valueOf(no), entry.code(), entry.procedureName(), "1",
                entry.applicantInitials() == null ? "" : entry.applicantInitials(),
                "", unitName, time(entry.receivedAt()), time(entry.appointedAt()), time(entry.transferredAt()),
                time(entry.returnedAt()), "", note(entry));
    }

    private static String note(TrackingBook.Entry entry) {
        String status = switch (entry.status()) {
            case SUBMITTED_ONLINE, ACCEPTED, PROCESSING -> "Đang xử lý";
            case REFUSED -> "Từ chối tiếp nhận";
            case SUPPLEMENT_REQUESTED -> "Chờ bổ sung hồ sơ";
            case FEE_REQUESTED -> "Chờ thực hiện nghĩa vụ tài chính";
            case WITHDRAWAL_REQUESTED -> "Công dân rút hồ sơ";
            case STOPPED -> "Dừng xử lý";
            case RESULT_READY -> "Đã có kết quả, chờ trả";
            case RESULT_RETURNED -> "Đã trả kết quả";
        };
        return entry.extensions() > 0 ? status + "; hẹn lại " + time(entry.dueAt()) : status;
    }

    private static void headings(PdfPages pages) throws IOException {
        List<String> numbers = new ArrayList<>();
        for (int i = 1; i <= HEADINGS.length; i++) {
            numbers.add("(" + i + ")");
        }
        drawRow(pages, List.of(HEADINGS), pages.bold, true);
        drawRow(pages, numbers, pages.italic, true);
    }

    /** One dossier; a new page with the headings again when it does not fit. */
    private static void row(PdfPages pages, List<String> cells) throws IOException {
        if (!pages.fits(height(pages, cells, pages.regular))) {
            pages.newPage();
            headings(pages);
        }
        drawRow(pages, cells, pages.regular, false);
    }

    private static float height(PdfPages pages, List<String> cells, PDFont font) throws IOException {
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) {
            lines = Math.max(lines, pages.wrap(cells.get(i), font, SIZE, COLUMNS[i] - 2 * PAD).size());
        }
        return lines * LEADING + 2 * PAD;
    }

    private static void drawRow(PdfPages pages, List<String> cells, PDFont font, boolean centred) throws IOException {
        float height = height(pages, cells, font);
        float x = PdfPages.MARGIN;
        for (int i = 0; i < cells.size(); i++) {
            pages.box(x, pages.y, COLUMNS[i], height);
            float line = pages.y - PAD;
            for (String text : pages.wrap(cells.get(i), font, SIZE, COLUMNS[i] - 2 * PAD)) {
                line -= LEADING;
                float left = centred ? x + (COLUMNS[i] - pages.width(text, font, SIZE)) / 2 : x + PAD;
                pages.show(text, font, SIZE, left, line + 2.5f);
            }
            x += COLUMNS[i];
        }
        pages.y -= height;
    }

    private static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }
}
