package vn.motcua.workflow.dossier;

import java.util.Optional;
import java.util.Set;
import vn.motcua.backbone.security.Roles;

/**
 * One step of a processing definition: who performs it, its share of the total processing time, and the actions
 * that may be taken while a dossier is at this step. A hand-off ({@link Action#ASSIGN}) is always allowed.
 *
 * @param name           e.g. {@code appraise} (thẩm định); unique within the definition
 * @param role           who performs it: a realm role, or {@link #OTHER_AGENCY} for an inter-agency step (liên thông)
 * @param department     for a specialist step, the department that appraises; empty otherwise
 * @param sharePercent   its share of the procedure's processing time, in percent
 * @param allowedActions what may be done while the dossier is at this step
 */
public record ProcessingStep(String name, String role, Optional<String> department, int sharePercent,
        Set<Action> allowedActions) {

    /** The role of a step performed by another agency in an inter-agency procedure. */
    public static final String OTHER_AGENCY = "other-agency";
    public static final Set<String> ROLES = Set.of(Roles.FRONT_DESK, Roles.SPECIALIST, Roles.LEADER, Roles.CLERK,
            OTHER_AGENCY);

    public ProcessingStep {
        if (name == null || !name.matches("[a-z][a-z0-9-]{0,63}")) {
            throw new IllegalArgumentException("step name must be lower-case letters, digits and '-': " + name);
        }
        if (!ROLES.contains(role)) {
            throw new IllegalArgumentException("step " + name + ": role must be one of " + ROLES + ", not " + role);
        }
        if (sharePercent < 0 || sharePercent > 100) {
            throw new IllegalArgumentException("step " + name + ": share must be 0-100, not " + sharePercent);
        }
        department = department == null ? Optional.empty() : department.filter(d -> !d.isBlank());
        allowedActions = allowedActions == null ? Set.of() : Set.copyOf(allowedActions);
    }

    /** A step without a department. */
    public ProcessingStep(String name, String role, int sharePercent, Set<Action> allowedActions) {
        this(name, role, Optional.empty(), sharePercent, allowedActions);
    }

    public boolean allows(Action action) {
        return action == Action.ASSIGN || allowedActions.contains(action);
    }

    /** Who holds the step when nobody in particular was named: the department, or the role. */
    public String defaultHolder() {
        return department.orElse(role);
    }
}
