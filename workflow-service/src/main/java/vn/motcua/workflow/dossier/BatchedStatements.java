package vn.motcua.workflow.dossier;

import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.hibernate.Session;

/**
 * One statement for many rows, in the caller's transaction: a consumer's batch writes its rows in one JDBC batch
 * (one round trip) and reads what it needs with one {@code = any(?)} query, instead of a statement per event.
 */
public final class BatchedStatements {

    private BatchedStatements() {
    }

    /**
     * Runs {@code sql} once per row of parameters as one JDBC batch; returns each row's update count (0 for an
     * insert that {@code on conflict do nothing} skipped). Instants are sent as {@code timestamptz}.
     */
    public static int[] execute(EntityManager entityManager, String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return new int[0];
        }
        Session session = entityManager.unwrap(Session.class);
        session.flush();
        return session.doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        statement.setObject(i + 1, jdbc(row[i]));
                    }
                    statement.addBatch();
                }
                return statement.executeBatch();
            }
        });
    }

    /**
     * The rows of {@code sql}, whose one parameter is a text array ({@code where id = any(?)}) holding
     * {@code keys}; each row as its columns.
     */
    public static List<Object[]> select(EntityManager entityManager, String sql, Collection<String> keys) {
        Session session = entityManager.unwrap(Session.class);
        session.flush();
        return session.doReturningWork(connection -> {
            Array array = connection.createArrayOf("text", keys.toArray(String[]::new));
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setArray(1, array);
                List<Object[]> rows = new ArrayList<>();
                try (ResultSet result = statement.executeQuery()) {
                    int columns = result.getMetaData().getColumnCount();
                    while (result.next()) {
                        Object[] row = new Object[columns];
                        for (int i = 0; i < columns; i++) {
                            row[i] = result.getObject(i + 1);
                        }
                        rows.add(row);
                    }
                }
                return rows;
            } finally {
                array.free();
            }
        });
    }

    private static Object jdbc(Object value) {
        return value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value;
    }
}
