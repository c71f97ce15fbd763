package vn.motcua.workflow.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.motcua.backbone.problem.ProblemException;
import vn.motcua.calendar.DueDate;
import vn.motcua.calendar.Pause;
import vn.motcua.calendar.TimelinessRule;
import vn.motcua.contracts.dossier.Timeliness;
import vn.motcua.workflow.config.Calendars;
import vn.motcua.workflow.definition.ProcessingDefinitions;

/**
 * Performs an officer's action on a dossier of their unit: checks the lifecycle, the deadline rules and the
 * version the officer saw, changes the dossier, records the timeline entry and appends the event, all in one
 * transaction.
 */
@ApplicationScoped
public class DossierProcessing {

    private static final Logger LOG = Logger.getLogger(DossierProcessing.class);
    private static final Set<Action> REASON_REQUIRED = Set.of(Action.REQUEST_SUPPLEMENT, Action.EXTEND,
            Action.REJECT, Action.STOP, Action.WITHDRAW);

    private final EntityManager entityManager;
    private final ProcessingDefinitions definitions;
    private final Steps steps;
    private final Timeline timeline;
    private final LifecycleEvents events;
    private final Calendars calendars;
    private final TimelinessRule timeliness;
    private final Clock clock;
    private final Officers officers;
    private final int maxExtensions;
    private final Set<String> feeAtReceptionFields;

    DossierProcessing(EntityManager entityManager, ProcessingDefinitions definitions, Steps steps, Timeline timeline, LifecycleEvents events,
            Calendars calendars, TimelinessRule timeliness, Clock clock, Officers officers,
            @ConfigProperty(name = "motcua.workflow.extensions.max", defaultValue = "1") int maxExtensions,
            @ConfigProperty(name = "motcua.workflow.fees.at-reception-fields", defaultValue = "chung-thuc")
            Set<String> feeAtReceptionFields) {
        this.entityManager = entityManager;
        this.officers = officers;
        this.feeAtReceptionFields = Set.copyOf(feeAtReceptionFields);
        this.definitions = definitions;
        this.steps = steps;
        this.timeline = timeline;
        this.events = events;
        this.calendars = calendars;
        this.timeliness = timeliness;
        this.clock = clock;
        this.maxExtensions = maxExtensions;
    }

