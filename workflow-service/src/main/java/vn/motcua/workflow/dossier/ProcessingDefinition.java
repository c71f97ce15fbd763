package vn.motcua.workflow.dossier;

import java.util.List;
import vn.motcua.backbone.security.Roles;

/**
 * The ordered steps a procedure's dossiers go through (quy trình nội bộ). A procedure without its own
 * definition follows {@link #standard()}.
 */
public record ProcessingDefinition(String procedureCode, int version, List<ProcessingStep> steps) {

    public static final String ANY_PROCEDURE = "*";

    public ProcessingDefinition {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a processing definition needs at least one step");
        }
        int total = steps.stream().mapToInt(ProcessingStep::sharePercent).sum();
        if (total != 100) {
            throw new IllegalArgumentException("step shares must add up to 100%, not " + total + "%");
        }
    }

    /** Receive → appraise → approve → issue → return. */
    public static ProcessingDefinition standard() {
        return new ProcessingDefinition(ANY_PROCEDURE, 1, List.of(
                new ProcessingStep("receive", Roles.FRONT_DESK, 5),
                new ProcessingStep("appraise", Roles.SPECIALIST, 60),
                new ProcessingStep("approve", Roles.LEADER, 20),
                new ProcessingStep("issue", Roles.CLERK, 10),
                new ProcessingStep("return", Roles.FRONT_DESK, 5)));
    }
}
