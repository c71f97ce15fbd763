package vn.motcua.workflow.dossier;

import static vn.motcua.workflow.dossier.Action.APPROVE;
import static vn.motcua.workflow.dossier.Action.ASSIGN;
import static vn.motcua.workflow.dossier.Action.EXTEND;
import static vn.motcua.workflow.dossier.Action.RECEIVE_SUPPLEMENT;
import static vn.motcua.workflow.dossier.Action.RECORD_FEE_PAID;
import static vn.motcua.workflow.dossier.Action.REJECT;
import static vn.motcua.workflow.dossier.Action.REQUEST_FEE;
import static vn.motcua.workflow.dossier.Action.REQUEST_SUPPLEMENT;
import static vn.motcua.workflow.dossier.Action.RETURN_RESULT;
import static vn.motcua.workflow.dossier.Action.STOP;
import static vn.motcua.workflow.dossier.Action.WITHDRAW;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.motcua.backbone.security.Roles;

/**
 * The ordered steps a procedure's dossiers go through (quy trình nội bộ), versioned per procedure. A procedure
 * without its own definition follows the default ({@link #ANY_PROCEDURE}), whose first version is
 * {@link #standard()}. Plain Java: the rules about steps live here.
 */
public record ProcessingDefinition(String procedureCode, int version, List<ProcessingStep> steps) {

    /** The procedure code of the default definition. */
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
        Set<String> names = new HashSet<>();
        for (ProcessingStep step : steps) {
            if (!names.add(step.name())) {
                throw new IllegalArgumentException("step " + step.name() + " appears twice");
            }
        }
        if (steps.stream().noneMatch(s -> s.allows(APPROVE) || s.allows(REJECT))) {
            throw new IllegalArgumentException("no step allows APPROVE or REJECT: a dossier could never be resolved");
        }
    }

    /** Receive → appraise → approve → issue → return: the default's first version. */
    public static ProcessingDefinition standard() {
        return new ProcessingDefinition(ANY_PROCEDURE, 1, List.of(
                new ProcessingStep("receive", Roles.FRONT_DESK, 5, Set.of(WITHDRAW)),
                new ProcessingStep("appraise", Roles.SPECIALIST, 60, Set.of(REQUEST_SUPPLEMENT, RECEIVE_SUPPLEMENT,
                        REQUEST_FEE, RECORD_FEE_PAID, EXTEND, STOP, WITHDRAW)),
                new ProcessingStep("approve", Roles.LEADER, 20, Set.of(APPROVE, REJECT, STOP, EXTEND, WITHDRAW,
                        REQUEST_SUPPLEMENT, RECEIVE_SUPPLEMENT)),
                new ProcessingStep("issue", Roles.CLERK, 10, Set.of()),
                new ProcessingStep("return", Roles.FRONT_DESK, 5, Set.of(RETURN_RESULT))));
    }

    /** The step numbered {@code number}, counting from 1. */
    public ProcessingStep step(int number) {
        if (number < 1 || number > steps.size()) {
            throw new IllegalArgumentException("definition " + procedureCode + " v" + version + " has no step "
                    + number);
        }
        return steps.get(number - 1);
    }

    /** The number (from 1) of the step called {@code name}. */
    public Optional<Integer> numberOf(String name) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).name().equals(name)) {
                return Optional.of(i + 1);
            }
        }
        return Optional.empty();
    }

    /** The step after {@code number}; the last step has none. */
    public Optional<Integer> after(int number) {
        return number < steps.size() ? Optional.of(number + 1) : Optional.empty();
    }

    /**
     * Where a rejection goes from step {@code number}: the first later step that returns the result, so the desk
     * returns the refusal directly; the next step when none does.
     */
    public Optional<Integer> returnStepAfter(int number) {
        for (int next = number + 1; next <= steps.size(); next++) {
            if (step(next).allows(RETURN_RESULT)) {
                return Optional.of(next);
            }
        }
        return after(number);
    }

    /** The working time step {@code number} gets out of the dossier's {@code total}, to the minute. */
    public Duration shareOf(int number, Duration total) {
        return Duration.ofMinutes(total.toMinutes() * step(number).sharePercent() / 100);
    }

    /** A hand-off always moves on; these actions end the step too. */
    public static boolean endsStep(Action action) {
        return action == ASSIGN || action == APPROVE || action == REJECT || action == STOP || action == WITHDRAW
                || action == RETURN_RESULT;
    }
}
