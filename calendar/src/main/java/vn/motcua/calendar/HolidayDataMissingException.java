package vn.motcua.calendar;

/**
 * A deadline reached a year the holiday table does not cover. Without that year's announcement the
 * platform cannot know which days are off, so it refuses to guess rather than treat the year as
 * having no holidays.
 */
public class HolidayDataMissingException extends RuntimeException {

    private final int year;

    public HolidayDataMissingException(int year) {
        super("The holiday table has no data for " + year
                + ": add that year's announcement (days off and swapped working days) before computing deadlines in it");
        this.year = year;
    }

    public int year() {
        return year;
    }
}
