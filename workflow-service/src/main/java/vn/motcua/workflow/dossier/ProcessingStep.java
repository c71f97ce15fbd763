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

    /** The Vietnamese names of the default definition's steps, for papers people read. */
    private static final java.util.Map<String, String> TITLES = java.util.Map.of(
            "receive", "Tiếp nhận hồ sơ",
            "appraise", "Thẩm định, xử lý hồ sơ",
            "approve", "Phê duyệt kết quả",
            "issue", "Ban hành, phát hành kết quả",
            "return", "Trả kết quả");
    private static final java.util.Map<String, String> ROLE_TITLES = java.util.Map.of(
            Roles.FRONT_DESK, "Bộ phận Một cửa",
            Roles.SPECIALIST, "Chuyên viên",
            Roles.LEADER, "Lãnh đạo",
            Roles.CLERK, "Văn thư",
            OTHER_AGENCY, "Cơ quan phối hợp");

    /** A step's name as people read it: the default steps' Vietnamese names; an admin's own name as it is. */
    public static String titleOf(String stepName) {
        return TITLES.getOrDefault(stepName, stepName);
    }

    /** A role's name as people read it, e.g. {@code Văn thư} for {@code clerk}. */
    public static String roleTitleOf(String role) {
        return ROLE_TITLES.getOrDefault(role, role);
    }

    /** Who holds the step when nobody in particular was named: the department, or the role. */
    public String defaultHolder() {
        return department.orElse(role);
    }
}
