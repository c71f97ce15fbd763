package vn.motcua.workflow.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;

/**
 * The officers this service has seen act, with their names as last seen: a hand-off names its receiver by id or
 * login name, and form 05 and refusals want the name.
 */
@ApplicationScoped
public class Officers {

    private final EntityManager entityManager;

    Officers(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Remembers the acting officer's name, in the action's transaction. */
    public void saw(Officer officer, Instant at) {
        entityManager.createNativeQuery("""
                insert into known_officer (user_id, username, name, seen_at) values (:id, :username, :name, :at)
                on conflict (user_id) do update set username = excluded.username, name = excluded.name,
                    seen_at = excluded.seen_at
                where known_officer.username <> excluded.username or known_officer.name <> excluded.name""")
                .setParameter("id", officer.userId()).setParameter("username", officer.username())
                .setParameter("name", officer.name()).setParameter("at", at).executeUpdate();
    }

    /** The name of the officer {@code who} (a user id or a login name), if they have acted here before. */
    public Optional<String> nameOf(String who) {
        if (who == null) {
            return Optional.empty();
        }
        return entityManager.createNativeQuery("""
                select name from known_officer where user_id = :who or username = :who
                order by seen_at desc limit 1""", String.class)
                .setParameter("who", who).getResultStream().findFirst().map(String.class::cast);
    }
}
