package vn.motcua.backbone.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import vn.motcua.contracts.EventType;

/**
 * Records an event in the caller's transaction, so that the state change and its event commit or
 * roll back together. The {@link OutboxRelay} publishes it after commit.
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
        Objects.requireNonNull(key, "key");
        if (!type.payload().isInstance(payload)) {
            throw new IllegalArgumentException(type.type() + " carries " + type.payload().getSimpleName()
                    + ", not " + payload.getClass().getSimpleName());
        }
        OutboxEvent event = new OutboxEvent();
        event.eventId = UUID.randomUUID();
        event.topic = type.topic();
        event.key = key;
        event.type = type.type();
        event.subject = subject;
        event.occurredAt = Instant.now();
        event.payload = toJson(payload);
        entityManager.persist(event);
        wakeUp.afterCommit();
        return event.eventId;
    }

    private String toJson(Record payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("payload cannot be written as JSON: " + payload.getClass(), e);
        }
    }
}
