package vn.motcua.backbone.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.Session;
import vn.motcua.backbone.tracing.EventTracing;
import vn.motcua.contracts.EventType;

/**
 * {@link Outbox#append} for many events at once: the rows of a consumer's whole batch go to the outbox in one
 * JDBC batch (one round trip) instead of one insert each, in the caller's transaction. The rows get their ids in
 * the order given, and the relay publishes in id order, so one key's events keep their order. Each row keeps the
 * trace context of its change as {@link Outbox#append} does.
 */
@ApplicationScoped
public class OutboxBatch {

    /** One event to append: as the arguments of {@link Outbox#append}. */
    public record Pending(EventType type, String key, String subject, Record payload) {

        public Pending {
            Objects.requireNonNull(key, "key");
            if (!type.payload().isInstance(payload)) {
                throw new IllegalArgumentException(type.type() + " carries " + type.payload().getSimpleName()
                        + ", not " + payload.getClass().getSimpleName());
            }
        }
    }

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final RelayWakeUp wakeUp;

    OutboxBatch(EntityManager entityManager, ObjectMapper json, RelayWakeUp wakeUp) {
        this.entityManager = entityManager;
        this.json = json;
        this.wakeUp = wakeUp;
    }

    /** Appends the events, in this order, inside the transaction that makes the state change; returns their ids. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> appendAll(List<Pending> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = new ArrayList<>(events.size());
        List<String> payloads = new ArrayList<>(events.size());
        List<EventTracing.Carrier> traces = new ArrayList<>(events.size());
        for (Pending event : events) {
            ids.add(UUID.randomUUID());
            payloads.add(toJson(json, event.payload()));
            traces.add(EventTracing.forOutboxRow(event.key()));
        }
        Session session = entityManager.unwrap(Session.class);
        session.flush(); // entities persisted before (Outbox.append) keep their place before these rows
        session.doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into outbox_event (event_id, topic, message_key, event_type, subject, occurred_at, payload,
                        traceparent, tracestate)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                var now = Instant.now().atOffset(ZoneOffset.UTC);
                for (int i = 0; i < events.size(); i++) {
                    Pending event = events.get(i);
                    insert.setObject(1, ids.get(i));
                    insert.setString(2, event.type().topic());
                    insert.setString(3, event.key());
                    insert.setString(4, event.type().type());
                    insert.setString(5, event.subject());
                    insert.setObject(6, now);
                    insert.setString(7, payloads.get(i));
                    insert.setString(8, traces.get(i).traceparent());
                    insert.setString(9, traces.get(i).tracestate());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
        wakeUp.afterCommit();
        return ids;
    }

    static String toJson(ObjectMapper json, Record payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("payload cannot be written as JSON: " + payload.getClass(), e);
        }
    }
}
