package vn.motcua.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointTest {

    @Test
    void movesOnlyOverAContiguousRunOfFinishedLines(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("export.ndjson.checkpoint");
        Checkpoint checkpoint = new Checkpoint(file, 0);
        checkpoint.finished(2);
        checkpoint.finished(3);
        assertThat(checkpoint.contiguous()).isZero();      // line 1 is still in flight
        checkpoint.finished(1);
        assertThat(checkpoint.contiguous()).isEqualTo(3);
        checkpoint.finished(5);
        assertThat(checkpoint.contiguous()).isEqualTo(3);
        checkpoint.save();
        assertThat(Checkpoint.read(file)).isEqualTo(3);
        assertThat(Files.readString(file)).isEqualTo("3\n");
    }

    @Test
    void aResumedImportContinuesAfterTheSavedLine(@TempDir Path dir) {
        Checkpoint checkpoint = new Checkpoint(dir.resolve("c"), 1000);
        checkpoint.finished(1002);
        assertThat(checkpoint.contiguous()).isEqualTo(1000);
        checkpoint.finished(1001);
        assertThat(checkpoint.contiguous()).isEqualTo(1002);
        assertThat(Checkpoint.read(dir.resolve("missing"))).isZero();
    }
}
