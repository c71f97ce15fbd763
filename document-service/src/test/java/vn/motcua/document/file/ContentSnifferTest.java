package vn.motcua.document.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.backbone.problem.ProblemException;
import vn.motcua.document.testing.TestPdfs;

/** What a desk officer uploads is recognised by its bytes; broken and foreign files are refused. */
class ContentSnifferTest {

    @TempDir
    Path directory;

    @Test
    void pdfAndImagesAreRecognisedWhateverTheirName() throws IOException {
        assertThat(detect("scan.jpg", TestPdfs.withText("Tờ khai"))).isEqualTo(FileKind.PDF);
        assertThat(detect("photo.pdf", image("jpeg"))).isEqualTo(FileKind.JPEG);
        assertThat(detect("photo", image("png"))).isEqualTo(FileKind.PNG);
    }

    @Test
    void officeDocumentsAreRecognisedByTheirContainerAndMainPart() throws IOException {
        assertThat(detect("a.zip", zip(Map.of("[Content_Types].xml", "<Types/>", "word/document.xml", "<w/>"))))
                .isEqualTo(FileKind.DOCX);
        assertThat(detect("a", zip(Map.of("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<x/>"))))
                .isEqualTo(FileKind.XLSX);
        assertThat(detect("a", zip(Map.of("[Content_Types].xml", "<Types/>", "ppt/presentation.xml", "<p/>"))))
                .isEqualTo(FileKind.PPTX);
        assertThat(detect("a", zip(Map.of("mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<o/>"))))
                .isEqualTo(FileKind.ODT);
        assertThat(detect("a", zip(Map.of("mimetype", "application/vnd.oasis.opendocument.spreadsheet"))))
                .isEqualTo(FileKind.ODS);
    }

    @Test
    void legacyOfficeFilesAreRecognisedByTheirMainStream() throws IOException {
        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            workbook.createSheet("Sổ theo dõi").createRow(0).createCell(0).setCellValue("Hồ sơ");
            workbook.write(xls);
        }
        assertThat(detect("bao-cao.xls", xls.toByteArray())).isEqualTo(FileKind.XLS);
        assertThat(detect("to-trinh.doc", compound("WordDocument"))).isEqualTo(FileKind.DOC);
        assertThat(detect("slides", compound("PowerPoint Document"))).isEqualTo(FileKind.PPT);
        assertRefused(compound("Something Else"), 415);
        assertRefused(compound("EncryptedPackage"), 422);
    }

    @Test
    void textArchivesAndExecutablesAreNotAccepted() {
        assertRefused("Xin chào".getBytes(StandardCharsets.UTF_8), 415);
        assertRefused(zip(Map.of("readme.txt", "hello")), 415);
        assertRefused(new byte[] {'M', 'Z', 0, 0, 1, 2, 3}, 415);
    }

    @Test
    void truncatedOrDamagedFilesAreRefusedAsCorrupt() throws IOException {
        byte[] pdf = TestPdfs.withText("Giấy tờ");
        assertRefused(Arrays.copyOf(pdf, pdf.length - 40), 422);
        byte[] jpeg = image("jpeg");
        assertRefused(Arrays.copyOf(jpeg, jpeg.length / 2), 422);
        byte[] png = image("png");
        assertRefused(Arrays.copyOf(png, png.length - 12), 422);
        byte[] docx = zip(Map.of("[Content_Types].xml", "<Types/>", "word/document.xml", "<w/>"));
        assertRefused(Arrays.copyOf(docx, docx.length / 2), 422);
        byte[] xlsHeaderOnly = Arrays.copyOf(compound("Workbook"), 512);
        assertRefused(xlsHeaderOnly, 422);
    }

    private FileKind detect(String name, byte[] content) throws IOException {
        Path file = directory.resolve(name);
        Files.write(file, content);
        return ContentSniffer.detect(file);
    }

    private void assertRefused(byte[] content, int status) {
        assertThatThrownBy(() -> detect("upload", content)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.status()).as(e.getMessage()).isEqualTo(status));
    }

    private static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 4, 0xFF0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private static byte[] zip(Map<String, String> entries) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                if (entries.containsKey("mimetype")) {
                    zip.putNextEntry(new ZipEntry("mimetype"));
                    zip.write(entries.get("mimetype").getBytes(StandardCharsets.US_ASCII));
                }
                for (var entry : entries.entrySet()) {
                    if (!entry.getKey().equals("mimetype")) {
                        zip.putNextEntry(new ZipEntry(entry.getKey()));
                        zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** An OLE2 compound file written by Apache POI with one stream of that name. */
    private static byte[] compound(String streamName) {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), streamName);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
