package vn.motcua.launcher;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prepares an existing PostgreSQL server (MOTCUA_DB_HOST is set) for the services: creates their
 * role and databases where the connecting user may, and says what is missing where it may not.
 * Runs once and exits: 0 when everything exists, 2 when something is missing, 1 when the server
 * cannot be reached.
 *
 * <p>Connects as MOTCUA_DB_ADMIN_USER / MOTCUA_DB_ADMIN_PASSWORD when given (a user allowed to
 * create roles and databases), otherwise as the services' own MOTCUA_DB_USER.
 */
public final class ExternalPostgresMain {

    private static final Logger LOG = LoggerFactory.getLogger(ExternalPostgresMain.class);

    private ExternalPostgresMain() {
    }

    public static void main(String[] args) {
        Map<String, String> env = System.getenv();
        DatabaseSettings settings = DatabaseSettings.fromEnvironment(env);
        String host = env.get("MOTCUA_DB_HOST");
        int port = DatabaseSettings.intFrom(env, "MOTCUA_DB_PORT", 5432);
        String adminUser = env.getOrDefault("MOTCUA_DB_ADMIN_USER", settings.appUser());
        String adminPassword = env.getOrDefault("MOTCUA_DB_ADMIN_PASSWORD",
                env.containsKey("MOTCUA_DB_ADMIN_USER") ? "" : settings.appPassword());

        Properties credentials = new Properties();
        credentials.setProperty("user", adminUser);
        credentials.setProperty("password", adminPassword);
        credentials.setProperty("connectTimeout", "10");
        String url = "jdbc:postgresql://" + host + ":" + port + "/postgres";
        try (Connection admin = DriverManager.getConnection(url, credentials)) {
            boolean complete = new DatabaseProvisioner(settings).provision(admin);
            LOG.info("{} databases {} at {}:{}", complete ? "ready:" : "INCOMPLETE:", settings.databases(), host, port);
            System.exit(complete ? 0 : 2);
        } catch (SQLException e) {
            LOG.error("cannot prepare {} as {}: {}", url, adminUser, e.getMessage());
            System.exit(1);
        }
    }
}
