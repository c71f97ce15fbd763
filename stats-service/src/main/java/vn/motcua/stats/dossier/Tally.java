package vn.motcua.stats.dossier;

import java.time.LocalDate;

/** One unit of a counter: a dossier counted under {@code measure} on {@code day} (Asia/Ho_Chi_Minh). */
public record Tally(String unitCode, String fieldCode, String procedureCode, String channel, Measure measure,
        LocalDate day) {

    /**
     * Field and procedure of a unit's roll-up counter: every field and procedure of the unit together. Reports
     * that are not split by field or procedure read the roll-ups, about 20 times fewer keys.
     */
    public static final String ALL = "*";

    /** The same count in the unit's roll-up for its channel and measure. */
    public Tally rolledUp() {
        return new Tally(unitCode, ALL, ALL, channel, measure, day);
    }
}
