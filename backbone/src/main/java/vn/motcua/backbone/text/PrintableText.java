package vn.motcua.backbone.text;

import java.text.Normalizer;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * Any stored text made ready for a printed form (receipt, control sheet, register book), whatever its font lacks:
 * composed to NFC (Vietnamese letters as one glyph each), split at its line breaks, tabs as spaces, other
 * control and invisible format characters dropped, and every code point the font has no glyph for shown as
 * {@value #REPLACEMENT}, so that an emoji in a name prints as a visible mark instead of failing the whole form.
 *
 * <p>Plain Java, with the font's coverage as a predicate, so that it serves every PDF library and font a
 * service uses without the backbone depending on one.
 */
public final class PrintableText {

    public static final String REPLACEMENT = "?";
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|[\\r\\n\\u2028\\u2029\\u0085]");

    private PrintableText() {
    }

    /** The lines of {@code text} (one when it has no line break); {@code null} is one empty line. */
    public static List<String> lines(String text, IntPredicate hasGlyph) {
        String composed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
        return LINE_BREAK.splitAsStream(composed).map(line -> printable(line, hasGlyph)).toList();
    }

    /** {@code text} on one line: its line breaks become spaces. */
    public static String line(String text, IntPredicate hasGlyph) {
        return String.join(" ", lines(text, hasGlyph));
    }

    private static String printable(String line, IntPredicate hasGlyph) {
        StringBuilder out = new StringBuilder(line.length());
        line.codePoints().forEach(cp -> {
            if (cp == '\t') {
                out.append(' ');
            } else if (Character.isISOControl(cp) || invisible(cp)) {
                // nothing to print, and a font rarely has a glyph for it
                return;
            } else if (hasGlyph.test(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append(REPLACEMENT);
            }
        });
        return out.toString();
    }

    /** Zero-width joiners, variation selectors and the like: they shape an emoji, they are not one. */
    private static boolean invisible(int cp) {
        return Character.getType(cp) == Character.FORMAT || (cp >= 0xFE00 && cp <= 0xFE0F)
                || (cp >= 0xE0100 && cp <= 0xE01EF) || (cp >= 0x1F3FB && cp <= 0x1F3FF);
    }
}
