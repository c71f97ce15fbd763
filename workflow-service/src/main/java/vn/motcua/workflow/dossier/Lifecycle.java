package vn.motcua.workflow.dossier;

import static vn.motcua.workflow.dossier.DossierStatus.ACCEPTED;
import static vn.motcua.workflow.dossier.DossierStatus.FEE_REQUESTED;
import static vn.motcua.workflow.dossier.DossierStatus.PROCESSING;
import static vn.motcua.workflow.dossier.DossierStatus.RESULT_READY;
import static vn.motcua.workflow.dossier.DossierStatus.RESULT_RETURNED;
import static vn.motcua.workflow.dossier.DossierStatus.STOPPED;
import static vn.motcua.workflow.dossier.DossierStatus.SUPPLEMENT_REQUESTED;
import static vn.motcua.workflow.dossier.DossierStatus.WITHDRAWAL_REQUESTED;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.motcua.backbone.security.Roles;

/**
 * The lifecycle of a dossier in processing: which action may move it from which status to which, and which
 * roles may perform each action. Plain Java, no framework; the single place these rules live.
 */
public final class Lifecycle {

    private static final Set<DossierStatus> OPEN = Set.of(ACCEPTED, PROCESSING, SUPPLEMENT_REQUESTED, FEE_REQUESTED);

    private final Map<Action, Map<DossierStatus, DossierStatus>> transitions = new EnumMap<>(Action.class);
    private final Map<Action, Set<String>> roles = new EnumMap<>(Action.class);

    private Lifecycle() {
        // a hand-off is made by whoever holds the step; the result also travels (clerk -> desk) once ready
        allow(Action.ASSIGN, Set.of(Roles.FRONT_DESK, Roles.SPECIALIST, Roles.LEADER, Roles.CLERK),
                Map.of(ACCEPTED, PROCESSING, PROCESSING, PROCESSING, RESULT_READY, RESULT_READY));
        allow(Action.REQUEST_SUPPLEMENT, Set.of(Roles.SPECIALIST, Roles.FRONT_DESK),
                Map.of(PROCESSING, SUPPLEMENT_REQUESTED));
        allow(Action.RECEIVE_SUPPLEMENT, Set.of(Roles.FRONT_DESK), Map.of(SUPPLEMENT_REQUESTED, PROCESSING));
        // a fee may be asked and paid at the counter on reception, when the procedure's definition allows it there
        allow(Action.REQUEST_FEE, Set.of(Roles.SPECIALIST, Roles.FRONT_DESK),
                Map.of(ACCEPTED, FEE_REQUESTED, PROCESSING, FEE_REQUESTED));
        allow(Action.RECORD_FEE_PAID, Set.of(Roles.FRONT_DESK), Map.of(ACCEPTED, ACCEPTED, FEE_REQUESTED, PROCESSING));
        allow(Action.EXTEND, Set.of(Roles.LEADER), Map.of(PROCESSING, PROCESSING));
        allow(Action.APPROVE, Set.of(Roles.LEADER), Map.of(PROCESSING, RESULT_READY));
        allow(Action.REJECT, Set.of(Roles.LEADER), Map.of(PROCESSING, RESULT_READY));
        allow(Action.STOP, Set.of(Roles.LEADER), Map.of(PROCESSING, STOPPED, SUPPLEMENT_REQUESTED, STOPPED,
                FEE_REQUESTED, STOPPED));
        allow(Action.WITHDRAW, Set.of(Roles.FRONT_DESK), to(OPEN, WITHDRAWAL_REQUESTED));
        allow(Action.RETURN_RESULT, Set.of(Roles.FRONT_DESK), Map.of(RESULT_READY, RESULT_RETURNED));
    }

    private static final Lifecycle STANDARD = new Lifecycle();

    /** The lifecycle every dossier follows. */
    public static Lifecycle standard() {
        return STANDARD;
    }

    /**
     * The status after {@code action}, performed by a caller holding {@code callerRoles}.
     *
     * @throws ActionNotPermittedException if none of the caller's roles may perform the action
     * @throws IllegalTransitionException  if the action is not allowed from {@code from}
     */
    public DossierStatus apply(DossierStatus from, Action action, Set<String> callerRoles) {
        Set<String> allowed = rolesFor(action);
        if (callerRoles.stream().noneMatch(allowed::contains)) {
            throw new ActionNotPermittedException(action, allowed);
        }
        return next(from, action).orElseThrow(() -> new IllegalTransitionException(from, action));
    }

    /** The status {@code action} leads to from {@code from}, if it is allowed there. */
    public Optional<DossierStatus> next(DossierStatus from, Action action) {
        return Optional.ofNullable(transitions.get(action).get(from));
    }

    /** Whether a caller holding {@code callerRoles} may perform {@code action} on a dossier in {@code from}. */
    public boolean permits(DossierStatus from, Action action, Set<String> callerRoles) {
        return callerRoles.stream().anyMatch(rolesFor(action)::contains) && next(from, action).isPresent();
    }

    public Set<String> rolesFor(Action action) {
        return roles.get(action);
    }

    private void allow(Action action, Set<String> by, Map<DossierStatus, DossierStatus> moves) {
        transitions.put(action, Collections.unmodifiableMap(new EnumMap<>(moves)));
        roles.put(action, Set.copyOf(by));
    }

    private static Map<DossierStatus, DossierStatus> to(Set<DossierStatus> froms, DossierStatus target) {
        Map<DossierStatus, DossierStatus> moves = new EnumMap<>(DossierStatus.class);
        froms.forEach(from -> moves.put(from, target));
        return moves;
    }
}
