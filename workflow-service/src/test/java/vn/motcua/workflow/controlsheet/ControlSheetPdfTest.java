package vn.motcua.workflow.controlsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import vn.motcua.contracts.dossier.Timeliness;

/**
 * Form 05 as people read it (issue 17 item 5): the unit's header and the national motto, names instead of ids,
 * steps and actions in Vietnamese, the procedure and unit by name, notes wrapped inside the page, the signature
 * columns; and whatever names and notes hold prints (issue 13 item 2): an emoji shows as a mark, a line break starts
 * a new line, Vietnamese letters typed composed or decomposed print as they read.
 */
class ControlSheetPdfTest {

    private static final Instant RECEIVED = Instant.parse("2026-12-07T02:00:00Z");
    private static final String LONG_NOTE = "Hồ sơ đủ điều kiện; đề nghị lãnh đạo xem xét ký duyệt giấy chứng nhận "
            + "và chuyển bộ phận văn thư vào sổ, đóng dấu, phát hành trong ngày theo quy định hiện hành";

    static ControlSheet sheet() {
        String decomposed = Normalizer.normalize("Trần Thị Hằng", Normalizer.Form.NFD);
        return new ControlSheet("000.00.31.H41-261207-0001", "31639", "Xã Long Phú", "Thành phố Cần Thơ",
                "1.013978", "Cấp bản sao trích lục hộ tịch", 1, RECEIVED, RECEIVED.plusSeconds(86_400 * 20),
                "PROCESSING", List.of(
                        new ControlSheet.Row(1, 1, "receive", "Tiếp nhận hồ sơ", "/motcua/intake-service",
                                "Nguyễn Văn An 😀\nBộ phận một cửa", "specialist.hang", decomposed, "PERSON",
                                "front-desk", RECEIVED, RECEIVED.plusSeconds(3600), RECEIVED.plusSeconds(1800),
                                "id-1", "Lê Văn Bình 🏠\r\nPhòng Tư pháp", "ASSIGN", "Chuyển xử lý", LONG_NOTE,
                                Timeliness.EARLY),
                        new ControlSheet.Row(2, 2, "appraise", "Thẩm định, xử lý hồ sơ", "id-1",
                                "Đặng Thị Ánh\u0000", "leader.viet", "Phạm Quốc Việt", "PERSON", "specialist",
                                RECEIVED.plusSeconds(1800), RECEIVED.plusSeconds(7200), null, null, null, null, null,
                                null, null)),
                List.of(new ControlSheet.Fee("RECORD_FEE_PAID", "Thu phí, lệ phí", 50_000, "BL-0001",
                        RECEIVED.plusSeconds(600), "id-2", "Ngô Thị Thu")));
    }

    @Test
    void theSheetHasTheFormsHeaderNamesInVietnameseAndTheSignatureColumns() throws Exception {
        byte[] pdf = ControlSheetPdf.render(sheet());

        List<String> lines = lines(pdf);
        assertThat(lines).contains("THÀNH PHỐ CẦN THƠ", "XÃ LONG PHÚ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                        "Độc lập - Tự do - Hạnh phúc", "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ",
                        "Mã hồ sơ: 000.00.31.H41-261207-0001", "Bước 1: Tiếp nhận hồ sơ",
                        "Trước hạn", "Đang xử lý")
                .anySatisfy(line -> assertThat(line).startsWith("Thủ tục: Cấp bản sao trích lục hộ tịch (mã 1.013978"))
                .anySatisfy(line -> assertThat(line).contains("Người giao Người nhận"))
                .anySatisfy(line -> assertThat(line).contains("Thu phí, lệ phí: 50.000 đồng, biên lai số BL-0001"))
                .noneSatisfy(line -> assertThat(line).containsAnyOf("ASSIGN", "RETURN_RESULT", "appraise"));
        assertThat(String.join(" ", lines)).contains("Chuyển xử lý - Lê Văn Bình ?", "Bước 2: Thẩm định, xử lý hồ sơ");
    }

    @Test
    void anEmojiOrLineBreakInANameOrNotePrintsInsteadOfFailingTheSheet() throws Exception {
        List<String> lines = lines(ControlSheetPdf.render(sheet()));
        assertThat(String.join("\n", lines)).contains("Giao: Nguyễn Văn An ?", "Bộ phận một cửa",
                "Nhận: Trần Thị Hằng", "Giao: Đặng Thị Ánh", "Nhận: Phạm Quốc Việt", "Phòng Tư pháp");
    }

    @Test
    void everyCharacterStaysInsideThePage() throws Exception {
        byte[] pdf = ControlSheetPdf.render(sheet());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            float right = page.getMediaBox().getWidth() - 30;
            float[] rightmost = {0};
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    positions.forEach(p -> rightmost[0] = Math.max(rightmost[0], p.getXDirAdj() + p.getWidthDirAdj()));
                    super.writeString(text, positions);
                }
            };
            assertThat(stripper.getText(document).replaceAll("\\s+", " ")).contains("theo quy định hiện hành");
            assertThat(rightmost[0]).isLessThan(right);
            // page 1 for a person to look at (copied to docs/form05.png when the layout changes)
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 110);
            Path target = Path.of("target");
            Files.createDirectories(target);
            ImageIO.write(image, "png", target.resolve("form05.png").toFile());
        }
    }

    private static List<String> lines(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).lines()
                    .map(line -> line.strip().replaceAll("\\s+", " ")).toList();
        }
    }
}
