package vn.motcua.stats.dossier;

import java.time.LocalDate;

/**
 * One unit of a daily counter: a dossier counted under {@code measure} on {@code day}, in the bucket of
 * its due date (for measures without a due date, the day itself).
 */
public record Tally(String unitCode, String fieldCode, String procedureCode, String channel, Measure measure,
        LocalDate day, LocalDate dueOn) {
}
