package vn.motcua.workflow.dossier;

import java.util.Optional;
import java.util.Set;
import vn.motcua.backbone.security.Roles;

/**
 * Who may act on a dossier (người đang giữ hồ sơ): the holder of its open step, that is the person it was handed
 * to, or anyone with the step's role when it was handed to a role or a department (whose members this service does
 * not know). Besides, a leader of the unit may take the dossier back by handing it to themselves, and the front desk
 * does at the counter what the citizen comes for whoever holds the dossier: receiving a supplement, recording a fee
 * paid, a withdrawal. Plain Java.
 */
public final class Holding {

    /** What the front desk does at the counter for the citizen, whoever holds the dossier. */
    static final Set<Action> AT_THE_COUNTER = Set.of(Action.RECEIVE_SUPPLEMENT, Action.RECORD_FEE_PAID,
            Action.WITHDRAW);

    private Holding() {
    }

    /** Whether {@code officer} holds the open leg. */
    public static boolean holds(Steps.Leg leg, Officer officer) {
        return switch (leg.holderKind()) {
            case PERSON -> officer.is(leg.holder());
            case ROLE, DEPARTMENT -> officer.hasRole(leg.role());
            case AGENCY -> false;  // another agency holds it; it comes back by a leader taking it back
        };
    }

    /** A leader of the unit taking the dossier back: a hand-off to themselves. */
    public static boolean takesBack(Action action, ActionRequest request, Officer officer) {
        return action == Action.ASSIGN && officer.hasRole(Roles.LEADER) && officer.is(request.assignee())
                && (request.assigneeKind() == null || request.assigneeKind() == HolderKind.PERSON);
    }

    /** Whether {@code officer} may take {@code action}; a dossier without an open step has no holder to respect. */
    public static boolean permits(Optional<Steps.Leg> open, Action action, ActionRequest request, Officer officer) {
        return holdsOrCounter(open, action, officer) || takesBack(action, request, officer);
    }

    /**
     * Whether {@code action} is open to {@code officer} as far as holding goes: as the holder, at the counter, or, a
     * hand-off, as a leader taking the dossier back (to themselves only).
     */
    public static boolean mayOffer(Optional<Steps.Leg> open, Action action, Officer officer) {
        return holdsOrCounter(open, action, officer) || action == Action.ASSIGN && officer.hasRole(Roles.LEADER);
    }

    /** Whether {@code officer} holds the dossier, or does {@code action} at the counter. */
    public static boolean holdsOrCounter(Optional<Steps.Leg> open, Action action, Officer officer) {
        return open.isEmpty() || holds(open.get(), officer)
                || AT_THE_COUNTER.contains(action) && officer.hasRole(Roles.FRONT_DESK);
    }

    /** Who holds the leg and where, for a refusal: {@code Lê Văn An (leader.an) at step 3 "approve"}. */
    public static String describe(Steps.Leg leg) {
        String who = switch (leg.holderKind()) {
            case PERSON -> leg.holderName().filter(name -> !name.equals(leg.holder()))
                    .map(name -> name + " (" + leg.holder() + ")").orElse(leg.holder());
            case ROLE -> "whoever has the role " + leg.role();
            case DEPARTMENT -> "the department " + leg.holder();
            case AGENCY -> "the agency " + leg.holder();
        };
        return who + " at step " + leg.stepNumber() + " \"" + leg.stepName() + "\"";
    }
}