    /** The dossier {@code code} of {@code unitCode}; another unit's dossier is as unknown as a missing one. */
    public DossierCase find(String unitCode, String code) {
        return entityManager.createQuery("from DossierCase where code = :code and unitCode = :unit",
                        DossierCase.class)
                .setParameter("code", code).setParameter("unit", unitCode)
                .getResultStream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("dossier", code));
    }

    /**
     * What a caller may do now to a dossier: its definition, who holds its open step, and the actions
     * {@link #perform} would accept; {@code takeBackOnly} when the caller does not hold the dossier and may only
     * take it back, as a leader, by handing it to themselves.
     */
    public record Allowed(DossierCase dossier, ProcessingDefinition definition, Optional<Steps.Leg> holding,
            boolean callerHolds, List<Action> actions, boolean takeBackOnly) {
    }

    /**
     * The actions {@code officer} may perform on the dossier now, by the same rules {@link #perform} applies (the
     * lifecycle's status and roles, the holder of the open step, the current step of the dossier's definition), in
     * the order of {@link Action}; a reason or other field may still be required.
     */
    @Transactional
    public Allowed allowedActions(String unitCode, String code, Officer officer) {
        DossierCase dossier = find(unitCode, code);
        ProcessingDefinition definition = definitionOf(dossier);
        ProcessingStep step = definition.step(dossier.stepNumber);
        Optional<Steps.Leg> open = steps.open(dossier.id);
        boolean holds = open.map(leg -> Holding.holds(leg, officer)).orElse(true);
        List<Action> actions = java.util.Arrays.stream(Action.values())
                .filter(a -> Lifecycle.standard().permits(dossier.status(), a, officer.roles())
                        && stepAllows(dossier, step, a) && Holding.mayOffer(open, a, officer))
                .toList();
        boolean takeBackOnly = actions.contains(Action.ASSIGN) && !Holding.holdsOrCounter(open, Action.ASSIGN, officer);
        return new Allowed(dossier, definition, open, holds, actions, takeBackOnly);
    }

    /**
     * Whether the dossier's current step allows {@code action}: by its definition, or, for a fee, at reception when
     * the procedure takes its fee at the counter (its field is in {@code motcua.workflow.fees.at-reception-fields},
     * e.g. certification).
     */
    private boolean stepAllows(DossierCase dossier, ProcessingStep step, Action action) {
        return step.allows(action) || (action == Action.REQUEST_FEE || action == Action.RECORD_FEE_PAID)
                && dossier.stepNumber == 1 && feeAtReceptionFields.contains(dossier.fieldCode);
    }

    /** Whether {@code action} needs a reason (form 02, 04, a refusal, a stop or a withdrawal). */
    public static boolean reasonRequired(Action action) {
        return REASON_REQUIRED.contains(action);
    }

    private ProcessingDefinition definitionOf(DossierCase dossier) {
        return definitions.find(dossier.definitionCode, dossier.definitionVersion)
                .orElseThrow(() -> new IllegalStateException("dossier " + dossier.code + " follows definition "
                        + dossier.definitionCode + " v" + dossier.definitionVersion + ", which does not exist"));
    }

    @Transactional
    public DossierCase perform(String unitCode, String code, Action action, ActionRequest request,
            ExpectedVersion expected, Officer officer) {
        DossierCase dossier = find(unitCode, code);
        expected.check(code, dossier.version);
        String actor = officer.userId();
        DossierStatus from = dossier.status();
        DossierStatus to;
        try {
            to = Lifecycle.standard().apply(from, action, officer.roles());
        } catch (IllegalTransitionException e) {
            throw ProblemException.conflict("illegal-transition", e.getMessage());
        } catch (ActionNotPermittedException e) {
            throw ProblemException.forbidden(e.getMessage());
        }
        ProcessingDefinition definition = definitionOf(dossier);
        ProcessingStep step = definition.step(dossier.stepNumber);
        Optional<Steps.Leg> open = steps.open(dossier.id);
        if (!Holding.permits(open, action, request, officer)) {
            throw ProblemException.conflict("not-the-holder", "dossier " + code + " is held by "
                    + Holding.describe(open.orElseThrow()) + ": only its holder may act on it or hand it on, and a "
                    + "leader of the unit may take it back by assigning it to themselves");
        }
        if (!stepAllows(dossier, step, action)) {
            throw ProblemException.conflict("step-does-not-allow", action + " is not allowed at step " + step.name()
                    + " (" + dossier.stepNumber + ") of the definition of " + dossier.procedureCode + "; hand the "
                    + "dossier on first");
        }
        if (REASON_REQUIRED.contains(action) && blank(request.reason())) {
            throw ProblemException.invalid("reason", "is required for " + action);
        }
        Instant now = clock.instant();
        Instant previousDueAt = dossier.dueAt;
        Optional<Pause> resumed = action == Action.RECEIVE_SUPPLEMENT
                ? Optional.of(Pause.between(dossier.pausedAt, now)) : Optional.empty();
        Timeliness resolvedTimeliness = applyEffects(dossier, action, request, now);
        HandOff handOff = planHandOff(dossier, definition, action, request, officer);
        dossier.status = to.nationalCode();
        // always a change, so the @Version column moves once and catches a writer that read the same version
        dossier.lastActionAt = now;
        if (ProcessingDefinition.endsStep(action)) {
            handOff.nextNumber().ifPresent(n -> dossier.stepNumber = n);
            dossier.assignee = handOff.kind() == HolderKind.PERSON ? handOff.holder() : null;
        }
        // the dossier is final now: the first statement below flushes it, so its version moves exactly once
        resumed.ifPresent(pause -> steps.pause(dossier, pause));
        officers.saw(officer, now);
        Legs legs = handOff(dossier, definition, action, handOff, officer, now);
        timeline.record(dossier, action.name(), from, to, actor, officer.name(), unitCode, request.reason(), now,
                legs.ended(), legs.next().or(() -> ProcessingDefinition.endsStep(action) ? Optional.empty()
                        : steps.open(dossier.id)), resolvedTimeliness, fee(action, request));
        events.publish(dossier, action, request, actor, now, previousDueAt, resolvedTimeliness,
                legs.next().map(Steps.Leg::dueAt).orElse(null));
        entityManager.flush();
        LOG.infof("Dossier %s: %s by %s (%s -> %s)", code, action, actor, from, to);
        return dossier;
    }

    /**
     * Where a step-ending action sends the dossier: the step it goes to (none when processing ends) and who holds it
     * (with their name, when known).
     */
    private record HandOff(Optional<Integer> nextNumber, String holder, String holderName, HolderKind kind) {
    }

    /**
     * A hand-off goes to the named step, else the following one (the last step hands on within itself); a hand-off
     * to oneself (taking the dossier) stays at the current step unless one is named. An approval moves to the step
     * after the decision, a rejection straight to the step that returns the result (a refusal has nothing for the
     * clerk to issue), held by that step's role; a stop, withdrawal or return ends processing.
     */
    private HandOff planHandOff(DossierCase dossier, ProcessingDefinition definition, Action action,
            ActionRequest request, Officer officer) {
        if (action == Action.ASSIGN) {
            HolderKind kind = request.assigneeKind() == null ? HolderKind.PERSON : request.assigneeKind();
            boolean toSelf = kind == HolderKind.PERSON && officer.is(request.assignee());
            int number = request.step() != null
                    ? definition.numberOf(request.step()).orElseThrow(() -> ProblemException.invalid("step",
                            "the definition of " + dossier.procedureCode + " has no step " + request.step()))
                    : toSelf ? dossier.stepNumber : definition.after(dossier.stepNumber).orElse(dossier.stepNumber);
            String name = kind != HolderKind.PERSON ? null
                    : toSelf ? officer.name() : officers.nameOf(request.assignee()).orElse(null);
            return new HandOff(Optional.of(number), request.assignee(), name, kind);
        }
        if (action == Action.APPROVE || action == Action.REJECT) {
            Optional<Integer> next = action == Action.REJECT
                    ? definition.returnStepAfter(dossier.stepNumber) : definition.after(dossier.stepNumber);
            return new HandOff(next, next.map(n -> definition.step(n).defaultHolder()).orElse(null), null,
                    HolderKind.ROLE);
        }
        return new HandOff(Optional.empty(), null, null, null);
    }

    private static Optional<Timeline.Fee> fee(Action action, ActionRequest request) {
        return action == Action.REQUEST_FEE || action == Action.RECORD_FEE_PAID
                ? Optional.of(new Timeline.Fee(request.amountVnd(), request.receiptNumber())) : Optional.empty();
    }

    /** The leg an action ended and the one it opened. */
    private record Legs(Optional<Steps.Leg> ended, Optional<Steps.Leg> next) {
    }

    /** Ends the current step's leg (form 05, StepCompleted) and opens the next one, if the action ends a step. */
    private Legs handOff(DossierCase dossier, ProcessingDefinition definition, Action action,
            HandOff plan, Officer officer, Instant now) {
        if (!ProcessingDefinition.endsStep(action)) {
            return new Legs(Optional.empty(), Optional.empty());
        }
        Optional<Steps.Leg> ended = steps.end(dossier, action, officer.userId(), officer.name(), now);
        Optional<Steps.Leg> next = plan.nextNumber().map(n -> steps.open(dossier, definition, n, plan.holder(),
                plan.holderName(), plan.kind(), officer.userId(), officer.name(), now));
        ended.ifPresent(leg -> events.stepCompleted(dossier, leg, next, officer.userId(), now));
        return new Legs(ended, next);
    }

    private Timeliness applyEffects(DossierCase dossier, Action action, ActionRequest request, Instant now) {
        switch (action) {
            case ASSIGN -> {
                if (blank(request.assignee())) {
                    throw ProblemException.invalid("assignee", "is required");
                }
            }
            case REQUEST_SUPPLEMENT -> {
                if (blank(request.missing())) {
                    throw ProblemException.invalid("missing", "say what the applicant must supply");
                }
                dossier.pausedAt = now;
                dossier.missing = request.missing();
                dossier.supplementRequests++;
                // national index rule: a second supplement request counts the dossier as late
                dossier.countedLate |= dossier.supplementRequests > 1;
            }
            case RECEIVE_SUPPLEMENT -> resume(dossier, now);
            case REQUEST_FEE, RECORD_FEE_PAID -> {
                if (request.amountVnd() == null || request.amountVnd() <= 0) {
                    throw ProblemException.invalid("amountVnd", "is required and must be more than 0 đồng");
                }
                if (action == Action.REQUEST_FEE) {
                    dossier.feeRequestedVnd = request.amountVnd();
                } else if (blank(request.receiptNumber())) {
                    throw ProblemException.invalid("receiptNumber", "is required when a fee is recorded as paid "
                            + "(số biên lai)");
                } else {
                    dossier.feePaidVnd = (dossier.feePaidVnd == null ? 0 : dossier.feePaidVnd) + request.amountVnd();
                    dossier.feeReceiptNumber = request.receiptNumber().strip();
                    dossier.feePaidAt = now;
                }
            }
            case EXTEND -> extend(dossier, request, now);
            case APPROVE, REJECT, STOP -> {
                dossier.resolvedAt = now;
                return dossier.countedLate ? Timeliness.LATE : timeliness.classify(now, dossier.dueAt);
            }
            default -> {
            }
        }
        return null;
    }

    private void resume(DossierCase dossier, Instant now) {
        DueDate due = new DueDate(dossier.dueAt, dossier.originalDueAt,
                Duration.ofMinutes(dossier.pausedWorkingMinutes));
        DueDate moved = calendars.of(dossier).extend(due, Pause.between(dossier.pausedAt, now));
        dossier.missing = null;
        dossier.dueAt = moved.at();
        dossier.pausedWorkingMinutes = moved.pausedWorkingTime().toMinutes();
        dossier.pausedAt = null;
    }

    private void extend(DossierCase dossier, ActionRequest request, Instant now) {
        if (timeliness.isOverdue(dossier.dueAt, now)) {
            throw ProblemException.conflict("already-late", "an extension must be given before the due date passes");
        }
        if (dossier.extensions >= maxExtensions) {
            throw ProblemException.conflict("extension-limit", "the dossier was already extended "
                    + dossier.extensions + " time(s)");
        }
        if (request.newDueAt() == null || !request.newDueAt().isAfter(dossier.dueAt)) {
            throw ProblemException.invalid("newDueAt", "must be later than the current due date " + dossier.dueAt);
        }
        dossier.dueAt = request.newDueAt();
        dossier.extensions++;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
