package vn.motcua.document.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import vn.motcua.testsupport.RealInfrastructure;

/** Content written by a request that died before its record committed is removed after the grace period. */
@QuarkusTest
class OrphanSweepTest {

    @Inject
    ContentStore contents;

    @Inject
    FileStorage storage;

    @Test
    void contentLeftPendingLongerThanTheGracePeriodIsRemovedAndRecentContentIsKept() throws Exception {
        Path source = Files.createTempFile("orphan", ".pdf");
        Files.writeString(source, "%PDF-1.7 orphan");
        // unique keys: the storage root outlives a test run, and storage never overwrites
        String run = java.util.UUID.randomUUID().toString();
        String old = "files/orphan-old-" + run + "/1";
        String recent = "files/orphan-new-" + run + "/1";
        storage.put(old, source);
        storage.put(recent, source);
        pending(old, Instant.now().minus(2, ChronoUnit.HOURS));
        pending(recent, Instant.now());

        int removed = contents.sweepOrphans();

        assertThat(removed).isGreaterThanOrEqualTo(1);
        assertThat(storage.exists(old)).isFalse();
        assertThat(storage.exists(recent)).isTrue();
        assertThat(isPending(old)).isFalse();
        assertThat(isPending(recent)).isTrue();
    }

    private static void pending(String key, Instant at) throws Exception {
        try (Connection connection = RealInfrastructure.database().connect();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into pending_blob (storage_key, created_at) values (?, ?)")) {
            insert.setString(1, key);
            insert.setTimestamp(2, Timestamp.from(at));
            insert.executeUpdate();
        }
    }

    private static boolean isPending(String key) throws Exception {
        try (Connection connection = RealInfrastructure.database().connect();
                PreparedStatement select = connection.prepareStatement("select 1 from pending_blob where storage_key = ?")) {
            select.setString(1, key);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next();
            }
        }
    }
}
