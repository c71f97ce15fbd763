package vn.motcua.workflow.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;

/** The dossier's history: who did what, when and why (process-control sheet, form 05). */
@ApplicationScoped
public class Timeline {

    private final EntityManager entityManager;

    Timeline(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void record(DossierCase dossier, Action action, DossierStatus from, DossierStatus to, String actor,
            String actorUnit, String reason, Instant at) {
        entityManager.createNativeQuery("""
                insert into dossier_timeline (dossier_id, action, from_status, to_status, actor, actor_unit, reason, at)
                values (:id, :action, :from, :to, :actor, :unit, :reason, :at)""")
                .setParameter("id", dossier.id)
                .setParameter("action", action.name())
                .setParameter("from", from.nationalCode())
                .setParameter("to", to.nationalCode())
                .setParameter("actor", actor)
                .setParameter("unit", actorUnit)
                .setParameter("reason", reason)
                .setParameter("at", at)
                .executeUpdate();
    }
}
