package vn.motcua.document.storage;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.util.Optional;

/** {@code motcua.storage.*}: where file contents are kept. */
@ConfigMapping(prefix = "motcua.storage")
public interface StorageConfig {

    /** {@code filesystem} (default) or {@code s3}. */
    @WithDefault("filesystem")
    String kind();

    Filesystem filesystem();

    S3 s3();

    interface Filesystem {
        /** Root directory of the contents. */
        @WithDefault("data/files")
        String root();
    }

    interface S3 {
        /** e.g. {@code http://minio:9000}; empty for AWS itself. */
        Optional<URI> endpoint();

        @WithDefault("us-east-1")
        String region();

        @WithDefault("motcua-documents")
        String bucket();

        /** Empty: the AWS SDK's default credential chain (environment, profile, instance role). */
        Optional<String> accessKey();

        Optional<String> secretKey();

        @WithDefault("true")
        boolean pathStyle();

        /** Create the bucket at start if missing (development only). */
        @WithDefault("false")
        boolean createBucket();
    }
}
