package vn.motcua.backbone.text;

import java.util.Optional;

/**
 * What text a request may carry. PostgreSQL refuses NUL, and no field of ours means a control character, so every
 * string of every body, query and path parameter is checked once, here:
 * <ul>
 * <li>refused everywhere: C0 controls (U+0000 to U+001F) other than tab, line feed and carriage return; DEL
 * (U+007F); C1 controls (U+0080 to U+009F); a lone surrogate (half of an emoji, not a character);</li>
 * <li>tab, line feed and carriage return: only in a {@link MultiLine} body field.</li>
 * </ul>
 * Any other Unicode text (Vietnamese, emoji, other scripts) is accepted as it is.
 */
public final class InputText {

    private InputText() {
    }

    /** Why {@code value} is refused, or empty when it is acceptable. */
    public static Optional<String> problemOf(String value, boolean multiLine) {
        if (value == null) {
            return Optional.empty();
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                if (!multiLine) {
                    return Optional.of("must be a single line: no line break or tab (" + codePoint(c) + ")");
                }
            } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                return Optional.of("must not contain the control character " + codePoint(c));
            } else if (Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("must not contain a lone surrogate " + codePoint(c));
            }
        }
        return Optional.empty();
    }

    private static String codePoint(char c) {
        return String.format("U+%04X", (int) c);
    }
}
