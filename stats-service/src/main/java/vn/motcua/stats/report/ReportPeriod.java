package vn.motcua.stats.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a report covers, both inclusive, as dates in Asia/Ho_Chi_Minh (kỳ báo cáo).
 * A named period ({@code 2022-07}, {@code 2022-Q3}, {@code 2022-H1}, {@code 2022}) spans calendar months;
 * the {@link CutOff} decides whether its data window is the official one (Decree 09/2019: 15th of the
 * month before to the 14th of the last month) or the calendar months themselves.
 */
public record ReportPeriod(String label, LocalDate firstDay, LocalDate lastDay) {

    /** The official data window starts on this day of the month before the period. */
    static final int OFFICIAL_FIRST_DAY_OF_MONTH = 15;

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");

    public ReportPeriod {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("the period ends (" + lastDay + ") before it starts (" + firstDay + ")");
        }
    }

    /** Any span of days, e.g. from a report request's {@code from} and {@code to}. */
    public static ReportPeriod between(LocalDate firstDay, LocalDate lastDay) {
        return new ReportPeriod(firstDay + "/" + lastDay, firstDay, lastDay);
    }

    /**
     * Parses {@code 2022-07}, {@code 2022-Q3}, {@code 2022-H1} or {@code 2022}.
     *
     * @throws IllegalArgumentException for any other text
     */
    public static ReportPeriod parse(String text, CutOff cutOff) {
        Objects.requireNonNull(cutOff, "cutOff");
        String name = text == null ? "" : text.trim().toUpperCase();
        Matcher m;
        if ((m = YEAR.matcher(name)).matches()) {
            int year = Integer.parseInt(m.group(1));
            return months(name, YearMonth.of(year, 1), YearMonth.of(year, 12), cutOff);
        }
        if ((m = MONTH.matcher(name)).matches()) {
            try {
                YearMonth month = YearMonth.parse(name);
                return months(name, month, month, cutOff);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("no such month: " + text);
            }
        }
        if ((m = QUARTER.matcher(name)).matches()) {
            int year = Integer.parseInt(m.group(1));
            int quarter = Integer.parseInt(m.group(2));
            return months(name, YearMonth.of(year, quarter * 3 - 2), YearMonth.of(year, quarter * 3), cutOff);
        }
        if ((m = HALF.matcher(name)).matches()) {
            int year = Integer.parseInt(m.group(1));
            int half = Integer.parseInt(m.group(2));
            return months(name, YearMonth.of(year, half * 6 - 5), YearMonth.of(year, half * 6), cutOff);
        }
        throw new IllegalArgumentException("a period is written 2022, 2022-07, 2022-Q3 or 2022-H1, not '" + text + "'");
    }

    private static ReportPeriod months(String label, YearMonth first, YearMonth last, CutOff cutOff) {
        return switch (cutOff) {
            case CALENDAR -> new ReportPeriod(label, first.atDay(1), last.atEndOfMonth());
            case OFFICIAL -> new ReportPeriod(label, first.minusMonths(1).atDay(OFFICIAL_FIRST_DAY_OF_MONTH),
                    last.atDay(OFFICIAL_FIRST_DAY_OF_MONTH - 1));
        };
    }
}
