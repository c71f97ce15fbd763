package vn.motcua.backbone.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Publishes committed outbox rows to Kafka in id order, then marks them published, in one database
 * transaction per batch. Rows of rolled-back transactions never become visible, so they are never
 * published. A crash before the commit leaves the batch pending: it is sent again after restart
 * (at least once; consumers deduplicate on ce_id). Among several instances of a service only the one
 * holding a PostgreSQL advisory lock relays, which keeps each key's events in order.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Advisory lock id shared by every instance of a service (each service has its own database). */
    private static final long RELAY_LOCK = 0x4d6f74437561L; // "MotCua"

    private final EntityManager entityManager;
    private final OutboxPublisher publisher;
    private final int batchSize;
    private final Duration retention;
    private final Counter published;
    private volatile boolean stopping;

    OutboxRelay(EntityManager entityManager, KafkaOutboxPublisher publisher, MeterRegistry metrics,
            @ConfigProperty(name = "motcua.outbox.batch-size", defaultValue = "500") int batchSize,
            @ConfigProperty(name = "motcua.outbox.retention", defaultValue = "P7D") Duration retention) {
        this.entityManager = entityManager;
        this.publisher = publisher;
        this.batchSize = batchSize;
        this.retention = retention;
        this.published = metrics.counter("motcua.outbox.published");
        metrics.gauge("motcua.outbox.pending", this, OutboxRelay::pendingCountForGauge);
    }

    @Scheduled(every = "${motcua.outbox.relay.interval:1s}", delayed = "${motcua.outbox.relay.delay:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = RelayDisabled.class)
    void relayOnSchedule() {
        if (stopping) {
            return;
        }
        try {
            relayPending(publisher);
        } catch (Exception e) {
            if (stopping) {
                // the database closed under a run that started before the stop: the rows stay pending for the next start
                LOG.debugf("Outbox relay run cut short by the stop: %s", e.toString());
            } else {
                LOG.warnf("Outbox relay failed, will retry: %s", e.toString());
            }
        }
    }

    /** No scheduled or woken run starts once the application stops: its database is about to close. */
    void onStop(@Observes ShutdownEvent stop) {
        stopping = true;
    }

    /** Relays batches until none is pending; returns how many events were published. */
    public int relayPending(OutboxPublisher via) throws Exception {
        int total = 0;
        int sent;
        do {
            sent = relayBatch(via);
            total += sent;
        } while (sent == batchSize);
        return total;
    }

    /**
     * Publishes one batch of pending events and marks it published; returns its size. The marks are made before the
     * batch is sent, in the same transaction: a failed send rolls them back, so the batch stays pending.
     */
    public int relayBatch(OutboxPublisher via) throws Exception {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<OutboxEvent> batch = markNextBatch();
            if (batch.isEmpty()) {
                return 0;
            }
            via.publish(batch);
            published.increment(batch.size());
            LOG.debugf("Outbox relayed %d events up to id %d", batch.size(), batch.get(batch.size() - 1).id);
            return batch.size();
        });
    }

    /**
     * In one round trip: whether this instance relays (the advisory lock; none taken, nothing marked), the batch's
     * commit made asynchronous (losing the {@code publishedAt} marks in a crash only sends those events again, at
     * least once as after any failure, and a durable commit here would wait for a disk flush per batch beside the
     * receptions' own), and the next batch marked published and read back, in id order. Plain JDBC: the rows are
     * only read, so Hibernate's loading and dirty checking of entities were pure cost (a fifth of intake's CPU at one
     * desk, by async-profiler; bench/README.md).
     */
    private List<OutboxEvent> markNextBatch() {
        Instant now = Instant.now();
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement mark = connection.prepareStatement(MARK_NEXT_BATCH)) {
                mark.setLong(1, RELAY_LOCK);
                mark.setObject(2, now.atOffset(ZoneOffset.UTC));
                mark.setInt(3, batchSize);
                List<OutboxEvent> batch = new ArrayList<>();
                try (ResultSet rows = mark.executeQuery()) {
                    while (rows.next()) {
                        batch.add(event(rows));
                    }
                }
                batch.sort(Comparator.comparingLong(event -> event.id)); // RETURNING keeps no order
                return batch;
            }
        });
    }

    private static final String MARK_NEXT_BATCH = """
            with relay as (
                select pg_try_advisory_xact_lock(?) as held, set_config('synchronous_commit', 'off', true) as commit_mode)
            update outbox_event e set published_at = batch.now
            from (select id, ?::timestamptz as now from outbox_event
                  where published_at is null and (select held and commit_mode = 'off' from relay)
                  order by id limit ?) batch
            where e.id = batch.id
            returning e.id, e.event_id, e.topic, e.message_key, e.event_type, e.subject, e.occurred_at, e.payload,
                e.traceparent, e.tracestate""";

    private static OutboxEvent event(ResultSet row) throws SQLException {
        OutboxEvent event = new OutboxEvent();
        event.id = row.getLong("id");
        event.eventId = row.getObject("event_id", UUID.class);
        event.topic = row.getString("topic");
        event.key = row.getString("message_key");
        event.type = row.getString("event_type");
        event.subject = row.getString("subject");
        event.occurredAt = row.getObject("occurred_at", OffsetDateTime.class).toInstant();
        event.payload = row.getString("payload");
        event.traceparent = row.getString("traceparent");
        event.tracestate = row.getString("tracestate");
        return event;
    }

    /** Deletes events published longer ago than the retention, so the table stays small. */
    @Scheduled(every = "1h", delayed = "1m", skipExecutionIf = RelayDisabled.class)
    void purgePublished() {
        int purged = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("delete from OutboxEvent where publishedAt < :before")
                .setParameter("before", Instant.now().minus(retention))
                .executeUpdate());
        if (purged > 0) {
            LOG.infof("Outbox purged %d events published before the %s retention", purged, retention);
        }
    }

    public long pendingCount() {
        return QuarkusTransaction.joiningExisting().call(() -> entityManager
                .createQuery("select count(e) from OutboxEvent e where e.publishedAt is null", Long.class)
                .getSingleResult());
    }

    private double pendingCountForGauge() {
        try {
            return pendingCount();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
