package vn.motcua.workflow.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.motcua.backbone.problem.ProblemException;
import vn.motcua.calendar.DueDate;
import vn.motcua.calendar.Pause;
import vn.motcua.calendar.TimelinessRule;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.contracts.dossier.Timeliness;

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
    private final Timeline timeline;
    private final LifecycleEvents events;
    private final WorkingCalendar calendar;
    private final TimelinessRule timeliness;
    private final Clock clock;
    private final int maxExtensions;

    DossierProcessing(EntityManager entityManager, Timeline timeline, LifecycleEvents events,
            WorkingCalendar calendar, TimelinessRule timeliness, Clock clock,
            @ConfigProperty(name = "motcua.workflow.extensions.max", defaultValue = "1") int maxExtensions) {
        this.entityManager = entityManager;
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
    public DossierCase perform(String unitCode, String code, Action action, ActionRequest request, String actor,
            Set<String> roles) {
        DossierCase dossier = find(unitCode, code);
        if (dossier.version != request.version()) {
            throw ProblemException.conflict("stale-version", "dossier " + code + " is at version " + dossier.version
                    + ", not " + request.version() + "; read it again");
        }
        DossierStatus from = dossier.status();
        DossierStatus to;
        try {
            to = Lifecycle.standard().apply(from, action, roles);
        } catch (IllegalTransitionException e) {
            throw ProblemException.conflict("illegal-transition", e.getMessage());
        } catch (ActionNotPermittedException e) {
            throw ProblemException.forbidden(e.getMessage());
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
        events.publish(dossier, action, request, actor, now, previousDueAt, resolvedTimeliness);
        entityManager.flush();
        LOG.infof("Dossier %s: %s by %s (%s -> %s)", code, action, actor, from, to);
        return dossier;
    }

    private Timeliness applyEffects(DossierCase dossier, Action action, ActionRequest request, Instant now) {
        switch (action) {
            case ASSIGN -> {
                if (blank(request.assignee())) {
                    throw ProblemException.invalid("assignee", "is required");
                }
                dossier.assignee = request.assignee();
            }
            case REQUEST_SUPPLEMENT -> {
                if (blank(request.missing())) {
                    throw ProblemException.invalid("missing", "say what the applicant must supply");
                }
                dossier.pausedAt = now;
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
        DueDate moved = calendar.extend(due, Pause.between(dossier.pausedAt, now));
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
