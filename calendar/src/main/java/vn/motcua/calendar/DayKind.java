package vn.motcua.calendar;

/** What the yearly announcement makes of a day. */
public enum DayKind {
    /** Not worked: a public holiday, Tết, a day given back for a holiday on a weekend, or a swapped day (ngày nghỉ). */
    DAY_OFF,
    /** Worked although it falls on a weekend, in exchange for a swapped day off (ngày làm bù). */
    WORKING_DAY
}
