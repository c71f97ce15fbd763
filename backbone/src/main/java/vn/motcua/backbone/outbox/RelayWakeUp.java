package vn.motcua.backbone.outbox;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the relay shortly after a transaction that appended events commits, so events leave within
 * milliseconds instead of waiting for the next scheduled run (which stays as the safety net: the
 * scheduler cannot run more often than once a second). Wake-ups coalesce over
 * {@code motcua.outbox.relay.coalesce} (10 ms): the commits of that window share one relay run (one
 * transaction, one Kafka batch) instead of a run each, which at the desks' rates cost as much database
 * work as the receptions themselves.
 */
@ApplicationScoped
public class RelayWakeUp {

    private static final Object REGISTERED = RelayWakeUp.class;

    private final TransactionSynchronizationRegistry transactions;
    private final boolean enabled;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "outbox-relay-wake-up");
        thread.setDaemon(true);
        return thread;
    });
    private final CoalescedRuns runs;

    RelayWakeUp(TransactionSynchronizationRegistry transactions, OutboxRelay relay,
            @ConfigProperty(name = "motcua.outbox.relay.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "motcua.outbox.relay.coalesce", defaultValue = "10ms") Duration coalesce) {
        this.transactions = transactions;
        this.enabled = enabled;
        this.runs = new CoalescedRuns(executor, coalesce, relay::relayOnSchedule);
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
                    runs.request();
                }
            }
        });
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
