package vn.motcua.workflow.controlsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntPredicate;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.motcua.backbone.text.PrintableText;
import vn.motcua.contracts.dossier.Timeliness;
import vn.motcua.calendar.WorkingCalendar;

/**
 * Renders form 05 as an A4 PDF, the way intake-service renders its receipt: PDFBox, DejaVu Sans embedded as a
 * subset (it has every Vietnamese glyph), every text through {@link PrintableText} (NFC, line breaks kept, a mark
 * for what the font lacks) so that no name or note fails the sheet. One block per hand-off, in the form's
 * columns: handed by / received by, when, the step's deadline, result (early / on time / late), note.
 */
public final class ControlSheetPdf {

    private static final String FONT_DIR = "/net/sf/jasperreports/fonts/dejavu/";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy")
            .withZone(WorkingCalendar.ZONE);
    private static final float MARGIN = 50;
    private static final float SIZE = 10;
    private static final float LEADING = 14;

    private ControlSheetPdf() {
    }

    public static byte[] render(ControlSheet sheet) {
        try (PDDocument document = new PDDocument()) {
            PDFont regular = font(document, "DejaVuSans.ttf");
            PDFont bold = font(document, "DejaVuSans-Bold.ttf");
            document.getDocumentInformation().setTitle("Phiếu kiểm soát quá trình giải quyết hồ sơ " + sheet.code());
            document.getDocumentInformation().setCreator("MotCua workflow-service");
            Pages pages = new Pages(document);
            pages.centered("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", bold, 13);
            pages.line("Mã hồ sơ: " + sheet.code(), bold);
            pages.line("Thủ tục: " + sheet.procedureCode() + " (quy trình phiên bản " + sheet.definitionVersion()
                    + ")    Đơn vị: " + sheet.unitCode(), regular);
            pages.line("Tiếp nhận: " + time(sheet.receivedAt()) + "    Hẹn trả kết quả: " + time(sheet.dueAt()),
                    regular);
            pages.gap();
            for (ControlSheet.Row row : sheet.rows()) {
                pages.line(row.no() + ". Bước " + row.stepNumber() + " (" + row.step() + ")", bold);
                pages.line("    Giao: " + row.handedBy() + "    Nhận: " + row.holder() + " (" + row.holderKind() + ")",
                        regular);
                pages.line("    Thời gian giao, nhận: " + time(row.receivedAt()) + "    Hạn xử lý: "
                        + time(row.dueAt()), regular);
                pages.line("    Kết quả: " + result(row) + "    Ghi chú: "
                        + (row.endedWith() == null ? "" : row.endedWith() + " bởi " + row.endedBy()), regular);
            }
            pages.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the control sheet of " + sheet.code(), e);
        }
    }

    private static String result(ControlSheet.Row row) {
        if (row.timeliness() == null) {
            return "đang xử lý";
        }
        String word = row.timeliness() == Timeliness.EARLY ? "trước hạn"
                : row.timeliness() == Timeliness.ON_TIME ? "đúng hạn" : "quá hạn";
        return word + " (" + time(row.endedAt()) + ")";
    }

    private static String time(Instant instant) {
        return instant == null ? "-" : TIME.format(instant);
    }

    private static PDFont font(PDDocument document, String file) throws IOException {
        try (InputStream in = ControlSheetPdf.class.getResourceAsStream(FONT_DIR + file)) {
            if (in == null) {
                throw new IOException("font " + file + " missing from the classpath (jasperreports-fonts)");
            }
            return PDType0Font.load(document, in, true);
        }
    }

    /** Writes lines downwards, starting a new page when one is full. */
    private static final class Pages {
        private final PDDocument document;
        private final Map<PDFont, Map<Integer, Boolean>> coverage = new HashMap<>();
        private PDPageContentStream content;
        private float y;

        Pages(PDDocument document) throws IOException {
            this.document = document;
            newPage();
        }

        void line(String text, PDFont font) throws IOException {
            for (String line : PrintableText.lines(text, glyphs(font))) {
                show(line, font, SIZE, MARGIN);
            }
        }

        void centered(String text, PDFont font, float size) throws IOException {
            String t = PrintableText.line(text, glyphs(font));
            show(t, font, size, (PDRectangle.A4.getWidth() - font.getStringWidth(t) / 1000 * size) / 2);
            gap();
        }

        void gap() {
            y -= LEADING / 2;
        }

        private void show(String text, PDFont font, float size, float x) throws IOException {
            if (y - LEADING < MARGIN) {
                newPage();
            }
            y -= LEADING * size / SIZE;
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, y);
            content.showText(text);
            content.endText();
        }

        private void newPage() throws IOException {
            close();
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void close() throws IOException {
            if (content != null) {
                content.close();
                content = null;
            }
        }

        /** Whether {@code font} can show a code point; asked once per font and code point. */
        private IntPredicate glyphs(PDFont font) {
            Map<Integer, Boolean> known = coverage.computeIfAbsent(font, f -> new HashMap<>());
            return cp -> known.computeIfAbsent(cp, c -> hasGlyph(font, c));
        }

        private static boolean hasGlyph(PDFont font, int codePoint) {
            try {
                font.encode(new String(Character.toChars(codePoint)));
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        }
    }
}
