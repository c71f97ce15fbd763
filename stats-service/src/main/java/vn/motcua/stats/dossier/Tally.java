package vn.motcua.stats.dossier;

import java.time.LocalDate;

/** One unit of a counter: a dossier counted under {@code measure} on {@code day} (Asia/Ho_Chi_Minh). */
public record Tally(String unitCode, String fieldCode, String procedureCode, String channel, Measure measure,
        LocalDate day) {
}
