package vn.motcua.contracts.dossier;

/**
 * The processing-time rule a dossier was received under (thời hạn giải quyết), so that a consumer can
 * recompute the due date (e.g. after a supplement pause) with the same rule.
 *
 * @param amount how many units; 0 means "on receipt"
 * @param unit   {@code WORKING_DAYS}, {@code WORKING_HOURS} or {@code CALENDAR_DAYS}
 * @param cutOff local hour ({@code HH:mm}, Asia/Ho_Chi_Minh) after which a receipt counts from the next
 *               working day; null if the procedure has none
 */
public record ProcessingTimeRule(int amount, String unit, String cutOff) {
}
