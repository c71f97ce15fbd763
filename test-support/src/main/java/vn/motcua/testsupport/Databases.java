package vn.motcua.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Fresh, empty databases on the JVM's shared PostgreSQL 17 server. A new database per application
 * start is much cheaper than a new server (tens of milliseconds) and keeps test classes that run
 * under different profiles from seeing each other's rows.
 */
public final class Databases {
    private static final String CURRENT = "postgres.current-database";

    private Databases() {
    }

    /** Creates an empty database with a random name; it becomes {@link #current()}. */
    public static TestDatabase create() {
        String name = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = DriverManager.getConnection(urlOf("postgres"),
                EmbeddedServers.POSTGRES_USER, EmbeddedServers.POSTGRES_PASSWORD);
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name, e);
        }
        JvmWide.set(CURRENT, name);
        return describe(name);
    }

    /** The database most recently created in this JVM, i.e. the one the running application uses. */
    public static TestDatabase current() {
        return describe(JvmWide.get(CURRENT).orElseThrow(() -> new IllegalStateException(
                "No test database yet: annotate a test class with @WithTestResource(RealInfrastructure.class)"
                        + " or call Databases.create()")));
    }

    /** A plain JDBC connection to {@link #current()}, for assertions on what the service wrote. */
    public static Connection connectToCurrent() throws SQLException {
        return current().connect();
    }

    private static TestDatabase describe(String name) {
        return new TestDatabase(name, urlOf(name), EmbeddedServers.POSTGRES_USER, EmbeddedServers.POSTGRES_PASSWORD);
    }

    private static String urlOf(String database) {
        return "jdbc:postgresql://localhost:" + EmbeddedServers.postgresPort() + "/" + database;
    }
}
