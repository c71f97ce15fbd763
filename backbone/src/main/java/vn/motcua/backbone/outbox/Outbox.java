package vn.motcua.backbone.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import vn.motcua.backbone.tracing.EventTracing;
import vn.motcua.contracts.EventType;

/**
 * Records an event in the caller's transaction, so that the state change and its event commit or
 * roll back together. The {@link OutboxRelay} publishes it after commit. The row keeps the trace context of the
 * change ({@link EventTracing#forOutboxRow}), which the relay publishes as the {@code traceparent} header.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final RelayWakeUp wakeUp;

    Outbox(EntityManager entityManager, ObjectMapper json, RelayWakeUp wakeUp) {
        this.entityManager = entityManager;
        this.json = json;
        this.wakeUp = wakeUp;
    }

    /**
     * Appends an event to the outbox; must run inside the transaction that makes the state change.
     *
     * @param type    the event type, which names the topic and the payload record
     * @param key     the Kafka key: the aggregate id, so one aggregate's events stay in order
     * @param subject the CloudEvents subject, e.g. the dossier code; may be null
     * @param payload the payload record of {@code type}
     * @return the event id ({@code ce_id})
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(EventType type, String key, String subject, Record payload) {
        new OutboxBatch.Pending(type, key, subject, payload); // the same checks as a batch's events
        OutboxEvent event = new OutboxEvent();
        event.eventId = UUID.randomUUID();
        event.topic = type.topic();
        event.key = key;
        event.type = type.type();
        event.subject = subject;
        event.occurredAt = Instant.now();
        event.payload = OutboxBatch.toJson(json, payload);
        EventTracing.Carrier trace = EventTracing.forOutboxRow(key);
        event.traceparent = trace.traceparent();
        event.tracestate = trace.tracestate();
        entityManager.persist(event);
        wakeUp.afterCommit();
        return event.eventId;
    }
}
