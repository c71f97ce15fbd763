package vn.motcua.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.BitSet;

/**
 * How far an import got: the number of leading lines that are all finished (imported, skipped or rejected).
 * Lines finish out of order under concurrency; the checkpoint only moves over a contiguous run, so a restart
 * redoes at most the lines in flight, which the services' idempotency by legacyId turns into "skipped".
 * Written atomically (temp file + rename) to {@code FILE.checkpoint}.
 */
final class Checkpoint {

    private final Path file;
    private final BitSet done = new BitSet();
    private long contiguous;

    Checkpoint(Path file, long resumeAfter) {
        this.file = file;
        this.contiguous = resumeAfter;
    }

    static long read(Path file) {
        try {
            return Files.exists(file) ? Long.parseLong(Files.readString(file, StandardCharsets.UTF_8).strip()) : 0;
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    /** Line numbers start at 1. */
    synchronized void finished(long line) {
        done.set((int) (line - 1));
        while (done.get((int) contiguous)) {
            contiguous++;
        }
    }

    synchronized long contiguous() {
        return contiguous;
    }

    void save() {
        long value = contiguous();
        try {
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(temp, value + "\n", StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
