package vn.motcua.document.register;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Number and symbol of an outgoing document (số, ký hiệu; Decree 30/2020, Appendix I): the number,
 * written with a leading zero below 10, then the type abbreviation and the issuer's, e.g.
 * {@code 12/QĐ-UBND}; an official letter names the issuer and the drafting unit or field instead,
 * e.g. {@code 05/UBND-VP}.
 */
public final class DocumentSymbol {

    /** An abbreviation: capitals (Vietnamese ones too) and digits, then letters, e.g. UBND, HĐND, TNMT. */
    private static final Pattern ABBREVIATION = Pattern.compile("[\\p{Lu}\\p{Nd}][\\p{L}\\p{Nd}]{0,19}");

    private DocumentSymbol() {
    }

    public static String of(int number, DocumentType type, String issuer, Optional<String> draftingUnit) {
        if (number < 1) {
            throw new IllegalArgumentException("document numbers start at 1: " + number);
        }
        checkAbbreviation(issuer);
        String prefix = String.format("%02d/", number);
        if (type.isOfficialLetter()) {
            String unit = draftingUnit.orElseThrow(() -> new IllegalArgumentException(
                    "an official letter's symbol names its drafting unit or field"));
            checkAbbreviation(unit);
            return prefix + issuer + "-" + unit;
        }
        return prefix + type.abbreviation().orElseThrow() + "-" + issuer;
    }

    public static boolean isAbbreviation(String value) {
        return value != null && ABBREVIATION.matcher(value).matches();
    }

    private static void checkAbbreviation(String value) {
        if (!isAbbreviation(value)) {
            throw new IllegalArgumentException("not an abbreviation: " + value);
        }
    }
}
