package vn.motcua.workflow.citizen;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;
import vn.motcua.backbone.problem.ProblemException;
import vn.motcua.workflow.dossier.DossierCase;
import vn.motcua.workflow.dossier.DossierStatus;
import vn.motcua.workflow.dossier.LifecycleEvents;

/**
 * The applicant's rating of the service (đánh giá mức độ hài lòng): 1-5 and an optional comment, once per dossier,
 * only after the result was returned. The rating and its {@code ServiceRated} event commit together.
 */
@ApplicationScoped
public class Ratings {

    private static final Logger LOG = Logger.getLogger(Ratings.class);

    private final EntityManager entityManager;
    private final PublicAccess access;
    private final LifecycleEvents events;
    private final Clock clock;

    Ratings(EntityManager entityManager, PublicAccess access, LifecycleEvents events, Clock clock) {
        this.entityManager = entityManager;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Instant rate(String code, String secret, int score, String comment) {
        DossierCase dossier = access.verified(code, secret);
        if (dossier.status() != DossierStatus.RESULT_RETURNED) {
            throw ProblemException.conflict("not-returned", "the service can be rated once the result is returned");
        }
        Instant now = clock.instant();
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        // the primary key makes "once per dossier" hold even for two ratings sent at the same moment
        int inserted = entityManager.createNativeQuery("""
                insert into dossier_rating (dossier_id, score, comment, rated_at) values (:id, :score, :comment, :at)
                on conflict do nothing""")
                .setParameter("id", dossier.id).setParameter("score", score).setParameter("comment", text)
                .setParameter("at", now).executeUpdate();
        if (inserted == 0) {
            throw ProblemException.conflict("already-rated", "this dossier has already been rated");
        }
        events.rated(dossier, score, text != null, now);
        LOG.infof("Dossier %s rated %d", dossier.code, score);
        return now;
    }

    /** True once the dossier has been rated. */
    public boolean rated(DossierCase dossier) {
        return ((Number) entityManager.createNativeQuery("select count(*) from dossier_rating where dossier_id = :id")
                .setParameter("id", dossier.id).getSingleResult()).longValue() > 0;
    }
}
