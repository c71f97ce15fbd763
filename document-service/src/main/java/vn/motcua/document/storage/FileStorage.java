package vn.motcua.document.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where file contents live. Keys are chosen by the caller, unique, and written once: content is
 * never overwritten (a new version gets a new key). Implementations: the local filesystem (default)
 * and S3-compatible object storage.
 */
public interface FileStorage {

    /** Copies {@code source} to {@code key}; refuses a key that already holds content. */
    void put(String key, Path source) throws IOException;

    /** The content under {@code key}; {@link java.nio.file.NoSuchFileException} if there is none. */
    InputStream open(String key) throws IOException;

    /** Removes {@code key}'s content; nothing happens if there is none. Used to undo a failed upload. */
    void delete(String key) throws IOException;

    /** Whether {@code key} holds content. */
    boolean exists(String key) throws IOException;

    /** Keys are made of lower-case letters, digits, '-', '.' and '/' separators, never '..'. */
    static String checkKey(String key) {
        if (key == null || !key.matches("[a-z0-9][a-z0-9./-]{0,200}") || key.contains("..") || key.contains("//")) {
            throw new IllegalArgumentException("not a storage key: " + key);
        }
        return key;
    }
}
