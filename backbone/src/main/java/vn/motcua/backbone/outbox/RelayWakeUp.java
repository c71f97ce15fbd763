package vn.motcua.backbone.outbox;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the relay right after a transaction that appended events commits, so events leave within
 * milliseconds instead of waiting for the next scheduled run (which stays as the safety net: the
 * scheduler cannot run more often than once a second). Wake-ups coalesce: one run serves many commits.
 */
@ApplicationScoped
public class RelayWakeUp {

    private static final Object REGISTERED = RelayWakeUp.class;

    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final boolean enabled;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "outbox-relay-wake-up");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean scheduled = new AtomicBoolean();

    RelayWakeUp(TransactionSynchronizationRegistry transactions, OutboxRelay relay,
            @ConfigProperty(name = "motcua.outbox.relay.enabled", defaultValue = "true") boolean enabled) {
        this.transactions = transactions;
        this.relay = relay;
        this.enabled = enabled;
    }

    /** Asks for a relay run after the current transaction commits; once per transaction. */
    void afterCommit() {
        if (!enabled || transactions.getResource(REGISTERED) != null) {
            return;
        }
        transactions.putResource(REGISTERED, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    wakeUp();
                }
            }
        });
    }

    private void wakeUp() {
        if (scheduled.compareAndSet(false, true)) {
            executor.execute(() -> {
                scheduled.set(false);
                relay.relayOnSchedule();
            });
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
