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
public record AllowedActionsView(String code, String status, int stepNumber, long version, Holder holder,
        List<Allowed> actions, List<Step> steps) {

    /**
     * One action the caller may perform now. {@code assigneeMustBeSelf}: the caller does not hold the dossier and,
     * as a leader of the unit, may only take it back (assign it to themselves).
     */
    public record Allowed(Action action, String path, List<String> fields, boolean reasonRequired,
            boolean assigneeMustBeSelf) {
    }

    /**
     * Who holds the dossier's open step: {@code holder} is a user id or login name ({@code kind} PERSON), a
     * department, an agency, or a role; {@code name} the person's name when known; {@code you}: the caller holds it.
     * Null once processing has ended.
     */
    public record Holder(String holder, String kind, String name, String role, int stepNumber, String step,
            boolean you) {
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
            case REQUEST_FEE -> List.of("amountVnd");
            case RECORD_FEE_PAID -> List.of("amountVnd", "receiptNumber");
            case EXTEND -> List.of("newDueAt", "reason");
            case RECEIVE_SUPPLEMENT, RETURN_RESULT -> List.of();
            case APPROVE, REJECT, STOP, WITHDRAW -> List.of("reason");
        };
    }

    static AllowedActionsView of(DossierProcessing.Allowed allowed) {
        List<ProcessingStep> steps = allowed.definition().steps();
        Holder holder = allowed.holding().map(leg -> new Holder(leg.holder(), leg.holderKind().name(),
                leg.holderName().orElse(null), leg.role(), leg.stepNumber(), leg.stepName(), allowed.callerHolds()))
                .orElse(null);
        return new AllowedActionsView(allowed.dossier().code, allowed.dossier().status().name(),
                allowed.dossier().stepNumber, allowed.dossier().version, holder,
                allowed.actions().stream().map(a -> new Allowed(a, PATHS.get(a), fields(a),
                        DossierProcessing.reasonRequired(a), a == Action.ASSIGN && allowed.takeBackOnly())).toList(),
                java.util.stream.IntStream.range(0, steps.size())
                        .mapToObj(i -> new Step(i + 1, steps.get(i).name(), steps.get(i).role())).toList());
    }
}
