package vn.motcua.calendar;

import java.time.LocalDate;

/**
 * The Vietnamese lunar calendar (âm lịch), computed astronomically: a month begins on the day of a new
 * moon and the month holding the winter solstice is the 11th, both reckoned at UTC+7 (Ho Ngoc Duc's
 * algorithm, with Meeus' formulas for the new moon and the sun's longitude).
 *
 * <p>The zone matters: the Chinese calendar reckons the same events at UTC+8, so a new moon shortly
 * before midnight in Hanoi falls on the next day in Beijing. Tết 1985 (21 January against 20 February
 * in China) and 2007 (17 against 18 February) differ for that reason; a Chinese-calendar library is
 * therefore not used here.
 *
 * <p>Valid for the Gregorian era (the formulas' error stays well under a day from 1900 to 2100).
 */
public final class LunarCalendar {

    /** The calendar of Viet Nam: UTC+7. */
    public static final LunarCalendar VIETNAM = new LunarCalendar(7);

    private static final double SYNODIC_MONTH = 29.530588853;
    private static final double FIRST_NEW_MOON_1900 = 2415021.076998695;
    private static final long EPOCH_JULIAN_DAY = 2440588; // 1970-01-01

    private final double zoneHours;

    /** A calendar reckoned at {@code zoneHours} east of UTC (8 gives the Chinese calendar, for comparison). */
    LunarCalendar(double zoneHours) {
        this.zoneHours = zoneHours;
    }

    /** Tết Nguyên Đán: the first day of the lunar year that begins in Gregorian {@code year}. */
    public LocalDate newYear(int year) {
        return toSolar(year, 1, 1);
    }

    /**
     * The Gregorian date of day {@code day} of the ordinary (not leap) lunar month {@code month} of the
     * lunar year that begins in Gregorian {@code year}; e.g. {@code toSolar(2027, 3, 10)} is the
     * Hùng Kings' commemoration of 2027.
     */
    public LocalDate toSolar(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 30) {
            throw new IllegalArgumentException("no lunar day " + day + "/" + month);
        }
        long a11 = month11(month < 11 ? year - 1 : year);
        long b11 = month11(month < 11 ? year : year + 1);
        long k = (long) Math.floor(0.5 + (a11 - FIRST_NEW_MOON_1900) / SYNODIC_MONTH);
        int offset = month - 11;
        if (offset < 0) {
            offset += 12;
        }
        if (b11 - a11 > 365 && offset >= leapMonthOffset(a11)) {
            offset++; // a leap month (tháng nhuận) comes before this one
        }
        return fromJulianDay(newMoonDay(k + offset) + day - 1);
    }

    /** The day (Julian day number) on which the month holding the winter solstice of {@code year} begins. */
    private long month11(int year) {
        long offset = julianDay(LocalDate.of(year, 12, 31)) - 2415021;
        long k = (long) Math.floor(offset / SYNODIC_MONTH);
        long newMoon = newMoonDay(k);
        if (sunLongitudeSector(newMoon) >= 9) {
            newMoon = newMoonDay(k - 1);
        }
        return newMoon;
    }

    /** Months after month 11 until the first month without a principal term, which is the leap month. */
    private int leapMonthOffset(long a11) {
        long k = (long) Math.floor((a11 - FIRST_NEW_MOON_1900) / SYNODIC_MONTH + 0.5);
        int i = 1;
        int arc = sunLongitudeSector(newMoonDay(k + i));
        int last;
        do {
            last = arc;
            i++;
            arc = sunLongitudeSector(newMoonDay(k + i));
        } while (arc != last && i < 14);
        return i - 1;
    }

    /** The local day of the k-th new moon after 1 January 1900. */
    private long newMoonDay(long k) {
        return (long) Math.floor(newMoon(k) + 0.5 + zoneHours / 24);
    }

    /** Which 30-degree sector (0..11) the sun's longitude is in at the start of local day {@code julianDay}. */
    private int sunLongitudeSector(long julianDay) {
        return (int) Math.floor(sunLongitude(julianDay - 0.5 - zoneHours / 24) / Math.PI * 6);
    }

    /** The k-th new moon after 1 January 1900, as a Julian date in UTC (Meeus, Astronomical Algorithms). */
    private static double newMoon(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double dr = Math.PI / 180;
        double jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
                + 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
        double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * dr) + 0.0021 * Math.sin(2 * dr * m)
                - 0.4068 * Math.sin(mpr * dr) + 0.0161 * Math.sin(dr * 2 * mpr)
                - 0.0004 * Math.sin(dr * 3 * mpr)
                + 0.0104 * Math.sin(dr * 2 * f) - 0.0051 * Math.sin(dr * (m + mpr))
                - 0.0074 * Math.sin(dr * (m - mpr)) + 0.0004 * Math.sin(dr * (2 * f + m))
                - 0.0004 * Math.sin(dr * (2 * f - m)) - 0.0006 * Math.sin(dr * (2 * f + mpr))
                + 0.0010 * Math.sin(dr * (2 * f - mpr)) + 0.0005 * Math.sin(dr * (2 * mpr + m));
        double deltaT = t < -11
                ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
                : -0.000278 + 0.000265 * t + 0.000262 * t2;
        return jd + c1 - deltaT;
    }

    /** The sun's apparent longitude in radians, 0..2π, at Julian date {@code jd} (UTC). */
    private static double sunLongitude(double jd) {
        double t = (jd - 2451545.0) / 36525;
        double t2 = t * t;
        double dr = Math.PI / 180;
        double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m)
                + (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.000290 * Math.sin(dr * 3 * m);
        double l = (l0 + dl) * dr;
        return l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
    }

    private static long julianDay(LocalDate date) {
        return date.toEpochDay() + EPOCH_JULIAN_DAY;
    }

    private static LocalDate fromJulianDay(long julianDay) {
        return LocalDate.ofEpochDay(julianDay - EPOCH_JULIAN_DAY);
    }
}
