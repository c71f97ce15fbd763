package vn.motcua.workflow.definition;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import java.util.Set;
import vn.motcua.workflow.dossier.Action;
import vn.motcua.workflow.dossier.ProcessingStep;

/**
 * A step as the admin API and the {@code processing_definition.steps} column write it.
 *
 * @param name           unique in the definition, e.g. {@code appraise}
 * @param role           front-desk, specialist, leader, clerk or other-agency
 * @param department     the appraising department of a specialist step; null otherwise
 * @param sharePercent   share of the processing time; the steps' shares add up to 100
 * @param allowedActions actions allowed at this step (a hand-off always is)
 */
public record StepDocument(@NotBlank String name, @NotBlank String role, String department,
        @NotNull @Min(0) @Max(100) Integer sharePercent, Set<Action> allowedActions) {

    public static StepDocument of(ProcessingStep step) {
        return new StepDocument(step.name(), step.role(), step.department().orElse(null), step.sharePercent(),
                step.allowedActions());
    }

    ProcessingStep toStep() {
        return new ProcessingStep(name, role, Optional.ofNullable(department), sharePercent,
                allowedActions == null ? Set.of() : allowedActions);
    }
}
