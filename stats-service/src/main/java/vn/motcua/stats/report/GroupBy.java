package vn.motcua.stats.report;

/** How a report's rows are split: one row, or one per field (lĩnh vực), unit or procedure. */
public enum GroupBy {
    NONE, FIELD, UNIT, PROCEDURE
}
