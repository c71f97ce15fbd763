package vn.motcua.intake.receipt;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.motcua.backbone.text.PrintableText;
import vn.motcua.calendar.WorkingCalendar;

/**
 * Renders form 01 as a one-page A4 PDF. Vietnamese needs glyphs a standard PDF font lacks, so DejaVu Sans
 * (which covers Vietnamese, including precomposed letters such as ệ, ữ, ặ) is embedded as a subset. Every text
 * goes through {@link PrintableText} first: composed (NFC) so every letter maps to one glyph, its line breaks kept,
 * and a mark for what DejaVu lacks (an emoji in a name), so no applicant's text fails the receipt. The QR code is
 * drawn as vector squares.
 */
public final class ReceiptPdf {

    private static final String FONT_DIR = "/net/sf/jasperreports/fonts/dejavu/";
    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float SIZE = 11;
    private static final float LEADING = 15;

    private ReceiptPdf() {
    }

    public static byte[] render(Receipt receipt) {
        try (PDDocument document = new PDDocument()) {
            PDFont regular = font(document, "DejaVuSans.ttf");
            PDFont bold = font(document, "DejaVuSans-Bold.ttf");
            PDFont italic = font(document, "DejaVuSans-Oblique.ttf");
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Giấy tiếp nhận hồ sơ và hẹn trả kết quả " + receipt.code());
            info.setCreator("MotCua intake-service");
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                Writer w = new Writer(content, regular, bold, italic, PDRectangle.A4.getHeight() - MARGIN);
                header(w, receipt);
                body(w, receipt);
                footer(w, receipt);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the receipt of " + receipt.code(), e);
        }
    }

    private static void header(Writer w, Receipt r) throws IOException {
        float left = MARGIN + WIDTH * 0.22f;
        float right = MARGIN + WIDTH * 0.70f;
        float top = w.y;
        w.centered("ỦY BAN NHÂN DÂN", w.regular, 10, left);
        w.centered(r.unitName().toUpperCase(java.util.Locale.forLanguageTag("vi")), w.regular, 10, left);
        w.centered("BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ", w.bold, 10, left);
        float leftBottom = w.y;
        w.y = top;
        w.centered("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", w.bold, 10, right);
        w.centered("Độc lập - Tự do - Hạnh phúc", w.bold, 10, right);
        ZonedDateTime received = local(r.receivedAt());
        w.centered(String.format("Ngày %02d tháng %02d năm %d", received.getDayOfMonth(), received.getMonthValue(),
                received.getYear()), w.italic, 10, right);
        w.y = Math.min(leftBottom, w.y) - LEADING;
        w.line("Mã hồ sơ: " + r.code(), w.bold, SIZE);
        w.y -= LEADING / 2;
        w.centered("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", w.bold, 14, MARGIN + WIDTH / 2);
        w.y -= LEADING / 2;
    }

    private static void body(Writer w, Receipt r) throws IOException {
        w.paragraph("Bộ phận tiếp nhận và trả kết quả: " + r.unitName());
        w.paragraph("Tiếp nhận hồ sơ của: " + r.applicantName());
        if (r.representativeName() != null) {
            w.paragraph("Người được ủy quyền nộp hồ sơ: " + r.representativeName());
        }
        if (r.applicantAddress() != null) {
            w.paragraph("Địa chỉ: " + r.applicantAddress());
        }
        w.paragraph("Số điện thoại: " + orDash(r.applicantPhone()) + "    Email: " + orDash(r.applicantEmail()));
        w.paragraph("Nội dung yêu cầu giải quyết: " + r.procedureName());
        w.paragraph("1. Thành phần hồ sơ nộp gồm:");
        for (Receipt.Line line : r.components()) {
            w.indented(line.no() + ". " + line.name() + " (bản chính: " + line.originals() + ", bản sao: "
                    + line.copies() + ")");
        }
        w.paragraph("2. Số lượng hồ sơ: 01 (bộ)");
        w.paragraph("3. Thời gian giải quyết hồ sơ theo quy định là: " + r.processingTime());
        w.paragraph("4. Thời gian nhận hồ sơ: " + spelled(r.receivedAt()));
        w.paragraph("5. Thời gian trả kết quả giải quyết hồ sơ: " + spelled(r.dueAt()));
        if (r.unconfirmedYears() != null && !r.unconfirmedYears().isEmpty()) {
            w.paragraph("Ngày hẹn trả tính theo lịch nghỉ theo luật năm " + r.unconfirmedYears().stream()
                    .map(String::valueOf).collect(Collectors.joining(", "))
                    + ", chưa có thông báo chính thức");
        }
        w.paragraph("6. Đăng ký nhận kết quả tại: " + r.collectAt());
    }

