package vn.motcua.stats.report;

/** Which units a past period is shown with. */
public enum UnitsView {
    /** The units as they were during the period. */
    HISTORICAL,
    /** Today's units: each past unit's figures are added to the unit that now holds its territory. */
    CURRENT
}
