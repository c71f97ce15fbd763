package vn.motcua.document.storage;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Contents as objects in one bucket of an S3-compatible store (AWS S3, MinIO, Ceph RGW...), through
 * the AWS SDK with the JDK's HTTP client. Path-style addressing by default, which self-hosted stores
 * expect; checksums only where the API requires them, since not every compatible store implements
 * the SDK's newer trailing checksums.
 */
public final class S3Storage implements FileStorage, AutoCloseable {

    /** Where and as whom to connect; empty access key means the SDK's default credential chain. */
    public record Settings(Optional<URI> endpoint, String region, String bucket, Optional<String> accessKey,
            Optional<String> secretKey, boolean pathStyle) {
    }

    private final S3Client s3;
    private final String bucket;

    public S3Storage(Settings settings) {
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(settings.region()))
                .forcePathStyle(settings.pathStyle())
                .httpClient(UrlConnectionHttpClient.create())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        settings.endpoint().ifPresent(builder::endpointOverride);
        if (settings.accessKey().isPresent()) {
            builder.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                    settings.accessKey().get(), settings.secretKey().orElse(""))));
        } else {
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        this.s3 = builder.build();
        this.bucket = settings.bucket();
    }

    /** Creates the bucket if it does not exist; for development and tests, production buckets are provisioned. */
    public void createBucketIfMissing() throws IOException {
        try {
            s3.headBucket(b -> b.bucket(bucket));
        } catch (NoSuchBucketException e) {
            call(() -> s3.createBucket(b -> b.bucket(bucket)));
        } catch (S3Exception e) {
            if (e.statusCode() != 404) {
                throw new IOException("Cannot reach bucket " + bucket + ": " + e.getMessage(), e);
            }
            call(() -> s3.createBucket(b -> b.bucket(bucket)));
        }
    }

    @Override
    public void put(String key, Path source) throws IOException {
        FileStorage.checkKey(key);
        if (exists(key)) {
            throw new FileAlreadyExistsException(key);
        }
        call(() -> s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromFile(source)));
    }

    @Override
    public InputStream open(String key) throws IOException {
        FileStorage.checkKey(key);
        try {
            return s3.getObject(b -> b.bucket(bucket).key(key));
        } catch (NoSuchKeyException e) {
            throw new NoSuchFileException(key);
        } catch (SdkException e) {
            throw new IOException("Cannot read " + key + " from bucket " + bucket + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void delete(String key) throws IOException {
        FileStorage.checkKey(key);
        call(() -> s3.deleteObject(b -> b.bucket(bucket).key(key)));
    }

    @Override
    public boolean exists(String key) throws IOException {
        FileStorage.checkKey(key);
        try {
            s3.headObject(b -> b.bucket(bucket).key(key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw new IOException("Cannot look up " + key + " in bucket " + bucket + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        s3.close();
    }

    @Override
    public String toString() {
        return "S3-compatible storage, bucket " + bucket;
    }

    private static void call(Runnable request) throws IOException {
        try {
            request.run();
        } catch (SdkException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
