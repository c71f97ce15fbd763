package vn.motcua.workflow.controlsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.motcua.contracts.dossier.Timeliness;

/**
 * Form 05 prints whatever officers' names and notes hold, like the receipt (issue 13 item 2): an emoji shows as a
 * mark, a line break starts a new line, Vietnamese letters (typed composed or decomposed) print as they read.
 */
class ControlSheetPdfTest {

    private static final Instant RECEIVED = Instant.parse("2026-12-07T02:00:00Z");

    @Test
    void anEmojiOrLineBreakInANameOrNotePrintsInsteadOfFailingTheSheet() throws Exception {
        String decomposed = Normalizer.normalize("Trần Thị Hằng", Normalizer.Form.NFD);
        ControlSheet sheet = new ControlSheet("000.00.31.H41-261207-0001", "31639", "1.013978", 1, RECEIVED,
                RECEIVED.plusSeconds(86_400 * 20), "PROCESSING", List.of(
                        new ControlSheet.Row(1, 1, "receive", "Nguyễn Văn An 😀\nBộ phận một cửa", decomposed,
                                "OFFICER", RECEIVED, RECEIVED.plusSeconds(3600), RECEIVED.plusSeconds(1800),
                                "Lê Văn Bình 🏠\r\nPhòng Tư pháp", "APPROVE", Timeliness.EARLY),
                        new ControlSheet.Row(2, 2, "decide", "Đặng Thị Ánh\u0000", "Phạm Quốc Việt", "OFFICER",
                                RECEIVED.plusSeconds(1800), RECEIVED.plusSeconds(7200), null, null, null, null)));

        byte[] pdf = ControlSheetPdf.render(sheet);

        List<String> lines;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            lines = new PDFTextStripper().getText(document).lines()
                    .map(line -> line.strip().replaceAll("\\s+", " ")).toList();
        }
        assertThat(lines).contains("Giao: Nguyễn Văn An ?", "Bộ phận một cửa Nhận: Trần Thị Hằng (OFFICER)")
                .anySatisfy(line -> assertThat(line).endsWith("Ghi chú: APPROVE bởi Lê Văn Bình ?"))
                .contains("Phòng Tư pháp")
                .contains("Giao: Đặng Thị Ánh Nhận: Phạm Quốc Việt (OFFICER)");
    }
}
