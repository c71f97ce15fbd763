package vn.motcua.workflow.rest;

import java.util.List;
import java.util.Map;
import vn.motcua.workflow.dossier.Action;
import vn.motcua.workflow.dossier.DossierProcessing;
import vn.motcua.workflow.dossier.ProcessingStep;

/**
 * What the caller may do now to a dossier, so that a client offers exactly these actions and no others: each with
 * the path to POST to (under {@code /api/v1/dossiers/{code}/}), the fields it takes and whether a reason is
 * required; and the steps of the dossier's definition, which a hand-off may name.
 */
public record AllowedActionsView(String code, String status, int stepNumber, long version, List<Allowed> actions,
        List<Step> steps) {

    /** One action the caller may perform now. */
    public record Allowed(Action action, String path, List<String> fields, boolean reasonRequired) {
    }

    /** A step of the dossier's processing definition, numbered from 1. */
    public record Step(int number, String name, String role) {
    }

    /** The path segment of each action, as {@link DossierResource} declares it. */
    static final Map<Action, String> PATHS = Map.ofEntries(
            Map.entry(Action.ASSIGN, "assign"),
            Map.entry(Action.REQUEST_SUPPLEMENT, "supplement-request"),
            Map.entry(Action.RECEIVE_SUPPLEMENT, "supplement-received"),
            Map.entry(Action.REQUEST_FEE, "fee-request"),
            Map.entry(Action.RECORD_FEE_PAID, "fee-paid"),
            Map.entry(Action.EXTEND, "extension"),
            Map.entry(Action.APPROVE, "approval"),
            Map.entry(Action.REJECT, "rejection"),
            Map.entry(Action.STOP, "stop"),
            Map.entry(Action.WITHDRAW, "withdrawal"),
            Map.entry(Action.RETURN_RESULT, "result-return"));

    private static List<String> fields(Action action) {
        return switch (action) {
            case ASSIGN -> List.of("assignee", "assigneeKind", "step");
            case REQUEST_SUPPLEMENT -> List.of("missing", "reason");
            case REQUEST_FEE, RECORD_FEE_PAID -> List.of("amountVnd");
            case EXTEND -> List.of("newDueAt", "reason");
            case RECEIVE_SUPPLEMENT, RETURN_RESULT -> List.of();
            case APPROVE, REJECT, STOP, WITHDRAW -> List.of("reason");
        };
    }

    static AllowedActionsView of(DossierProcessing.Allowed allowed) {
        List<ProcessingStep> steps = allowed.definition().steps();
        return new AllowedActionsView(allowed.dossier().code, allowed.dossier().status().name(),
                allowed.dossier().stepNumber, allowed.dossier().version,
                allowed.actions().stream().map(a -> new Allowed(a, PATHS.get(a), fields(a),
                        DossierProcessing.reasonRequired(a))).toList(),
                java.util.stream.IntStream.range(0, steps.size())
                        .mapToObj(i -> new Step(i + 1, steps.get(i).name(), steps.get(i).role())).toList());
    }
}
