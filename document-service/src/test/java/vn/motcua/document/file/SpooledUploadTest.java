package vn.motcua.document.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.backbone.problem.ProblemException;

/** An upload is spooled to disk with its checksum; too large or empty bodies leave nothing behind. */
class SpooledUploadTest {

    @TempDir
    Path spool;

    @Test
    void aBodyIsCopiedWithItsSha256() throws Exception {
        byte[] body = "nội dung hồ sơ".repeat(10_000).getBytes();
        try (SpooledUpload upload = SpooledUpload.spool(new ByteArrayInputStream(body), 1 << 20, spool)) {
            assertThat(Files.readAllBytes(upload.path())).isEqualTo(body);
            assertThat(upload.size()).isEqualTo(body.length);
            assertThat(upload.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)));
        }
        assertThat(filesIn(spool)).isZero();
    }

    @Test
    void readingStopsAtTheLimitWithoutReadingTheRest() throws IOException {
        long limit = 1 << 20;
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 7;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 7);
                return len;
            }
        };
        assertThatThrownBy(() -> SpooledUpload.spool(endless, limit, spool)).isInstanceOfSatisfying(
                ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(413);
                    assertThat(e.getMessage()).contains("1 MB");
                });
        assertThat(filesIn(spool)).isZero();
    }

    @Test
    void anEmptyBodyIsRefused() throws IOException {
        assertThatThrownBy(() -> SpooledUpload.spool(new ByteArrayInputStream(new byte[0]), 10, spool))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(400));
        assertThat(filesIn(spool)).isZero();
    }

    private static long filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.count();
        }
    }
}
