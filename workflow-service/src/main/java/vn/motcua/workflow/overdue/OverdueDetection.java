package vn.motcua.workflow.overdue;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;
import vn.motcua.calendar.TimelinessRule;
import vn.motcua.workflow.dossier.DossierCase;
import vn.motcua.workflow.dossier.DossierStatus;
import vn.motcua.workflow.dossier.LifecycleEvents;

/**
 * Publishes {@code DossierOverdue} once per dossier whose due date has passed while it is being processed
 * (hồ sơ quá hạn). Safe with several instances: claiming and publishing happen in one transaction, and the
 * claim ({@code overdue_published = true}) is a conditional update, so a second instance skips what the first
 * claimed. A dossier awaiting a supplement is not overdue: its clock is stopped.
 */
@ApplicationScoped
public class OverdueDetection {

    private static final Logger LOG = Logger.getLogger(OverdueDetection.class);

    private final EntityManager entityManager;
    private final LifecycleEvents events;
    private final Clock clock;
    private final TimelinessRule timeliness;

    OverdueDetection(EntityManager entityManager, LifecycleEvents events, Clock clock, TimelinessRule timeliness) {
        this.entityManager = entityManager;
        this.events = events;
        this.clock = clock;
        this.timeliness = timeliness;
    }

    @Scheduled(every = "${motcua.workflow.overdue.every}", identity = "overdue-detection",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        publishOverdue();
    }

    /** Claims and announces every newly overdue dossier; returns how many. */
    @Transactional
    public int publishOverdue() {
        Instant now = clock.instant();
        // the shared timeliness rule, in the form a query can use (one definition of "late")
        Instant overdueIfDueBefore = timeliness.overdueIfDueBefore(now);
        @SuppressWarnings("unchecked")
        List<String> claimed = entityManager.createNativeQuery("""
                update dossier_case set overdue_published = true
                where overdue_published = false and due_at < :overdueIfDueBefore and status in (:open)
                returning id""", String.class)
                .setParameter("overdueIfDueBefore", overdueIfDueBefore)
                .setParameter("open", DossierStatus.CLOCK_RUNNING)
                .getResultList();
        for (String id : claimed) {
            DossierCase dossier = entityManager.find(DossierCase.class, id);
            events.overdue(dossier, now);
            LOG.infof("Dossier %s is overdue (due %s)", dossier.code, dossier.dueAt);
        }
        return claimed.size();
    }
}
