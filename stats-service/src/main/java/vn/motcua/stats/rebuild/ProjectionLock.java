package vn.motcua.stats.rebuild;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Keeps projection writers and a rebuild's swap apart: every transaction that changes a projection holds the
 * shared lock, the swap holds it exclusively. Reports take no lock, so they keep answering, from the old tables
 * until the swap commits and from the new ones after.
 */
@ApplicationScoped
public class ProjectionLock {

    /** Any constant unique within the stats database. */
    static final long KEY = 0x5354415453L; // "STATS"

    private final EntityManager entityManager;

    ProjectionLock(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Before a projection writer's first statement, in its transaction. */
    public void forWriting() {
        entityManager.createNativeQuery("select pg_advisory_xact_lock_shared(" + KEY + ")").getSingleResult();
    }

    /** Waits for every writer's transaction to end and holds new ones until {@code swap}'s transaction ends. */
    static void forSwapping(Connection swap) throws SQLException {
        try (Statement s = swap.createStatement()) {
            s.execute("select pg_advisory_xact_lock(" + KEY + ")");
        }
    }
}
