package vn.motcua.document.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.text.PDFTextStripper;

/** Small real PDFs for tests, written with PDFBox. */
public final class TestPdfs {

    private TestPdfs() {
    }

    /** A one-page PDF carrying {@code text} (Vietnamese is fine). */
    public static byte[] withText(String text) {
        try (PDDocument document = new PDDocument();
                InputStream font = PDDocument.class.getResourceAsStream(
                        "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType0Font type0 = PDType0Font.load(document, font);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(type0, 14);
                content.newLineAtOffset(72, 760);
                content.showText(text);
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Appends an incremental update that writes more text on the first page, leaving the signed bytes
     * alone: the signatures stay intact, but the content a reader sees changed after signing.
     */
    public static byte[] withTextAddedAfterSigning(byte[] signedPdf, String text) {
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(signedPdf);
                InputStream font = PDDocument.class.getResourceAsStream(
                        "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            PDPage page = document.getPage(0);
            PDType0Font type0 = PDType0Font.load(document, font);
            try (PDPageContentStream content = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true)) {
                content.beginText();
                content.setFont(type0, 14);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            page.getCOSObject().setNeedToBeUpdated(true);
            document.getPages().getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text a reader sees, the signature fields' appearances included (drawn into a copy of the pages). */
    public static String visibleText(byte[] pdf) {
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            PDAcroForm form = document.getDocumentCatalog().getAcroForm();
            if (form != null) {
                form.flatten(form.getFields(), false);
            }
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Flips one byte of the page content of a signed PDF: what an edit after signing looks like. */
    public static byte[] tamperedWithin(byte[] pdf, String visibleText) {
        byte[] copy = pdf.clone();
        // the text is in a compressed content stream; corrupt a byte well inside the first revision instead
        int at = indexOf(copy, "stream".getBytes()) + 20;
        copy[at] = (byte) (copy[at] ^ 0x01);
        return copy;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("not found");
    }
}
