package vn.motcua.backbone.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
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
        bind(entityManager.createNativeQuery(INSERT), entry(action, subject, reason)).executeUpdate();
    }

    /**
     * The insert of an {@link #entry}, with named parameters {@code :auditAt ... :auditReason} ({@link #bind}), for a
     * caller that writes the entry within a statement of its own (a {@code WITH} clause), one round trip fewer.
     */
    public static final String INSERT = """
            insert into audit_entry (at, user_id, unit_code, action, subject, reason)
            values (:auditAt, :auditUser, :auditUnit, :auditAction, :auditSubject, :auditReason)""";

    /** An entry by the caller, now, not yet written: see {@link #INSERT}. */
    public record Pending(Instant at, String userId, String unitCode, String action, String subject, String reason) {
    }

    /** The entry {@link #record} would write now; the caller writes it with {@link #INSERT} in its transaction. */
    public Pending entry(String action, String subject, String reason) {
        boolean anonymous = caller.isAnonymous();
        return new Pending(clock.instant(), anonymous ? "anonymous" : caller.userId(),
                anonymous ? null : caller.unitCode().orElse(null), action, subject, reason);
    }

    /** Binds {@code entry} to the parameters of {@link #INSERT} in {@code query}. */
    public static Query bind(Query query, Pending entry) {
        return query.setParameter("auditAt", entry.at())
                .setParameter("auditUser", entry.userId())
                .setParameter("auditUnit", entry.unitCode())
                .setParameter("auditAction", entry.action())
                .setParameter("auditSubject", entry.subject())
                .setParameter("auditReason", entry.reason());
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
