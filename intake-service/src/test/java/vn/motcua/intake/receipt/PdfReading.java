package vn.motcua.intake.receipt;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a PDF back as a person would: its text, and the QR code on its page. */
public final class PdfReading {

    private PdfReading() {
    }

    /** The document's lines as printed, without surrounding white space. */
    public static java.util.List<String> lines(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).lines().map(String::strip).toList();
        }
    }

    /** The text of the document with every run of white space (line breaks of wrapped lines too) as one space. */
    public static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    public static int pages(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    /** Renders the first page at 150 dpi and decodes the QR code on it. */
    public static String qrCode(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 150);
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            var source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
        }
    }

    /** The names of the fonts embedded in the first page. */
    public static java.util.List<String> fonts(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var resources = document.getPage(0).getResources();
            java.util.List<String> names = new java.util.ArrayList<>();
            for (var name : resources.getFontNames()) {
                var font = resources.getFont(name);
                names.add(font.getName() + (font.isEmbedded() ? " (embedded)" : ""));
            }
            return names;
        }
    }
}
