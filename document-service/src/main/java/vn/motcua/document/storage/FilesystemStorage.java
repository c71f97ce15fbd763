package vn.motcua.document.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Contents as files under a root directory, one file per key; written to a temporary file, synced, then moved. */
public final class FilesystemStorage implements FileStorage {

    private final Path root;

    public FilesystemStorage(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void put(String key, Path source) throws IOException {
        Path target = pathOf(key);
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(key);
        }
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), ".incoming-", ".tmp");
        try {
            Files.copy(source, temporary, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            // link(2) fails if the target exists, unlike rename(2): content is never replaced
            Files.createLink(target, temporary);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(pathOf(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(pathOf(key));
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(pathOf(key));
    }

    /** The file holding {@code key}, for operators and tests. */
    public Path pathOf(String key) {
        Path path = root.resolve(FileStorage.checkKey(key)).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("key escapes the storage root: " + key);
        }
        return path;
    }

    @Override
    public String toString() {
        return "filesystem storage at " + root;
    }
}
