package vn.motcua.backbone.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import vn.motcua.calendar.WorkingCalendar;

/** Renders an {@link OfficialLetter} as an A4 PDF on {@link PdfPages}, as forms 02, 03 and 04 are laid out. */
public final class OfficialLetterPdf {

    private static final float SIZE = 11;
    private static final float LEADING = SIZE * 1.45f;

    private OfficialLetterPdf() {
    }

    public static byte[] render(OfficialLetter letter) {
        try (PDDocument document = new PDDocument()) {
            document.getDocumentInformation().setTitle(titleCase(letter.title())
                    + (letter.dossierCode() == null ? "" : " " + letter.dossierCode()));
            document.getDocumentInformation().setCreator("MotCua " + letter.issuer());
            try (PdfPages pages = new PdfPages(document)) {
                pages.show("Mẫu số " + letter.number(), pages.italic, 8.5f,
                        PdfPages.MARGIN + pages.width() - pages.width("Mẫu số " + letter.number(), pages.italic, 8.5f),
                        pages.y + 12);
                pages.officialHeader(letter.parentUnitName(), letter.unitName());
                LocalDate day = letter.issuedAt().atZone(WorkingCalendar.ZONE).toLocalDate();
                String date = "Ngày %02d tháng %02d năm %d".formatted(day.getDayOfMonth(), day.getMonthValue(),
                        day.getYear());
                float dateLeft = PdfPages.MARGIN + 210;
                pages.y = pages.centred(date, pages.italic, 10, dateLeft, pages.width() - 210, pages.y - 6) - 24;
                pages.y = pages.centred(letter.title(), pages.bold, 13, PdfPages.MARGIN, pages.width(), pages.y);
                if (letter.dossierCode() != null) {
                    pages.y = pages.centred("Mã hồ sơ: " + letter.dossierCode(), pages.bold, 10.5f, PdfPages.MARGIN,
                            pages.width(), pages.y);
                }
                pages.y -= 14;
                for (String paragraph : letter.paragraphs()) {
                    paragraph(pages, paragraph);
                }
                signature(pages, letter);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render form " + letter.number() + " of " + letter.dossierCode(), e);
        }
    }

    private static void paragraph(PdfPages pages, String text) throws IOException {
        List<String> lines = pages.wrap(text, pages.regular, SIZE, pages.width());
        for (String line : lines) {
            if (!pages.fits(LEADING)) {
                pages.newPage();
            }
            pages.y -= LEADING;
            pages.show(line, pages.regular, SIZE, PdfPages.MARGIN, pages.y + 3);
        }
        pages.y -= 4;
    }

    /** The signer's title, what to do and their name, in the right half. */
    private static void signature(PdfPages pages, OfficialLetter letter) throws IOException {
        float height = 3 * LEADING + 60;
        if (!pages.fits(height)) {
            pages.newPage();
        }
        float left = PdfPages.MARGIN + pages.width() / 2;
        float half = pages.width() / 2;
        float below = pages.centred(letter.signerTitle(), pages.bold, SIZE, left, half, pages.y - 14);
        below = pages.centred("(Ký, ghi rõ họ tên)", pages.italic, 9.5f, left, half, below);
        if (letter.signerName() != null) {
            pages.centred(letter.signerName(), pages.bold, SIZE, left, half, below - 56);
        }
    }

    private static String titleCase(String upper) {
        String lower = upper.toLowerCase(java.util.Locale.forLanguageTag("vi"));
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
