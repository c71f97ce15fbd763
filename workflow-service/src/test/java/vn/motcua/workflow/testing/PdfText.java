package vn.motcua.workflow.testing;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads workflow's forms (02, 04, 05, 06) back as text, as a person reading the printed page would. */
public final class PdfText {

    private PdfText() {
    }

    /** The text with every run of white space as one space: forms wrap text inside columns and paragraphs. */
    public static String of(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    public static int pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }
}
