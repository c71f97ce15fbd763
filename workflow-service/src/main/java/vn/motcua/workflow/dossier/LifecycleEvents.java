package vn.motcua.workflow.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import vn.motcua.backbone.outbox.Outbox;
import vn.motcua.contracts.EventType;
import vn.motcua.contracts.dossier.DeadlineExtended;
import vn.motcua.contracts.dossier.DossierAssigned;
import vn.motcua.contracts.dossier.DossierOverdue;
import vn.motcua.contracts.dossier.DossierResolved;
import vn.motcua.contracts.dossier.DossierWithdrawn;
import vn.motcua.contracts.dossier.FeePaid;
import vn.motcua.contracts.dossier.FeeRequested;
import vn.motcua.contracts.dossier.Outcome;
import vn.motcua.contracts.dossier.ResultReturned;
import vn.motcua.contracts.dossier.ServiceRated;
import vn.motcua.contracts.dossier.StepCompleted;
import vn.motcua.contracts.dossier.SupplementReceived;
import vn.motcua.contracts.dossier.SupplementRequested;
import vn.motcua.contracts.dossier.Timeliness;

/**
 * Appends the event of each lifecycle step to the outbox, in the caller's transaction. Each carries the national
 * status code the dossier is in once the step is done ({@code nationalStatus}), so a provincial mirror follows the
 * status from the events alone.
 */
@ApplicationScoped
public class LifecycleEvents {

    private final Outbox outbox;

    LifecycleEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The event {@code action} publishes; {@code previousDueAt} matters to an extension only. */
    public void publish(DossierCase d, Action action, ActionRequest request, String actor, Instant at,
            Instant previousDueAt, Timeliness timeliness, Instant stepDueAt) {
        String reason = request.reason();
        switch (action) {
            case ASSIGN -> append(EventType.DOSSIER_ASSIGNED, d, new DossierAssigned(d.id, d.code, d.unitCode,
                    d.procedureCode, d.fieldCode, d.channel, d.dueAt, at, actor, reason, request.assignee(),
                    stepDueAt, d.status));
            case REQUEST_SUPPLEMENT -> append(EventType.SUPPLEMENT_REQUESTED, d, new SupplementRequested(d.id, d.code,
                    d.unitCode, d.procedureCode, d.fieldCode, d.channel, d.dueAt, at, actor, reason, request.missing(),
                    d.supplementRequests, d.status));
            case RECEIVE_SUPPLEMENT -> append(EventType.SUPPLEMENT_RECEIVED, d, new SupplementReceived(d.id, d.code,
                    d.unitCode, d.procedureCode, d.fieldCode, d.channel, d.dueAt, at, actor, reason,
                    d.pausedWorkingMinutes, d.status));
            case REQUEST_FEE -> append(EventType.FEE_REQUESTED, d, new FeeRequested(d.id, d.code, d.unitCode,
                    d.procedureCode, d.fieldCode, d.channel, d.dueAt, at, actor, reason, request.amountVnd(),
                    d.status));
            case RECORD_FEE_PAID -> append(EventType.FEE_PAID, d, new FeePaid(d.id, d.code, d.unitCode,
                    d.procedureCode, d.fieldCode, d.channel, d.dueAt, at, actor, reason, request.amountVnd(),
                    d.status));
            case EXTEND -> append(EventType.DEADLINE_EXTENDED, d, new DeadlineExtended(d.id, d.code, d.unitCode,
                    d.procedureCode, d.fieldCode, d.channel, d.dueAt, at, actor, reason, previousDueAt, d.status));
            case APPROVE, REJECT, STOP -> append(EventType.DOSSIER_RESOLVED, d, new DossierResolved(d.id, d.code,
                    d.unitCode, d.procedureCode, d.fieldCode, d.channel, outcome(action), d.receivedAt, d.dueAt, at,
                    timeliness, d.status));
            case WITHDRAW -> append(EventType.DOSSIER_WITHDRAWN, d, new DossierWithdrawn(d.id, d.code, d.unitCode,
                    d.procedureCode, d.fieldCode, d.channel, d.dueAt, at, actor, reason, d.status));
            case RETURN_RESULT -> append(EventType.RESULT_RETURNED, d, new ResultReturned(d.id, d.code, d.unitCode,
                    d.procedureCode, d.fieldCode, d.channel, d.dueAt, at, actor, reason, d.status));
        }
    }

    /** A step ended with a hand-off; {@code next} is the leg that started, if any. */
    public void stepCompleted(DossierCase d, Steps.Leg ended, Optional<Steps.Leg> next, String actor, Instant at) {
        append(EventType.STEP_COMPLETED, d, new StepCompleted(d.id, d.code, d.unitCode, d.procedureCode, d.fieldCode,
                d.channel, d.dueAt, at, actor, d.definitionVersion, ended.stepName(), ended.stepNumber(),
                ended.holder(), ended.startedAt(), ended.dueAt(), ended.timeliness().orElseThrow(),
                next.map(Steps.Leg::stepName).orElse(null), next.map(Steps.Leg::holder).orElse(null), d.status));
    }

    public void rated(DossierCase d, int score, boolean commented, Instant at) {
        append(EventType.SERVICE_RATED, d, new ServiceRated(d.id, d.code, d.unitCode, d.procedureCode, d.fieldCode,
                d.channel, score, commented, at, d.status));
    }

    public void overdue(DossierCase d, Instant at) {
        append(EventType.DOSSIER_OVERDUE, d, new DossierOverdue(d.id, d.code, d.unitCode, d.procedureCode,
                d.fieldCode, d.channel, d.dueAt, at, d.status));
    }

    private static Outcome outcome(Action action) {
        return switch (action) {
            case APPROVE -> Outcome.APPROVED;
            case REJECT -> Outcome.REJECTED;
            default -> Outcome.STOPPED;
        };
    }

    private void append(EventType type, DossierCase d, Record payload) {
        outbox.append(type, d.id, d.code, payload);
    }
}
