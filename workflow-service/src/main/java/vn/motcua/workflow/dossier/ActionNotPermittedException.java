package vn.motcua.workflow.dossier;

import java.util.Set;

/** The caller holds none of the roles that may perform the action. */
public class ActionNotPermittedException extends RuntimeException {

    public ActionNotPermittedException(Action action, Set<String> allowedRoles) {
        super(action + " may be performed only by " + allowedRoles);
    }
}
