package vn.motcua.document.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import vn.motcua.backbone.problem.Problem;
import vn.motcua.backbone.problem.ProblemException;

/**
 * A request body copied to a temporary file while its SHA-256 is computed, a buffer at a time, so
 * a 50 MB scan never sits in memory. Refuses an empty body (400) and stops reading at the size
 * limit (413). Delete it with {@link #close()}.
 */
public record SpooledUpload(Path path, long size, String sha256) implements AutoCloseable {

    private static final int BUFFER = 64 * 1024;

    public static SpooledUpload spool(InputStream body, long maxBytes, Path directory) {
        Path file;
        try {
            Files.createDirectories(directory);
            file = Files.createTempFile(directory, "upload-", ".part");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary file in " + directory, e);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            MessageDigest digest = newDigest();
            byte[] buffer = new byte[BUFFER];
            long size = 0;
            int read;
            while ((read = body.read(buffer)) != -1) {
                size += read;
                if (size > maxBytes) {
                    throw tooLarge(maxBytes);
                }
                digest.update(buffer, 0, read);
                out.write(buffer, 0, read);
            }
            if (size == 0) {
                throw ProblemException.invalid("body", "the file is empty");
            }
            return new SpooledUpload(file, size, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException | RuntimeException e) {
            deleteQuietly(file);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new UncheckedIOException("Reading the upload failed", (IOException) e);
        }
    }

    /** 413 with the limit in megabytes, as a desk officer would read it. */
    public static ProblemException tooLarge(long maxBytes) {
        return new ProblemException(413, "file-too-large", "File too large",
                "The file exceeds the limit of " + megabytes(maxBytes) + "; scan at a lower resolution or split it",
                List.of(new Problem.FieldError("body", "larger than " + megabytes(maxBytes))));
    }

    static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        deleteQuietly(path);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover temporary file is harmless; the directory is the operator's to clean
        }
    }
}
