package vn.motcua.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository is, from the module's working directory (Surefire runs in deploy/checks). */
final class Deployment {

    static final String[] SERVICES = {"intake", "workflow", "document", "stats"};

    private Deployment() {
    }

    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isRegularFile(dir.resolve("docker-compose.yml")) && Files.isDirectory(dir.resolve("backbone"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("no repository root (docker-compose.yml) above " + Path.of("").toAbsolutePath());
    }
}
