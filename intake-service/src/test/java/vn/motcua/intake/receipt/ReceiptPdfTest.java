package vn.motcua.intake.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.ProcessingTime;

class ReceiptPdfTest {

    private static Receipt receipt(String secret) {
        return new Receipt("Thị trấn Long Phú", "000.01.35.H51-220715-0001", "Nguyễn Thị Ánh Tuyết",
                "Ấp Phú Đức, thị trấn Long Phú, huyện Long Phú, tỉnh Sóc Trăng", "0912345678", null, null,
                "Đăng ký khai sinh",
                List.of(new Receipt.Line(1, "Tờ khai đăng ký khai sinh theo mẫu", 1, 0),
                        new Receipt.Line(2, "Giấy chứng sinh hoặc giấy tờ thay thế Giấy chứng sinh", 1, 0)),
                ProcessingTimeText.of(ProcessingTime.onReceipt().withCutOff(java.time.LocalTime.of(15, 0))),
                Instant.parse("2022-07-15T02:05:00Z"), Instant.parse("2022-07-15T10:00:00Z"),
                "Bộ phận tiếp nhận và trả kết quả, Thị trấn Long Phú",
                "https://motcua.example/tra-cuu?ma=000.01.35.H51-220715-0001", secret, new java.util.TreeSet<>());
    }

    @Test
    void theReceiptReadsInVietnamese() throws Exception {
        byte[] pdf = ReceiptPdf.render(receipt("ABCD23EFGH"));
        String text = PdfReading.text(pdf);

        assertThat(PdfReading.pages(pdf)).isEqualTo(1);
        assertThat(text)
                .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                .contains("Độc lập - Tự do - Hạnh phúc")
                .contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ")
                .contains("BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ")
                .contains("THỊ TRẤN LONG PHÚ")
                .contains("Mã hồ sơ: 000.01.35.H51-220715-0001")
                .contains("Tiếp nhận hồ sơ của: Nguyễn Thị Ánh Tuyết")
                .contains("Ấp Phú Đức")
                .contains("Nội dung yêu cầu giải quyết: Đăng ký khai sinh")
                .contains("Giấy chứng sinh")
                .contains("Thời gian nhận hồ sơ: 09 giờ 05 phút, ngày 15/07/2022")
                .contains("Thời gian trả kết quả giải quyết hồ sơ: 17 giờ 00 phút, ngày 15/07/2022")
                .contains("Ngay trong ngày tiếp nhận (tiếp nhận sau 15:00 thì tính từ ngày làm việc tiếp theo)")
                .contains("Mã tra cứu: ABCD23EFGH")
                .contains("NGƯỜI TIẾP NHẬN HỒ SƠ");
        assertThat(PdfReading.fonts(pdf)).allMatch(f -> f.contains("DejaVu") && f.endsWith("(embedded)"));
    }

    @Test
    void theQrCodeCarriesTheLookupAddressWithTheCode() throws Exception {
        byte[] pdf = ReceiptPdf.render(receipt("ABCD23EFGH"));
        assertThat(PdfReading.qrCode(pdf)).isEqualTo("https://motcua.example/tra-cuu?ma=000.01.35.H51-220715-0001");
    }

    @Test
    void aReprintWithoutTheSecretSaysSo() throws Exception {
        String text = PdfReading.text(ReceiptPdf.render(receipt(null)));
        assertThat(text).contains("Mã tra cứu: xem biên nhận gốc").doesNotContain("ABCD23EFGH");
    }

    @Test
    void processingTimesAreWrittenAsOnTheForm() {
        assertThat(ProcessingTimeText.of(ProcessingTime.workingDays(3))).isEqualTo("03 ngày làm việc");
        assertThat(ProcessingTimeText.of(ProcessingTime.workingHours(4))).isEqualTo("04 giờ làm việc");
        assertThat(ProcessingTimeText.of(ProcessingTime.calendarDays(15))).isEqualTo("15 ngày");
    }

    @Test
    void anEmojiOrLineBreakInTheApplicantsTextPrintsInsteadOfFailingTheReceipt() throws Exception {
        Receipt r = receipt("ABCD23EFGH");
        Receipt odd = new Receipt(r.unitName(), r.code(), "Nguyễn Văn An 😀\nBình", "Ấp 3\r\nxã Long Phú 🏠", "0912\t345",
                null, "Trần\u0000 Thị B", r.procedureName(), r.components(), r.processingTime(), r.receivedAt(), r.dueAt(),
                r.collectAt(), r.lookupUrl(), r.lookupSecret(), r.unconfirmedYears());

        byte[] pdf = ReceiptPdf.render(odd);

        assertThat(PdfReading.text(pdf)).contains("Tiếp nhận hồ sơ của: Nguyễn Văn An ? Bình")
                .contains("Địa chỉ: Ấp 3 xã Long Phú ?")
                .contains("Số điện thoại: 0912 345")
                .contains("Người được ủy quyền nộp hồ sơ: Trần Thị B");
        // each line break starts a new line of the form
        assertThat(PdfReading.lines(pdf)).contains("Tiếp nhận hồ sơ của: Nguyễn Văn An ?", "Bình", "Địa chỉ: Ấp 3",
                "xã Long Phú ?");
    }
}