    private static void footer(Writer w, Receipt r) throws IOException {
        w.y -= LEADING;
        float signatures = w.y;
        w.centered("NGƯỜI NỘP HỒ SƠ", w.bold, SIZE, MARGIN + WIDTH * 0.22f);
        w.centered("(Ký và ghi rõ họ tên)", w.italic, 9, MARGIN + WIDTH * 0.22f);
        w.y = signatures;
        w.centered("NGƯỜI TIẾP NHẬN HỒ SƠ", w.bold, SIZE, MARGIN + WIDTH * 0.75f);
        w.centered("(Ký và ghi rõ họ tên)", w.italic, 9, MARGIN + WIDTH * 0.75f);
        w.y -= 70;
        float qrSize = 100;
        float qrTop = Math.max(w.y, MARGIN + qrSize);
        qr(w.content, r.lookupUrl(), MARGIN, qrTop - qrSize, qrSize);
        Writer side = new Writer(w.content, w.regular, w.bold, w.italic, qrTop - 12);
        side.x = MARGIN + qrSize + 12;
        side.width = WIDTH - qrSize - 12;
        side.paragraph("Tra cứu tình trạng hồ sơ: quét mã QR hoặc truy cập " + r.lookupUrl());
        side.paragraph("Mã hồ sơ: " + r.code());
        side.paragraph(r.lookupSecret() == null ? "Mã tra cứu: xem biên nhận gốc (không in lại được)"
                : "Mã tra cứu: " + r.lookupSecret());
        side.line("Giữ bí mật mã tra cứu; cơ quan không hỏi mã này qua điện thoại.", w.italic, 9);
    }

    private static void qr(PDPageContentStream content, String text, float x, float y, float size) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.MARGIN, 2, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code of " + text, e);
        }
        float module = size / matrix.getWidth();
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int col = 0; col < matrix.getWidth(); col++) {
                if (matrix.get(col, row)) {
                    content.addRect(x + col * module, y + size - (row + 1) * module, module, module);
                }
            }
        }
        content.fill();
    }

    private static String spelled(Instant instant) {
        ZonedDateTime t = local(instant);
        return String.format("%02d giờ %02d phút, ngày %02d/%02d/%d", t.getHour(), t.getMinute(), t.getDayOfMonth(),
                t.getMonthValue(), t.getYear());
    }

    private static ZonedDateTime local(Instant instant) {
        return instant.atZone(WorkingCalendar.ZONE);
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }

    private static PDFont font(PDDocument document, String file) throws IOException {
        try (InputStream in = ReceiptPdf.class.getResourceAsStream(FONT_DIR + file)) {
            if (in == null) {
                throw new IOException("font " + file + " missing from the classpath (jasperreports-fonts)");
            }
            return PDType0Font.load(document, in, true);
        }
    }

    /** Writes lines downwards from {@code y}, wrapping paragraphs to the width. */
    private static final class Writer {
        final PDPageContentStream content;
        final PDFont regular;
        final PDFont bold;
        final PDFont italic;
        float y;
        float x = MARGIN;
        float width = WIDTH;
        final Map<PDFont, Map<Integer, Boolean>> coverage = new HashMap<>();

        Writer(PDPageContentStream content, PDFont regular, PDFont bold, PDFont italic, float y) {
            this.content = content;
            this.regular = regular;
            this.bold = bold;
            this.italic = italic;
            this.y = y;
        }

        void paragraph(String text) throws IOException {
            for (String printable : PrintableText.lines(text, glyphs(regular))) {
                for (String line : wrap(printable, regular, SIZE, width)) {
                    line(line, regular, SIZE);
                }
            }
        }

        void indented(String text) throws IOException {
            x += 20;
            width -= 20;
            paragraph(text);
            x -= 20;
            width += 20;
        }

        void line(String text, PDFont font, float size) throws IOException {
            show(PrintableText.line(text, glyphs(font)), font, size, x);
        }

        void centered(String text, PDFont font, float size, float centre) throws IOException {
            String t = PrintableText.line(text, glyphs(font));
            show(t, font, size, centre - font.getStringWidth(t) / 1000 * size / 2);
        }

        private void show(String text, PDFont font, float size, float at) throws IOException {
            y -= LEADING * size / SIZE;
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(at, y);
            content.showText(text);
            content.endText();
        }

        private static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String word : text.split(" ", -1)) {
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (!current.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                    lines.add(current.toString());
                    current = new StringBuilder("    " + word);
                } else {
                    current = new StringBuilder(candidate);
                }
            }
            lines.add(current.toString());
            return lines;
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
