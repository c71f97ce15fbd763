package vn.motcua.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The text format of a holiday table, one announced day per line:
 *
 * <pre>
 * # comments and blank lines are ignored
 * year,date,kind,name,source
 * 2026,2026-01-02,DAY_OFF,Nghỉ hoán đổi (làm bù thứ Bảy 10/01),12729/VPCP-KGVX
 * 2026,2026-01-10,WORKING_DAY,Làm bù cho ngày 02/01,12729/VPCP-KGVX
 * </pre>
 *
 * <ul>
 *   <li>{@code year}: the announcement the day belongs to (usually the date's year);</li>
 *   <li>{@code date}: ISO {@code yyyy-MM-dd};</li>
 *   <li>{@code kind}: {@code DAY_OFF} or {@code WORKING_DAY};</li>
 *   <li>{@code name}: Vietnamese, without commas;</li>
 *   <li>{@code source}: the announcing act, may be empty.</li>
 * </ul>
 * The header line is optional. The file is UTF-8. Errors name the source and the line.
 */
public final class HolidayCsv {

    static final String HEADER = "year,date,kind,name,source";
    private static final int FIELDS = 5;

    private HolidayCsv() {
    }

    /**
     * Reads every announced day from {@code reader}.
     *
     * @param sourceName named in error messages, e.g. the file name
     * @throws IllegalArgumentException for a malformed line, naming the source and the line number
     */
    public static List<AnnouncedDay> read(Reader reader, String sourceName) {
        List<AnnouncedDay> days = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(reader)) {
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                String text = (number == 1 ? stripByteOrderMark(line) : line).strip();
                if (text.isEmpty() || text.startsWith("#") || text.equals(HEADER)) {
                    continue;
                }
                days.add(parseLine(text, sourceName, number));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read holiday table " + sourceName, e);
        }
        return days;
    }

    private static AnnouncedDay parseLine(String text, String sourceName, int number) {
        String[] fields = text.split(",", -1);
        if (fields.length != FIELDS) {
            throw error(sourceName, number, "expected " + FIELDS + " fields (" + HEADER + "), found "
                    + fields.length + " (a name must not contain a comma)");
        }
        try {
            int year = Integer.parseInt(fields[0].strip());
            LocalDate date = LocalDate.parse(fields[1].strip());
            DayKind kind = DayKind.valueOf(fields[2].strip());
            return new AnnouncedDay(year, date, kind, fields[3].strip(), fields[4].strip());
        } catch (NumberFormatException | DateTimeParseException e) {
            throw error(sourceName, number, "bad year or date: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw error(sourceName, number, e.getMessage().startsWith("No enum constant")
                    ? "kind must be DAY_OFF or WORKING_DAY, found '" + fields[2].strip() + "'"
                    : e.getMessage());
        }
    }

    private static String stripByteOrderMark(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    private static IllegalArgumentException error(String sourceName, int line, String message) {
        return new IllegalArgumentException(sourceName + " line " + line + ": " + message);
    }
}
