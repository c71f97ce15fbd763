package vn.motcua.workflow.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.motcua.workflow.dossier.DossierStatus.ACCEPTED;
import static vn.motcua.workflow.dossier.DossierStatus.FEE_REQUESTED;
import static vn.motcua.workflow.dossier.DossierStatus.PROCESSING;
import static vn.motcua.workflow.dossier.DossierStatus.RESULT_READY;
import static vn.motcua.workflow.dossier.DossierStatus.RESULT_RETURNED;
import static vn.motcua.workflow.dossier.DossierStatus.STOPPED;
import static vn.motcua.workflow.dossier.DossierStatus.SUPPLEMENT_REQUESTED;
import static vn.motcua.workflow.dossier.DossierStatus.WITHDRAWAL_REQUESTED;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every status × action pair, legal and illegal, written out as the process allows it. */
class LifecycleTest {

    private static final Lifecycle LIFECYCLE = Lifecycle.standard();

    /** The legal moves, as the one-stop process describes them; every pair not listed here is illegal. */
    private static final Map<Action, Map<DossierStatus, DossierStatus>> LEGAL = Map.ofEntries(
            // the result, once ready, is handed from the clerk to the desk without changing status
            Map.entry(Action.ASSIGN, Map.of(ACCEPTED, PROCESSING, PROCESSING, PROCESSING, RESULT_READY, RESULT_READY)),
            Map.entry(Action.REQUEST_SUPPLEMENT, Map.of(PROCESSING, SUPPLEMENT_REQUESTED)),
            Map.entry(Action.RECEIVE_SUPPLEMENT, Map.of(SUPPLEMENT_REQUESTED, PROCESSING)),
            Map.entry(Action.REQUEST_FEE, Map.of(ACCEPTED, FEE_REQUESTED, PROCESSING, FEE_REQUESTED)),
            Map.entry(Action.RECORD_FEE_PAID, Map.of(ACCEPTED, ACCEPTED, FEE_REQUESTED, PROCESSING)),
            Map.entry(Action.EXTEND, Map.of(PROCESSING, PROCESSING)),
            Map.entry(Action.APPROVE, Map.of(PROCESSING, RESULT_READY)),
            Map.entry(Action.REJECT, Map.of(PROCESSING, RESULT_READY)),
            Map.entry(Action.STOP, Map.of(PROCESSING, STOPPED, SUPPLEMENT_REQUESTED, STOPPED, FEE_REQUESTED, STOPPED)),
            Map.entry(Action.WITHDRAW, Map.of(ACCEPTED, WITHDRAWAL_REQUESTED, PROCESSING, WITHDRAWAL_REQUESTED,
                    SUPPLEMENT_REQUESTED, WITHDRAWAL_REQUESTED, FEE_REQUESTED, WITHDRAWAL_REQUESTED)),
            Map.entry(Action.RETURN_RESULT, Map.of(RESULT_READY, RESULT_RETURNED)));

    /** One role that may perform each action. */
    private static final Map<Action, String> PERFORMER = Map.ofEntries(
            Map.entry(Action.ASSIGN, "leader"),
            Map.entry(Action.REQUEST_SUPPLEMENT, "specialist"),
            Map.entry(Action.RECEIVE_SUPPLEMENT, "front-desk"),
            Map.entry(Action.REQUEST_FEE, "specialist"),
            Map.entry(Action.RECORD_FEE_PAID, "front-desk"),
            Map.entry(Action.EXTEND, "leader"),
            Map.entry(Action.APPROVE, "leader"),
            Map.entry(Action.REJECT, "leader"),
            Map.entry(Action.STOP, "leader"),
            Map.entry(Action.WITHDRAW, "front-desk"),
            Map.entry(Action.RETURN_RESULT, "front-desk"));

    static Stream<Arguments> legalMoves() {
        List<Arguments> moves = new ArrayList<>();
        LEGAL.forEach((action, fromTo) -> fromTo.forEach((from, to) -> moves.add(Arguments.of(from, action, to))));
        return moves.stream();
    }

    static Stream<Arguments> illegalMoves() {
        List<Arguments> moves = new ArrayList<>();
        for (Action action : Action.values()) {
            for (DossierStatus from : DossierStatus.values()) {
                if (!LEGAL.get(action).containsKey(from)) {
                    moves.add(Arguments.of(from, action));
                }
            }
        }
        return moves.stream();
    }

    @ParameterizedTest(name = "{1} moves a dossier from {0} to {2}")
    @MethodSource("legalMoves")
    void legalActionMovesTheDossierOn(DossierStatus from, Action action, DossierStatus to) {
        assertEquals(to, LIFECYCLE.apply(from, action, Set.of(PERFORMER.get(action))));
    }

    @ParameterizedTest(name = "{1} is refused while the dossier is {0}")
    @MethodSource("illegalMoves")
    void illegalActionIsRefused(DossierStatus from, Action action) {
        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                () -> LIFECYCLE.apply(from, action, Set.of(PERFORMER.get(action))));
        assertEquals(from, refused.from());
        assertEquals(action, refused.action());
    }

    @Test
    void onlyALeaderApprovesRejectsStopsOrExtends() {
        for (Action action : List.of(Action.APPROVE, Action.REJECT, Action.STOP, Action.EXTEND)) {
            for (String role : List.of("front-desk", "specialist", "clerk", "supervisor", "admin")) {
                assertThrows(ActionNotPermittedException.class,
                        () -> LIFECYCLE.apply(PROCESSING, action, Set.of(role)), action + " by " + role);
            }
        }
    }

    @Test
    void onlyTheFrontDeskReturnsTheResultOrRecordsAWithdrawal() {
        for (String role : List.of("leader", "specialist", "clerk", "supervisor", "admin")) {
            assertThrows(ActionNotPermittedException.class,
                    () -> LIFECYCLE.apply(RESULT_READY, Action.RETURN_RESULT, Set.of(role)));
            assertThrows(ActionNotPermittedException.class,
                    () -> LIFECYCLE.apply(PROCESSING, Action.WITHDRAW, Set.of(role)));
        }
    }

    @Test
    void aCallerWithoutRolesMayDoNothing() {
        for (Action action : Action.values()) {
            assertThrows(ActionNotPermittedException.class, () -> LIFECYCLE.apply(PROCESSING, action, Set.of()));
        }
    }

    @Test
    void nationalStatusCodesRunFromOneToTen() {
        int code = 1;
        for (DossierStatus status : DossierStatus.values()) {
            assertEquals(code, status.nationalCode());
            assertEquals(status, DossierStatus.ofNationalCode(code));
            code++;
        }
        assertEquals(11, code);
    }

    @Test
    void finalStatusesAllowNoAction() {
        for (DossierStatus status : List.of(DossierStatus.REFUSED, WITHDRAWAL_REQUESTED, STOPPED, RESULT_RETURNED)) {
            for (Action action : Action.values()) {
                assertEquals(java.util.Optional.empty(), LIFECYCLE.next(status, action), status + " " + action);
            }
        }
    }

    /** The statuses workflow's lookup answers are the contracts' national statuses, code for code. */
    @Test
    void everyStatusIsTheNationalStatusOfTheContracts() {
        for (DossierStatus status : DossierStatus.values()) {
            assertEquals(status.name(), vn.motcua.contracts.dossier.NationalStatus.of(status.nationalCode()).name());
        }
        assertEquals(vn.motcua.contracts.dossier.NationalStatus.values().length, DossierStatus.values().length);
    }
}
