package vn.motcua.document.register;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.motcua.backbone.text.PrintableText;

/**
 * Prints a register book (sổ đăng ký) as a PDF table on A4 landscape pages: title, period, a header
 * row repeated on every page, wrapped cells, page numbers. The font is Liberation Sans (shipped in
 * PDFBox, covering Vietnamese), embedded as a subset so the text can be read and searched anywhere.
 */
public final class RegisterBookPdf {

    /** A column: its heading and its share of the table's width. */
    public record Column(String heading, float weight) {
    }

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 36;
    private static final float CELL_FONT = 8.5f;
    private static final float LEADING = 10.5f;
    private static final float PADDING = 3;

    private final PDDocument document = new PDDocument();
    private final PDType0Font font;
    private final Map<Integer, Boolean> printable = new HashMap<>();
    private PDPageContentStream content;
    private float y;
    private int pages;

    private RegisterBookPdf() throws IOException {
        try (InputStream in = RegisterBookPdf.class.getResourceAsStream(FONT)) {
            font = PDType0Font.load(document, in);
        }
    }

    public static byte[] render(String title, List<String> subtitle, List<Column> columns, List<List<String>> rows) {
        try {
            RegisterBookPdf book = new RegisterBookPdf();
            try (PDDocument ignored = book.document) {
                return book.write(title, subtitle, columns, rows);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot print the register book", e);
        }
    }

    private byte[] write(String title, List<String> subtitle, List<Column> columns, List<List<String>> rows)
            throws IOException {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("MotCua document-service");
        float[] widths = widths(columns);
        newPage();
        centered(title, 14);
        for (String line : subtitle) {
            centered(line, 10);
        }
        y -= 6;
        List<String> headings = columns.stream().map(Column::heading).toList();
        row(headings, widths);
        for (List<String> cells : rows) {
            if (y - height(cells, widths) < MARGIN + 20) {
                newPage();
                row(headings, widths);
            }
            row(cells, widths);
        }
        if (rows.isEmpty()) {
            y -= 14;
            text("(không có văn bản trong kỳ)", MARGIN, y, CELL_FONT);
        }
        content.close();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        pages++;
        content = new PDPageContentStream(document, page);
        content.setLineWidth(0.5f);
        text("Trang " + pages, PAGE.getWidth() - MARGIN - 40, MARGIN / 2, 8);
        y = PAGE.getHeight() - MARGIN;
    }

    private void row(List<String> cells, float[] widths) throws IOException {
        float height = height(cells, widths);
        float x = MARGIN;
        for (int i = 0; i < widths.length; i++) {
            content.addRect(x, y - height, widths[i], height);
            float lineY = y - PADDING - CELL_FONT;
            for (String line : wrap(i < cells.size() ? cells.get(i) : "", widths[i] - 2 * PADDING)) {
                text(line, x + PADDING, lineY, CELL_FONT);
                lineY -= LEADING;
            }
            x += widths[i];
        }
        content.stroke();
        y -= height;
    }

    private float height(List<String> cells, float[] widths) throws IOException {
        int lines = 1;
        for (int i = 0; i < widths.length && i < cells.size(); i++) {
            lines = Math.max(lines, wrap(cells.get(i), widths[i] - 2 * PADDING).size());
        }
        return lines * LEADING + 2 * PADDING;
    }

    private void centered(String line, float size) throws IOException {
        String clean = PrintableText.line(line, this::printable);
        float width = font.getStringWidth(clean) / 1000 * size;
        y -= size + 4;
        text(clean, (PAGE.getWidth() - width) / 2, y, size);
    }

    private void text(String line, float x, float baseline, float size) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, baseline);
        content.showText(PrintableText.line(line, this::printable));
        content.endText();
    }

    /** Greedy word wrap; a word longer than the cell is cut. */
    private List<String> wrap(String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : PrintableText.lines(text, this::printable)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                while (width(word) > width && word.length() > 1) {
                    int cut = word.length() - 1;
                    while (cut > 1 && width(word.substring(0, cut)) > width) {
                        cut--;
                    }
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                }
                line.append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private float width(String text) throws IOException {
        return font.getStringWidth(text) / 1000 * CELL_FONT;
    }

    /** Whether the font has a glyph for a code point; asked once per code point. */
    private boolean printable(int codePoint) {
        return printable.computeIfAbsent(codePoint, this::hasGlyph);
    }

    private boolean hasGlyph(int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static float[] widths(List<Column> columns) {
        float total = (float) columns.stream().mapToDouble(Column::weight).sum();
        float available = PAGE.getWidth() - 2 * MARGIN;
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = available * columns.get(i).weight() / total;
        }
        return widths;
    }
}
