package vn.motcua.stats.report;

/** Which days a named period covers. */
public enum CutOff {
    /** Decree 09/2019 data windows: from the 15th of the month before the period to the 14th of its last month. */
    OFFICIAL,
    /** Calendar months: from the 1st of the first month to the last day of the last month. */
    CALENDAR
}
