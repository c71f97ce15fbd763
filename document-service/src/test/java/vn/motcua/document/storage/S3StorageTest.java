package vn.motcua.document.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The S3 storage against a real S3 API server: S3Proxy (from Maven Central, filesystem backend,
 * AWS signature v4) started as its own process. Not MinIO or AWS themselves: differences in their
 * behaviour are not covered here.
 */
class S3StorageTest {

    private static final String IDENTITY = "test-access-key";
    private static final String CREDENTIAL = "test-secret-key";
    private static Process server;
    private static S3Storage storage;
    private static Path work;

    @BeforeAll
    static void startS3CompatibleServer() throws Exception {
        String jar = System.getProperty("s3proxy.jar");
        assertThat(jar).as("system property s3proxy.jar (set by the Maven build)").isNotNull();
        assertThat(Path.of(jar)).exists();
        work = Files.createTempDirectory("s3proxy");
        Path data = Files.createDirectories(work.resolve("data"));
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String endpoint = "http://127.0.0.1:" + port;
        Path properties = Files.writeString(work.resolve("s3proxy.conf"), String.join("\n",
                "s3proxy.endpoint=" + endpoint,
                "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=" + IDENTITY,
                "s3proxy.credential=" + CREDENTIAL,
                "jclouds.provider=filesystem",
                "jclouds.filesystem.basedir=" + data));
        String java = ProcessHandle.current().info().command().orElse("java");
        server = new ProcessBuilder(List.of(java, "-Xmx256m", "-jar", jar, "--properties", properties.toString()))
                .redirectErrorStream(true).redirectOutput(work.resolve("s3proxy.log").toFile()).start();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> answers(endpoint));
        storage = new S3Storage(new S3Storage.Settings(Optional.of(URI.create(endpoint)), "us-east-1", "motcua-test",
                Optional.of(IDENTITY), Optional.of(CREDENTIAL), true));
        storage.createBucketIfMissing();
    }

    @AfterAll
    static void stop() throws Exception {
        if (storage != null) {
            storage.close();
        }
        if (server != null) {
            server.destroy();
            server.waitFor();
        }
    }

    @Test
    void contentIsWrittenOnceReadBackAndDeleted() throws Exception {
        Path source = Files.writeString(work.resolve("a.txt"), "giấy chứng nhận");
        storage.put("files/s3-a/1", source);

        try (InputStream in = storage.open("files/s3-a/1")) {
            assertThat(new String(in.readAllBytes())).isEqualTo("giấy chứng nhận");
        }
        assertThat(storage.exists("files/s3-a/1")).isTrue();
        Path other = Files.writeString(work.resolve("b.txt"), "khác");
        assertThatThrownBy(() -> storage.put("files/s3-a/1", other)).isInstanceOf(FileAlreadyExistsException.class);

        storage.delete("files/s3-a/1");
        assertThat(storage.exists("files/s3-a/1")).isFalse();
        assertThatThrownBy(() -> storage.open("files/s3-a/1")).isInstanceOf(NoSuchFileException.class);
        storage.delete("files/s3-a/1");
    }

    @Test
    void aLargeScanRoundTripsUnchanged() throws Exception {
        byte[] scan = new byte[6 * 1024 * 1024];
        new Random(42).nextBytes(scan);
        Path source = Files.write(work.resolve("scan.bin"), scan);
        storage.put("files/s3-b/1", source);

        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = storage.open("files/s3-b/1")) {
            byte[] buffer = new byte[65536];
            int read;
            while ((read = in.read(buffer)) != -1) {
                digest.update(buffer, 0, read);
            }
        }
        assertThat(digest.digest()).isEqualTo(MessageDigest.getInstance("SHA-256").digest(scan));
    }

    @Test
    void aWrongSecretIsRefusedByTheServer() {
        try (S3Storage intruder = new S3Storage(new S3Storage.Settings(storageEndpoint(), "us-east-1", "motcua-test",
                Optional.of(IDENTITY), Optional.of("wrong-secret"), true))) {
            assertThatThrownBy(() -> intruder.open("files/s3-a/1")).isInstanceOf(IOException.class);
        }
    }

    private static Optional<URI> storageEndpoint() {
        try {
            return Optional.of(URI.create(Files.readAllLines(work.resolve("s3proxy.conf")).get(0)
                    .substring("s3proxy.endpoint=".length())));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean answers(String endpoint) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(endpoint).toURL().openConnection();
            connection.setConnectTimeout(500);
            return connection.getResponseCode() > 0;
        } catch (IOException e) {
            return false;
        }
    }
}
