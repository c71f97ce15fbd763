package vn.motcua.backbone.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.motcua.backbone.text.PrintableText;

/**
 * A4 pages written downwards: text wrapped to a width (every text through {@link PrintableText}, so a name or note
 * with an emoji or a line break prints instead of failing), ruled boxes, a new page when one is full, the unit's
 * header beside the national motto. DejaVu Sans embedded as a subset: it has every Vietnamese glyph. The one page
 * writer of the official forms: intake's 02 and 03 at the desk, workflow's 02, 04, 05 and 06. A service that uses it
 * declares PDFBox and the DejaVu font jar (net.sf.jasperreports:jasperreports-fonts); backbone has them optional.
 */
public final class PdfPages implements AutoCloseable {

    public static final float MARGIN = 40;
    public static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final String FONT_DIR = "/net/sf/jasperreports/fonts/dejavu/";

    public final PDFont regular;
    public final PDFont bold;
    public final PDFont italic;
    private final PDRectangle size;
    private final PDDocument document;
    private final Map<PDFont, Map<Integer, Boolean>> coverage = new HashMap<>();
    private PDPageContentStream content;
    /** The next line's top, from the bottom of the page. */
    public float y;

    public PdfPages(PDDocument document) throws IOException {
        this(document, PDRectangle.A4);
    }

    /** Pages of {@code size}, e.g. A4 turned to landscape for a wide register. */
    public PdfPages(PDDocument document, PDRectangle size) throws IOException {
        this.document = document;
        this.size = size;
        this.regular = font("DejaVuSans.ttf");
        this.bold = font("DejaVuSans-Bold.ttf");
        this.italic = font("DejaVuSans-Oblique.ttf");
        newPage();
    }

    /** {@code text} in lines no wider than {@code width}: its own line breaks kept, long words cut. */
    public List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : PrintableText.lines(text == null ? "" : text, glyphs(font))) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, font, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                // a word wider than the column (a long code or id) is cut where it reaches the edge
                for (int cp : word.codePoints().toArray()) {
                    String more = line + new String(Character.toChars(cp));
                    if (width(more, font, size) > width && !line.isEmpty()) {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                    line.appendCodePoint(cp);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    public float width(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** Writes one already printable line with its baseline at {@code baseline}. */
    public void show(String line, PDFont font, float size, float x, float baseline) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, baseline);
        content.showText(line);
        content.endText();
    }

    /** Lines centred in the box from {@code left}, {@code width} wide, from the current {@code y} down. */
    public float centred(String text, PDFont font, float size, float left, float width, float top) throws IOException {
        float line = top;
        for (String wrapped : wrap(text, font, size, width)) {
            line -= size * 1.35f;
            show(wrapped, font, size, left + (width - width(wrapped, font, size)) / 2, line);
        }
        return line;
    }

    public void rule(float x1, float y1, float x2, float y2) throws IOException {
        content.setLineWidth(0.6f);
        content.moveTo(x1, y1);
        content.lineTo(x2, y2);
        content.stroke();
    }

    public void box(float left, float top, float width, float height) throws IOException {
        content.setLineWidth(0.6f);
        content.addRect(left, top - height, width, height);
        content.stroke();
    }

    /** Whether {@code height} more points fit on this page. */
    public boolean fits(float height) {
        return y - height >= MARGIN;
    }

    public void newPage() throws IOException {
        closeContent();
        PDPage page = new PDPage(size);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = size.getHeight() - MARGIN;
    }

    /** The width inside the margins. */
    public float width() {
        return size.getWidth() - 2 * MARGIN;
    }

    /**
     * The header of an official form at the top of the page: the unit above (when known) and the unit, upper case, on
     * the left, the national motto on the right; {@link #y} is left below the lower of the two.
     */
    public void officialHeader(String parentUnitName, String unitName) throws IOException {
        float left = MARGIN;
        float leftWidth = 210;
        float top = y;
        float below = top;
        if (parentUnitName != null) {
            below = centred(upper(parentUnitName), regular, 10, left, leftWidth, below);
        }
        below = centred(upper(unitName), bold, 10, left, leftWidth, below);
        rule(left + leftWidth / 2 - 35, below - 4, left + leftWidth / 2 + 35, below - 4);
        float right = left + leftWidth;
        float rightWidth = width() - leftWidth;
        float motto = centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold, 10, right, rightWidth, top);
        motto = centred("Độc lập - Tự do - Hạnh phúc", bold, 10.5f, right, rightWidth, motto);
        float mottoWidth = width("Độc lập - Tự do - Hạnh phúc", bold, 10.5f);
        rule(right + (rightWidth - mottoWidth) / 2, motto - 4, right + (rightWidth + mottoWidth) / 2, motto - 4);
        y = Math.min(below, motto);
    }

    public static String upper(String text) {
        return text.toUpperCase(java.util.Locale.forLanguageTag("vi"));
    }

    @Override
    public void close() throws IOException {
        closeContent();
    }

    private void closeContent() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    private PDFont font(String file) throws IOException {
        try (InputStream in = PdfPages.class.getResourceAsStream(FONT_DIR + file)) {
            if (in == null) {
                throw new IOException("font " + file + " missing from the classpath (jasperreports-fonts)");
            }
            return PDType0Font.load(document, in, true);
        }
    }

    /** Whether {@code font} can show a code point; asked once per font and code point. */
    private IntPredicate glyphs(PDFont font) {
        Map<Integer, Boolean> known = coverage.computeIfAbsent(font, f -> new HashMap<>());
        return cp -> known.computeIfAbsent(cp, c -> hasGlyph(font, c));
    }

    private static boolean hasGlyph(PDFont font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
