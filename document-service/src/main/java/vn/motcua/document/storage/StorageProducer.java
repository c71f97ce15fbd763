package vn.motcua.document.storage;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/** Chooses the storage from {@code motcua.storage.kind}. */
@ApplicationScoped
public class StorageProducer {

    private static final Logger LOG = Logger.getLogger(StorageProducer.class);

    @Produces
    @ApplicationScoped
    @Startup
    FileStorage storage(StorageConfig config) {
        FileStorage storage = switch (config.kind()) {
            case "filesystem" -> new FilesystemStorage(Path.of(config.filesystem().root()));
            case "s3" -> s3(config.s3());
            default -> throw new IllegalArgumentException(
                    "motcua.storage.kind must be filesystem or s3, not " + config.kind());
        };
        LOG.infof("File contents are kept in %s", storage);
        return storage;
    }

    void close(@Disposes FileStorage storage) {
        if (storage instanceof S3Storage s3) {
            s3.close();
        }
    }

    private static S3Storage s3(StorageConfig.S3 config) {
        S3Storage storage = new S3Storage(new S3Storage.Settings(config.endpoint(), config.region(), config.bucket(),
                config.accessKey(), config.secretKey(), config.pathStyle()));
        if (config.createBucket()) {
            try {
                storage.createBucketIfMissing();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return storage;
    }
}
