package vn.motcua.workflow.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.motcua.backbone.problem.ProblemException;
import vn.motcua.calendar.DueDate;
import vn.motcua.calendar.Pause;
import vn.motcua.calendar.TimelinessRule;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.contracts.dossier.Timeliness;
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
    private final WorkingCalendar calendar;
    private final TimelinessRule timeliness;
    private final Clock clock;
    private final int maxExtensions;

    DossierProcessing(EntityManager entityManager, ProcessingDefinitions definitions, Steps steps, Timeline timeline, LifecycleEvents events,
            WorkingCalendar calendar, TimelinessRule timeliness, Clock clock,
            @ConfigProperty(name = "motcua.workflow.extensions.max", defaultValue = "1") int maxExtensions) {
        this.entityManager = entityManager;
        this.definitions = definitions;
        this.steps = steps;
        this.timeline = timeline;
        this.events = events;
        this.calendar = calendar;
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

    @Transactional
    public DossierCase perform(String unitCode, String code, Action action, ActionRequest request,
            ExpectedVersion expected, String actor, Set<String> roles) {
        DossierCase dossier = find(unitCode, code);
        expected.check(code, dossier.version);
        DossierStatus from = dossier.status();
        DossierStatus to;
        try {
            to = Lifecycle.standard().apply(from, action, roles);
        } catch (IllegalTransitionException e) {
            throw ProblemException.conflict("illegal-transition", e.getMessage());
        } catch (ActionNotPermittedException e) {
            throw ProblemException.forbidden(e.getMessage());
        }
        ProcessingDefinition definition = definitions.find(dossier.definitionCode, dossier.definitionVersion)
                .orElseThrow(() -> new IllegalStateException("dossier " + code + " follows definition "
                        + dossier.definitionCode + " v" + dossier.definitionVersion + ", which does not exist"));
        ProcessingStep step = definition.step(dossier.stepNumber);
        if (!step.allows(action)) {
            throw ProblemException.conflict("step-does-not-allow", action + " is not allowed at step " + step.name()
                    + " (" + dossier.stepNumber + ") of the definition of " + dossier.procedureCode + "; hand the "
                    + "dossier on first");
        }
        if (REASON_REQUIRED.contains(action) && blank(request.reason())) {
            throw ProblemException.invalid("reason", "is required for " + action);
        }
        Instant now = clock.instant();
        Instant previousDueAt = dossier.dueAt;
        Timeliness resolvedTimeliness = applyEffects(dossier, action, request, now);
        dossier.status = to.nationalCode();
        // always a change, so the @Version column moves once and catches a writer that read the same version
        dossier.lastActionAt = now;
        timeline.record(dossier, action, from, to, actor, unitCode, request.reason(), now);
        Optional<Steps.Leg> next = handOff(dossier, definition, action, request, actor, now);
        events.publish(dossier, action, request, actor, now, previousDueAt, resolvedTimeliness,
                next.map(Steps.Leg::dueAt).orElse(null));
        entityManager.flush();
        LOG.infof("Dossier %s: %s by %s (%s -> %s)", code, action, actor, from, to);
        return dossier;
    }

    /**
     * Ends the current step if {@code action} ends it (form 05) and starts the next: the named or following step
     * for a hand-off, the step after the decision for an approval or rejection, none when processing ends.
     */
    private Optional<Steps.Leg> handOff(DossierCase dossier, ProcessingDefinition definition, Action action,
            ActionRequest request, String actor, Instant now) {
        if (!ProcessingDefinition.endsStep(action)) {
            return Optional.empty();
        }
        Optional<Integer> nextNumber;
        String holder;
        HolderKind kind;
        if (action == Action.ASSIGN) {
            nextNumber = Optional.of(request.step() == null
                    ? definition.after(dossier.stepNumber).orElse(dossier.stepNumber)
                    : definition.numberOf(request.step()).orElseThrow(() -> ProblemException.invalid("step",
                            "the definition of " + dossier.procedureCode + " has no step " + request.step())));
            holder = request.assignee();
            kind = request.assigneeKind() == null ? HolderKind.PERSON : request.assigneeKind();
        } else if (action == Action.APPROVE || action == Action.REJECT) {
            nextNumber = definition.after(dossier.stepNumber);
            holder = nextNumber.map(n -> definition.step(n).defaultHolder()).orElse(null);
            kind = HolderKind.ROLE;
        } else {
            nextNumber = Optional.empty();
            holder = null;
            kind = null;
        }
        Optional<Steps.Leg> ended = steps.end(dossier, action, actor, now);
        Optional<Steps.Leg> next = nextNumber.map(n -> steps.open(dossier, definition, n, holder, kind, actor, now));
        dossier.assignee = next.filter(l -> l.holderKind() == HolderKind.PERSON).map(Steps.Leg::holder).orElse(null);
        ended.ifPresent(leg -> events.stepCompleted(dossier, leg, next, actor, now));
        return next;
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
                if (request.amountVnd() == null) {
                    throw ProblemException.invalid("amountVnd", "is required");
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
        Pause pause = Pause.between(dossier.pausedAt, now);
        DueDate moved = calendar.extend(due, pause);
        steps.pause(dossier, pause);
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
