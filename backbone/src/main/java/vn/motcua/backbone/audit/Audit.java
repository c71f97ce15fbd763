package vn.motcua.backbone.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.hibernate.Session;
import vn.motcua.backbone.security.Caller;

/**
 * The audit trail of every state-changing action (nhật ký thao tác): who (user id and unit, from the
 * token), when, what action on which subject, and why when the user gave a reason. Written in the
 * transaction of the change, which must exist: a change that rolls back, or is refused before it
 * writes, leaves no entry, and an entry never exists without its change.
 */
@ApplicationScoped
public class Audit {

    private final EntityManager entityManager;
    private final Caller caller;
    private final Clock clock;

    Audit(EntityManager entityManager, Caller caller, Instance<Clock> clock) {
        this.entityManager = entityManager;
        this.caller = caller;
        // a service that controls time in tests produces a Clock bean; otherwise the system's
        this.clock = clock.isResolvable() ? clock.get() : Clock.systemUTC();
    }

    /**
     * @param action  what was done, {@code <subject kind>.<past tense>}: {@code dossier.accepted},
     *                {@code unit.version-added}, {@code outgoing.registered}
     * @param subject what changed: a dossier id, a unit code, a document id
     * @param reason  why, when the user gave a reason; null otherwise
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

    /** One entry of {@link #recordAll}: what changed and why (null when no reason). */
    public record Entry(String subject, String reason) {
    }

    /**
     * Many entries of one action by the caller at once (a migration batch), written as one JDBC batch instead of a
     * statement each.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(String action, List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        boolean anonymous = caller.isAnonymous();
        String user = anonymous ? "anonymous" : caller.userId();
        String unit = anonymous ? null : caller.unitCode().orElse(null);
        OffsetDateTime at = clock.instant().atOffset(ZoneOffset.UTC);
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into audit_entry (at, user_id, unit_code, action, subject, reason)
                    values (?, ?, ?, ?, ?, ?)""")) {
                for (Entry entry : entries) {
                    insert.setObject(1, at);
                    insert.setString(2, user);
                    insert.setString(3, unit);
                    insert.setString(4, action);
                    insert.setString(5, entry.subject());
                    insert.setString(6, entry.reason());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }
}
