package vn.motcua.intake.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import vn.motcua.backbone.security.Caller;

/** Records who changed what, when and why, in the transaction of the change. */
@ApplicationScoped
public class Audit {

    private final EntityManager entityManager;
    private final Caller caller;
    private final Clock clock;

    Audit(EntityManager entityManager, Caller caller, Clock clock) {
        this.entityManager = entityManager;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * @param action  e.g. {@code dossier.accepted}, {@code unit.version-added}
     * @param subject what changed: a dossier id, a unit code, a procedure code, a calendar id
     * @param reason  why, when the user gave a reason; may be null
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String subject, String reason) {
        boolean anonymous = caller.isAnonymous();
        entityManager.createNativeQuery("""
                insert into audit_entry (at, user_id, unit_code, action, subject, reason)
                values (:at, :user, :unit, :action, :subject, :reason)""")
                .setParameter("at", clock.instant())
                .setParameter("user", anonymous ? "anonymous" : caller.userId())
                .setParameter("unit", anonymous ? null : caller.unitCode().orElse(null))
                .setParameter("action", action)
                .setParameter("subject", subject)
                .setParameter("reason", reason)
                .executeUpdate();
    }
}
