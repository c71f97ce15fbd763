package vn.motcua.document.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Contents on disk: written once, read back, never overwritten, keys that cannot escape the root. */
class FilesystemStorageTest {

    @TempDir
    Path root;

    @TempDir
    Path work;

    @Test
    void contentIsWrittenOnceAndReadBack() throws Exception {
        FilesystemStorage storage = new FilesystemStorage(root);
        Path source = Files.writeString(work.resolve("a"), "bản gốc");
        storage.put("files/abc/1", source);

        try (InputStream in = storage.open("files/abc/1")) {
            assertThat(new String(in.readAllBytes())).isEqualTo("bản gốc");
        }
        Path other = Files.writeString(work.resolve("b"), "bản khác");
        assertThatThrownBy(() -> storage.put("files/abc/1", other)).isInstanceOf(FileAlreadyExistsException.class);
        try (InputStream in = storage.open("files/abc/1")) {
            assertThat(new String(in.readAllBytes())).isEqualTo("bản gốc");
        }
        assertThat(storage.exists("files/abc/1")).isTrue();
        storage.delete("files/abc/1");
        assertThat(storage.exists("files/abc/1")).isFalse();
        assertThatThrownBy(() -> storage.open("files/abc/1")).isInstanceOf(NoSuchFileException.class);
        try (var left = Files.walk(root)) {
            assertThat(left.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void keysCannotLeaveTheRoot() {
        FilesystemStorage storage = new FilesystemStorage(root);
        for (String key : new String[] {"../etc/passwd", "/etc/passwd", "files/../../x", "Files/Upper", ""}) {
            assertThatThrownBy(() -> storage.pathOf(key)).as(key).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
