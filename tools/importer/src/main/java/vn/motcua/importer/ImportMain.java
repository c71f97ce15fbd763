package vn.motcua.importer;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * {@code ./platform import FILE [--concurrency N] [--batch N] [--restart]}: imports a legacy NDJSON export. Settings
 * from the environment (defaults: the local platform):
 * <pre>
 *   MOTCUA_INTAKE_URL            http://localhost:8081
 *   MOTCUA_TOKEN_URL             http://localhost:8180/realms/motcua/protocol/openid-connect/token
 *   MOTCUA_IMPORT_CLIENT_ID      motcua-import
 *   MOTCUA_IMPORT_CLIENT_SECRET  demo-import-secret (DEMO)
 * </pre>
 */
public final class ImportMain {

    private ImportMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        Path file = null;
        int concurrency = 4;
        int batchSize = 1000;
        boolean restart = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--concurrency" -> concurrency = Integer.parseInt(args[++i]);
                case "--batch" -> batchSize = Integer.parseInt(args[++i]);
                case "--restart" -> restart = true;
                case "-h", "--help" -> {
                    usage();
                    return;
                }
                default -> file = Path.of(args[i]);
            }
        }
        if (file == null || !Files.isRegularFile(file)) {
            usage();
            System.exit(2);
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .version(HttpClient.Version.HTTP_1_1).build();
        ObjectMapper json = new ObjectMapper();
        TokenSource tokens = new TokenSource(http, json,
                URI.create(env.getOrDefault("MOTCUA_TOKEN_URL",
                        "http://localhost:8180/realms/motcua/protocol/openid-connect/token")),
                env.getOrDefault("MOTCUA_IMPORT_CLIENT_ID", "motcua-import"),
                env.getOrDefault("MOTCUA_IMPORT_CLIENT_SECRET", "demo-import-secret"));
        tokens.bearer(); // fail early, with the reason, when the client cannot get a token
        Importer.Settings settings = new Importer.Settings(
                URI.create(env.getOrDefault("MOTCUA_INTAKE_URL", "http://localhost:8081")),
                Math.max(1, Math.min(1000, batchSize)), Math.max(1, Math.min(16, concurrency)), restart);
        System.out.printf("importing %s into %s in batches of %d, %d in flight%n", file, settings.intake(),
                settings.batchSize(), settings.concurrency());
        int exit = new Importer(settings, http, json, tokens, System.out).run(file);
        System.exit(exit);
    }

    private static void usage() {
        System.err.println("""
                usage: ./platform import FILE [--concurrency N] [--batch N] [--restart]
                  FILE           NDJSON, one legacy dossier per line (see README: "Importing history")
                  --concurrency  batches in flight (default 4)
                  --batch        records per batch, 1 to 1000 (default 1000)
                  --restart      ignore FILE.checkpoint and start from the first line (safe: imports are idempotent)""");
    }
}
