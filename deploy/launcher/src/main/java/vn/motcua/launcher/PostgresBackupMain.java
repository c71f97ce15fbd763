package vn.motcua.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * An online copy of the embedded PostgreSQL server's whole data directory, every database at one instant,
 * for {@code ./platform backup}. The embedded binaries (zonky) have no pg_dump, and Debian's pg_dump 15
 * refuses a PostgreSQL 17 server, so this uses PostgreSQL's own low-level backup API, as pg_basebackup
 * does: a temporary replication slot keeps the WAL written meanwhile, {@code pg_backup_start} (fast
 * checkpoint), the data directory copied with tar while the server runs, {@code pg_backup_stop}, then the
 * WAL and the backup_label it returns appended. Started on that directory, PostgreSQL replays the WAL to a
 * consistent state (the moment {@code pg_backup_stop} returned) and runs on.
 *
 * <pre>  PostgresBackupMain DATA_DIR OUT.tar</pre>
 * Connects to localhost:MOTCUA_PG_PORT as the superuser {@code postgres} (trusted from this machine only,
 * see EmbeddedPostgresMain). Prints {@code server_version=...}. Exit 0 on success, 1 otherwise.
 */
public final class PostgresBackupMain {

    private PostgresBackupMain() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: PostgresBackupMain DATA_DIR OUT.tar");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]);
        Path tar = Path.of(args[1]);
        String port = System.getenv().getOrDefault("MOTCUA_PG_PORT", "5432");
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "")) {
            backup(connection, dataDir, tar);
        } catch (Exception e) {
            System.err.println("postgres backup failed: " + e);
            try {
                Files.deleteIfExists(tar);
            } catch (IOException ignored) {
                // the message above is what matters
            }
            System.exit(1);
        }
    }

    static void backup(Connection connection, Path dataDir, Path tar) throws Exception {
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            System.out.println("server_version=" + single(statement, "SHOW server_version"));
            // temporary: dropped with this session, whatever happens
            statement.execute("SELECT pg_create_physical_replication_slot('motcua_backup_' || pg_backend_pid(), true, true)");
            statement.execute("SELECT pg_backup_start('motcua ./platform backup', true)");
            // the running server's files: "file changed as we read it" is expected, the WAL repairs it
            tar(dataDir, List.of("-cf", tar.toString(), "--warning=no-file-changed", "--warning=no-file-removed",
                    "--exclude=./pg_wal/*", "--exclude=./postmaster.pid", "--exclude=./postmaster.opts",
                    "--exclude=./pg_replslot/*", "--exclude=./pg_stat_tmp/*", "."));
            String label;
            try (ResultSet stop = statement.executeQuery("SELECT labelfile FROM pg_backup_stop(false)")) {
                stop.next();
                label = stop.getString(1);
            }
            // pg_backup_stop switched to a new WAL segment: every record the copy needs is in pg_wal now
            tar(dataDir, List.of("-rf", tar.toString(), "--warning=no-file-changed", "--warning=no-file-removed",
                    "--exclude=./pg_wal/archive_status/*", "./pg_wal"));
            Path labelDir = Files.createTempDirectory("motcua-backup-label");
            try {
                Files.writeString(labelDir.resolve("backup_label"), label);
                tar(labelDir, List.of("-rf", tar.toString(), "./backup_label"));
            } finally {
                Files.deleteIfExists(labelDir.resolve("backup_label"));
                Files.deleteIfExists(labelDir);
            }
        }
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    /** GNU tar in {@code directory}; exit 1 ("some files differ") is fine for a live copy, more is not. */
    private static void tar(Path directory, List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tar", "-C", directory.toString()));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).inheritIO().start();
        int exit = process.waitFor();
        if (exit > 1) {
            throw new IOException(String.join(" ", command) + " exited with " + exit);
        }
    }
}
