package vn.motcua.workflow.dossier;

/** The action is not allowed in the dossier's current status. */
public class IllegalTransitionException extends RuntimeException {

    private final DossierStatus from;
    private final Action action;

    public IllegalTransitionException(DossierStatus from, Action action) {
        super(action + " is not allowed while the dossier is " + from + " (status " + from.nationalCode() + ")");
        this.from = from;
        this.action = action;
    }

    public DossierStatus from() {
        return from;
    }

    public Action action() {
        return action;
    }
}
