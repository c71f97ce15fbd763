package vn.motcua.document.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** A printed register book: Vietnamese text that survives extraction, headings on every page, an embedded font. */
class RegisterBookPdfTest {

    private static final List<RegisterBookPdf.Column> COLUMNS = List.of(
            new RegisterBookPdf.Column("Số, ký hiệu văn bản", 1), new RegisterBookPdf.Column("Ngày tháng", 1),
            new RegisterBookPdf.Column("Tên loại và trích yếu nội dung văn bản", 3));

    @Test
    void aLongRegisterRunsOverPagesWithItsHeadingsAndReadableVietnamese() throws Exception {
        List<List<String>> rows = IntStream.rangeClosed(1, 120).mapToObj(n -> List.of(
                String.format("%02d/QĐ-UBND", n), "15/07/2022",
                "Quyết định về việc cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền"
                        + " với đất cho hộ ông Nguyễn Văn Số " + n)).toList();

        byte[] pdf = RegisterBookPdf.render("SỔ ĐĂNG KÝ VĂN BẢN ĐI", List.of("Đơn vị: 31639", "Năm 2022"), COLUMNS, rows);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/register-book-sample.pdf"), pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(3);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("SỔ ĐĂNG KÝ VĂN BẢN ĐI", "01/QĐ-UBND", "120/QĐ-UBND", "quyền sở hữu nhà ở",
                    "Nguyễn Văn Số 120", "Trang 4");
            PDFTextStripper lastPage = new PDFTextStripper();
            lastPage.setStartPage(document.getNumberOfPages());
            lastPage.setEndPage(document.getNumberOfPages());
            assertThat(lastPage.getText(document)).contains("Tên loại và trích yếu nội dung văn bản");
            PDFont font = document.getPage(0).getResources().getFont(
                    document.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
        }
    }

    @Test
    void anEmptyPeriodSaysSoAndAnUnprintableCharacterDoesNotSpoilTheBook() throws Exception {
        byte[] empty = RegisterBookPdf.render("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN", List.of("Quý III 2022"), COLUMNS, List.of());
        byte[] odd = RegisterBookPdf.render("SỔ", List.of(), COLUMNS,
                List.of(List.of("01/TB-UBND", "01/01/2023", "Thông báo 🎉 nghỉ Tết")));
        try (PDDocument document = Loader.loadPDF(empty)) {
            assertThat(new PDFTextStripper().getText(document)).contains("không có văn bản trong kỳ");
        }
        try (PDDocument document = Loader.loadPDF(odd)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Thông báo ? nghỉ Tết");
        }
    }
}
