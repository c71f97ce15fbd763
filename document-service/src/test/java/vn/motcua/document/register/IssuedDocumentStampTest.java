package vn.motcua.document.register;

import static org.assertj.core.api.Assertions.assertThat;

import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.spi.DSSUtils;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.contracts.document.SignatureCheck;
import vn.motcua.document.signature.DevelopmentCa;
import vn.motcua.document.signature.PadesSigner;
import vn.motcua.document.signature.PdfSignatureValidator;
import vn.motcua.document.signature.SignatureReport;
import vn.motcua.document.signature.SigningKey;
import vn.motcua.document.testing.TestPdfs;

/**
 * An issued document shows its number and symbol, its date and its signatures, on the page, while both
 * signatures stay intact: each visible appearance is its own signature's field, added with it.
 */
class IssuedDocumentStampTest {

    private static final Instant PERSON_SIGNS = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final Instant ORGANISATION_SIGNS = PERSON_SIGNS.plusSeconds(65);
    private static final DateTimeFormatter VIETNAM_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static DevelopmentCa ca;
    private static byte[] issued;

    @BeforeAll
    static void signAsTheOfficeDoes(@TempDir Path keys) {
        ca = DevelopmentCa.openOrCreate(keys, "test-only".toCharArray());
        SigningKey chairperson = ca.issue(keys.resolve("person/31639/an.nguyen.p12"), "Nguyễn Văn An", "31639",
                "an.nguyen", Duration.ofDays(365));
        SigningKey organisation = ca.issue(keys.resolve("organisation/31639.p12"), "UBND xã Long Phú", "31639", null,
                Duration.ofDays(365));
        PadesSigner signer = new PadesSigner();
        DSSDocument draft = new InMemoryDocument(TestPdfs.withText("QUYẾT ĐỊNH về việc cấp giấy phép xây dựng"));
        DSSDocument byPerson = signer.sign(draft, chairperson, new PadesSigner.Purpose("Ký duyệt quyết định",
                "Long Phú", PERSON_SIGNS), Optional.of(SignatureStamp.person("Nguyễn Văn An", Optional.of("Chủ tịch"),
                PERSON_SIGNS)));
        DSSDocument byOrganisation = signer.sign(byPerson, organisation, new PadesSigner.Purpose(
                "Ban hành văn bản số 01/QĐ-UBND", "Long Phú", ORGANISATION_SIGNS), Optional.of(
                SignatureStamp.organisation("UBND xã Long Phú", "01/QĐ-UBND", LocalDate.of(2026, 12, 7),
                        ORGANISATION_SIGNS)));
        issued = DSSUtils.toByteArray(byOrganisation);
    }

    @Test
    void theNumberTheDateAndTheSignersCanBeReadOnThePage() throws IOException {
        String text = TestPdfs.visibleText(issued);

        assertThat(text).contains("QUYẾT ĐỊNH về việc cấp giấy phép xây dựng", "Số: 01/QĐ-UBND",
                "Ngày ban hành: ngày 07 tháng 12 năm 2026", "Ký số bởi: UBND xã Long Phú",
                "Ký bởi: Nguyễn Văn An", "Chức vụ: Chủ tịch",
                "Thời gian ký: " + VIETNAM_TIME.format(PERSON_SIGNS) + " +07:00",
                "Thời gian ký: " + VIETNAM_TIME.format(ORGANISATION_SIGNS) + " +07:00");
    }

    @Test
    void theVisibleSignaturesLeaveBothSignaturesIntactAndValid() {
        SignatureReport report = new PdfSignatureValidator(List.of(ca.certificate()))
                .validate(new InMemoryDocument(issued));

        assertThat(report.verdict()).isEqualTo(SignatureCheck.VALID);
        assertThat(report.signatures()).hasSize(2).allSatisfy(s -> {
            assertThat(s.intact()).isTrue();
            assertThat(s.changedAfterSigning()).isFalse();
            assertThat(s.indication()).isEqualTo("TOTAL_PASSED");
        });
    }

    @Test
    void thePageIsRenderedForAPersonToLookAt() throws IOException {
        Path png = Path.of("target/issued-document.png");
        try (PDDocument document = Loader.loadPDF(issued)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 100);
            ImageIO.write(page, "png", png.toFile());
        }
        assertThat(Files.size(png)).isPositive();
    }

    @Test
    void theDateLineIsWrittenTheVietnameseWay() {
        assertThat(SignatureStamp.vietnameseDate(LocalDate.of(2026, 3, 1))).isEqualTo("ngày 01 tháng 03 năm 2026");
    }
}
