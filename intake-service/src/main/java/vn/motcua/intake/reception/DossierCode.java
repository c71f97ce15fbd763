package vn.motcua.intake.reception;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dossier code (mã hồ sơ): {@code <receiving unit's electronic identifier>-<YYMMDD of receipt>-<daily
 * sequence of that unit>}, e.g. {@code 000.00.31.H41-220715-0001}. The sequence has 4 digits and grows a
 * digit past 9999 rather than wrapping, so a code is never repeated.
 */
public record DossierCode(String electronicId, LocalDate day, int sequence) {

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final Pattern FORMAT = Pattern.compile(
            "^([0-9]{3}\\.[0-9]{2}\\.[0-9]{2}\\.[A-Z][0-9]{2})-([0-9]{6})-([0-9]{4,})$");

    public DossierCode {
        Objects.requireNonNull(electronicId, "electronicId");
        Objects.requireNonNull(day, "day");
        if (sequence < 1) {
            throw new IllegalArgumentException("the daily sequence starts at 1");
        }
    }

    public static DossierCode parse(String text) {
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a dossier code: " + text);
        }
        return new DossierCode(m.group(1), LocalDate.parse("20" + m.group(2), DateTimeFormatter.BASIC_ISO_DATE),
                Integer.parseInt(m.group(3)));
    }

    private static final Pattern ANY_PREFIX = Pattern.compile("^(.+)-([0-9]{6})-([0-9]{4,9})$");

    /**
     * A code of the same shape with any prefix (legacy systems printed their own), or empty when the text is
     * not {@code <prefix>-<YYMMDD>-<sequence>} at all.
     */
    public static Optional<DossierCode> parseAnyPrefix(String text) {
        Matcher m = ANY_PREFIX.matcher(text);
        if (!m.matches() || Integer.parseInt(m.group(3)) < 1) {
            return Optional.empty();
        }
        try {
            LocalDate day = LocalDate.parse("20" + m.group(2), DateTimeFormatter.BASIC_ISO_DATE);
            return Optional.of(new DossierCode(m.group(1), day, Integer.parseInt(m.group(3))));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** What every code of a prefix and day starts with: {@code <prefix>-<YYMMDD>-}. */
    static String stem(String electronicId, LocalDate day) {
        return electronicId + "-" + YYMMDD.format(day) + "-";
    }

    @Override
    public String toString() {
        return stem(electronicId, day) + String.format("%04d", sequence);
    }
}
