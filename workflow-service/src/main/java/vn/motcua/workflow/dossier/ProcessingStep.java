package vn.motcua.workflow.dossier;

/**
 * One step of a processing definition: who performs it and its share of the total processing time.
 *
 * @param name         e.g. {@code appraise} (thẩm định)
 * @param role         the realm role that performs it
 * @param sharePercent its share of the procedure's processing time, in percent
 */
public record ProcessingStep(String name, String role, int sharePercent) {

    public ProcessingStep {
        if (sharePercent < 0 || sharePercent > 100) {
            throw new IllegalArgumentException("share must be 0-100: " + sharePercent);
        }
    }
}
