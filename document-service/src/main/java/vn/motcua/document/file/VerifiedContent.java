package vn.motcua.document.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.jboss.logging.Logger;
import vn.motcua.backbone.problem.ProblemException;
import vn.motcua.document.storage.ContentStore;

/**
 * A version's content copied out of storage into a temporary file while its SHA-256 is computed,
 * and handed out only if it matches the recorded one: damaged or replaced content is refused, never
 * served. Close it to delete the copy.
 */
public final class VerifiedContent implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(VerifiedContent.class);

    private final FileVersion version;
    private final Path copy;

    private VerifiedContent(FileVersion version, Path copy) {
        this.version = version;
        this.copy = copy;
    }

    static VerifiedContent copy(ContentStore contents, FileVersion version, Path directory) {
        Path copy = null;
        try {
            Files.createDirectories(directory);
            copy = Files.createTempFile(directory, "download-", ".part");
            MessageDigest digest = SpooledUpload.newDigest();
            try (InputStream in = new DigestInputStream(contents.open(version.storageKey), digest);
                    OutputStream out = Files.newOutputStream(copy)) {
                in.transferTo(out);
            }
            String actual = HexFormat.of().formatHex(digest.digest());
            if (!actual.equals(version.sha256)) {
                LOG.errorf("Stored content of file %s version %d is corrupt: SHA-256 %s, recorded %s (key %s)",
                        version.fileId, version.version, actual, version.sha256, version.storageKey);
                throw new ProblemException(500, "stored-file-corrupt", "Stored file corrupt",
                        "The stored copy of this file no longer matches its checksum and is not served; "
                                + "an operator must restore it from backup",
                        List.of());
            }
            return new VerifiedContent(version, copy);
        } catch (NoSuchFileException e) {
            deleteQuietly(copy);
            LOG.errorf("Stored content of file %s version %d is missing (key %s)", version.fileId, version.version,
                    version.storageKey);
            throw new ProblemException(500, "stored-file-missing", "Stored file missing",
                    "The stored copy of this file is missing; an operator must restore it from backup", List.of());
        } catch (IOException e) {
            deleteQuietly(copy);
            throw new UncheckedIOException("Reading stored content " + version.storageKey + " failed", e);
        } catch (RuntimeException e) {
            deleteQuietly(copy);
            throw e;
        }
    }

    public FileVersion version() {
        return version;
    }

    public Path path() {
        return copy;
    }

    /** Writes the verified bytes to {@code out}, then deletes the copy. */
    public void writeTo(OutputStream out) throws IOException {
        try {
            Files.copy(copy, out);
        } finally {
            close();
        }
    }

    @Override
    public void close() {
        deleteQuietly(copy);
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // left in the spool directory; harmless
        }
    }
}
