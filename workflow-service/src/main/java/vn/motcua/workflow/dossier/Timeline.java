package vn.motcua.workflow.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;
import vn.motcua.contracts.dossier.Timeliness;

/**
 * The dossier's history: who did what, when and why, the deadlines in force afterwards, and how the step or the
 * dossier finished.
 */
@ApplicationScoped
public class Timeline {

    private final EntityManager entityManager;

    Timeline(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * @param ended    the step leg the action ended, if any
     * @param open     the step leg open after the action, if any
     * @param resolved for a resolution: how the dossier finished
     */
    public void record(DossierCase dossier, String action, DossierStatus from, DossierStatus to, String actor,
            String actorUnit, String reason, Instant at, Optional<Steps.Leg> ended, Optional<Steps.Leg> open,
            Timeliness resolved) {
        entityManager.createNativeQuery("""
                insert into dossier_timeline (dossier_id, action, from_status, to_status, actor, actor_unit, reason, at,
                    due_at, step_name, step_due_at, step_timeliness, timeliness)
                values (:id, :action, :from, :to, :actor, :unit, :reason, :at,
                    :dueAt, :step, :stepDueAt, :stepTimeliness, :timeliness)""")
                .setParameter("id", dossier.id)
                .setParameter("action", action)
                .setParameter("from", from == null ? null : from.nationalCode())
                .setParameter("to", to.nationalCode())
                .setParameter("actor", actor)
                .setParameter("unit", actorUnit)
                .setParameter("reason", reason)
                .setParameter("at", at)
                .setParameter("dueAt", dossier.dueAt)
                .setParameter("step", open.map(Steps.Leg::stepName).orElse(null))
                .setParameter("stepDueAt", open.map(Steps.Leg::dueAt).orElse(null))
                .setParameter("stepTimeliness", ended.flatMap(Steps.Leg::timeliness).map(Enum::name).orElse(null))
                .setParameter("timeliness", resolved == null ? null : resolved.name())
                .executeUpdate();
    }
}
