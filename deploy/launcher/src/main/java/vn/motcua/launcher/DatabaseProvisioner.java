package vn.motcua.launcher;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure the services' role and databases exist. Safe to run on every start: it only creates
 * what is missing, and keeps the role's password equal to the configured one so changing
 * MOTCUA_DB_PASSWORD takes effect on the next start.
 */
final class DatabaseProvisioner {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseProvisioner.class);

    private final DatabaseSettings settings;

    DatabaseProvisioner(DatabaseSettings settings) {
        this.settings = settings;
    }

    /**
     * @param admin a connection to the "postgres" database
     * @return false when some object was missing and this user may not create it
     */
    boolean provision(Connection admin) throws SQLException {
        boolean complete = ensureRole(admin);
        for (String database : settings.databases()) {
            complete &= ensureDatabase(admin, database);
        }
        return complete;
    }

    private boolean ensureRole(Connection admin) throws SQLException {
        String user = settings.appUser();
        if (user.equals(currentUser(admin))) {
            return true; // connected as the services' user itself (an external server): nothing to do
        }
        if (!hasAttribute(admin, "rolcreaterole") && !hasAttribute(admin, "rolsuper")) {
            LOG.warn("cannot create or update role {}: {} lacks CREATEROLE", user, currentUser(admin));
            return exists(admin, "SELECT 1 FROM pg_roles WHERE rolname = ?", user);
        }
        String verb = exists(admin, "SELECT 1 FROM pg_roles WHERE rolname = ?", user) ? "ALTER" : "CREATE";
        try (Statement statement = admin.createStatement()) {
            // DDL takes no bind parameters, hence the explicit quoting
            statement.execute(verb + " ROLE " + identifier(user) + " LOGIN PASSWORD " + literal(settings.appPassword()));
        }
        if (verb.equals("CREATE")) {
            LOG.info("created role {}", user);
        }
        return true;
    }

    private boolean ensureDatabase(Connection admin, String database) throws SQLException {
        if (exists(admin, "SELECT 1 FROM pg_database WHERE datname = ?", database)) {
            return true;
        }
        if (!hasAttribute(admin, "rolcreatedb") && !hasAttribute(admin, "rolsuper")) {
            LOG.warn("database {} is missing and {} may not create it", database, currentUser(admin));
            return false;
        }
        String owner = settings.appUser().equals(currentUser(admin)) ? "" : " OWNER " + identifier(settings.appUser());
        try (Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + identifier(database) + owner + " ENCODING 'UTF8'");
        } catch (SQLException e) { // e.g. allowed to create databases but not to give them to another role
            LOG.warn("cannot create database {}: {}", database, e.getMessage());
            return false;
        }
        LOG.info("created database {}", database);
        return true;
    }

    private static boolean exists(Connection connection, String query, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static boolean hasAttribute(Connection connection, String column) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT " + column + " FROM pg_roles WHERE rolname = current_user")) {
            return rows.next() && rows.getBoolean(1);
        }
    }

    private static String currentUser(Connection connection) {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT current_user")) {
            rows.next();
            return rows.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String identifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    static String literal(String value) {
        return '\'' + value.replace("'", "''") + '\'';
    }
}
