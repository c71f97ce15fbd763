package vn.motcua.document.storage;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Writes contents so that none is left without its record: before content goes to storage its key
 * is noted as pending (committed on its own); the transaction that commits the record clears the
 * note ({@link #confirm}); a failed transaction removes the content ({@link #discard}); and if the
 * process dies in between, the sweeper removes content whose note is older than the grace period.
 */
@ApplicationScoped
public class ContentStore {

    private static final Logger LOG = Logger.getLogger(ContentStore.class);

    private final FileStorage storage;
    private final EntityManager entityManager;
    private final Clock clock;
    private final Duration orphanGrace;

    ContentStore(FileStorage storage, EntityManager entityManager, Clock clock,
            @ConfigProperty(name = "motcua.storage.orphan-grace", defaultValue = "PT1H") Duration orphanGrace) {
        this.storage = storage;
        this.entityManager = entityManager;
        this.clock = clock;
        this.orphanGrace = orphanGrace;
    }

    /** Stores {@code content} under a new key below {@code prefix}; call outside any transaction. */
    public String write(String prefix, Path content) {
        String key = FileStorage.checkKey(prefix + "/" + UUID.randomUUID());
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("insert into pending_blob (storage_key, created_at) values (:key, :at)")
                .setParameter("key", key).setParameter("at", Instant.now(clock)).executeUpdate());
        try {
            storage.put(key, content);
        } catch (IOException | RuntimeException e) {
            discard(key);
            throw new UncheckedIOException("Storing " + key + " failed", e instanceof IOException io ? io
                    : new IOException(e));
        }
        return key;
    }

    /** In the transaction that commits the record of {@code key}: its content is no longer an orphan. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void confirm(String key) {
        entityManager.createNativeQuery("delete from pending_blob where storage_key = :key")
                .setParameter("key", key).executeUpdate();
    }

    /** After the record's transaction failed: removes the content and its note; failures are left to the sweeper. */
    public void discard(String key) {
        try {
            storage.delete(key);
            QuarkusTransaction.requiringNew().run(() -> entityManager
                    .createNativeQuery("delete from pending_blob where storage_key = :key")
                    .setParameter("key", key).executeUpdate());
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Could not remove content %s of a failed request now, the sweeper will: %s", key, e.toString());
        }
    }

    public InputStream open(String key) throws IOException {
        return storage.open(key);
    }

    public boolean exists(String key) throws IOException {
        return storage.exists(key);
    }

    @Scheduled(every = "${motcua.storage.orphan-sweep-interval:10m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweepOnSchedule() {
        int removed = sweepOrphans();
        if (removed > 0) {
            LOG.infof("Removed %d stored contents left without a record by interrupted requests", removed);
        }
    }

    /** Removes content noted as pending for longer than the grace period; returns how many. */
    public int sweepOrphans() {
        Instant before = Instant.now(clock).minus(orphanGrace);
        List<String> keys = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select storage_key from pending_blob where created_at < :before", String.class)
                .setParameter("before", before).getResultList());
        int removed = 0;
        for (String key : keys) {
            try {
                storage.delete(key);
                QuarkusTransaction.requiringNew().run(() -> entityManager
                        .createNativeQuery("delete from pending_blob where storage_key = :key")
                        .setParameter("key", key).executeUpdate());
                removed++;
            } catch (IOException | RuntimeException e) {
                LOG.warnf("Could not remove orphan content %s: %s", key, e.toString());
            }
        }
        return removed;
    }
}
