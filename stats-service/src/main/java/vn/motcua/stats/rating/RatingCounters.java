package vn.motcua.stats.rating;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import vn.motcua.backbone.inbox.InvalidEventException;
import vn.motcua.contracts.dossier.ServiceRated;
import vn.motcua.stats.dossier.DossierCounters;
import vn.motcua.stats.rebuild.ProjectionLock;

/**
 * Daily per-unit and per-field counters of the citizens' ratings: how many, the sum of their scores, how many
 * scored 2 or less and how many 4 or more. A dossier is rated once; a second rating of it changes nothing.
 */
@ApplicationScoped
public class RatingCounters {

    /** What the ratings of some units over some days add up to. */
    public record Ratings(long ratings, long scoreSum, long low, long satisfied) {
        public static final Ratings NONE = new Ratings(0, 0, 0, 0);
    }

    private final EntityManager entityManager;
    private final ProjectionLock lock;

    RatingCounters(EntityManager entityManager, ProjectionLock lock) {
        this.entityManager = entityManager;
        this.lock = lock;
    }

    /** Counts a rating on its Vietnamese day; must run inside the event's transaction. */
    public void count(ServiceRated rating) {
        checked(rating);
        lock.forWriting();
        int first = entityManager.createNativeQuery(
                "insert into rated_dossier (dossier_id) values (:id) on conflict do nothing")
                .setParameter("id", rating.dossierId()).executeUpdate();
        if (first == 0) {
            return;
        }
        int score = rating.score();
        entityManager.createNativeQuery("""
                insert into rating_daily (unit_code, field_code, day, ratings, score_sum, low, satisfied)
                values (:unit, :field, :day, 1, :score, :low, :satisfied)
                on conflict (unit_code, day, field_code) do update set ratings = rating_daily.ratings + 1,
                    score_sum = rating_daily.score_sum + excluded.score_sum, low = rating_daily.low + excluded.low,
                    satisfied = rating_daily.satisfied + excluded.satisfied""")
                .setParameter("unit", rating.unitCode())
                .setParameter("field", rating.fieldCode() == null ? "" : rating.fieldCode())
                .setParameter("day", LocalDate.ofInstant(rating.ratedAt(), DossierCounters.ZONE))
                .setParameter("score", score)
                .setParameter("low", score <= 2 ? 1 : 0)
                .setParameter("satisfied", score >= 4 ? 1 : 0)
                .executeUpdate();
    }

    /**
     * @return the rating, when it names its dossier, unit and time and scores 1 to 5
     * @throws InvalidEventException otherwise
     */
    public static ServiceRated checked(ServiceRated rating) {
        if (rating.score() < 1 || rating.score() > 5) {
            throw new InvalidEventException("rating of dossier " + rating.dossierId() + " scores " + rating.score()
                    + ", not 1 to 5");
        }
        if (rating.dossierId() == null || rating.unitCode() == null || rating.ratedAt() == null) {
            throw new InvalidEventException("a rating names no dossier, unit or time");
        }
        return rating;
    }

    /** The ratings given to {@code units} from {@code from} to {@code to} (inclusive). */
    public Ratings sum(Collection<String> units, LocalDate from, LocalDate to) {
        if (units.isEmpty()) {
            return Ratings.NONE;
        }
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                select coalesce(sum(ratings), 0), coalesce(sum(score_sum), 0), coalesce(sum(low), 0),
                       coalesce(sum(satisfied), 0)
                from rating_daily where unit_code in (:units) and day between :from and :to""")
                .setParameter("units", units).setParameter("from", from).setParameter("to", to)
                .getSingleResult();
        return new Ratings(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue(), ((Number) row[3]).longValue());
    }
}
