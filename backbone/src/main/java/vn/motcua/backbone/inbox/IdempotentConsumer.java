package vn.motcua.backbone.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * Applies each event at most once per consumer: the event id and the handler's effect on the
 * projection commit in one transaction, so a redelivered event changes nothing. If the handler
 * throws, nothing is recorded and the exception reaches the messaging layer, whose dead-letter
 * strategy parks the message with the reason while the stream goes on.
 *
 * <pre>{@code
 * @Incoming("dossier-events") @Blocking
 * void on(ConsumerRecord<String, String> record) {
 *     consumer.handleOnce("report-projection", record, event -> projection.apply(event));
 * }
 * }</pre>
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    private final EntityManager entityManager;
    private final ObjectMapper json;

    IdempotentConsumer(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    /** Returns true if the event was applied now, false if this consumer had already applied it. */
    public boolean handleOnce(String consumer, ConsumerRecord<String, String> record, Consumer<ReceivedEvent> handler) {
        ReceivedEvent event = ReceivedEvent.from(record);
        boolean applied = QuarkusTransaction.requiringNew().call(() -> {
            if (!claim(consumer, event.id())) {
                return false;
            }
            handler.accept(event);
            return true;
        });
        if (!applied) {
            LOG.debugf("%s skipped redelivered event %s (%s)", consumer, event.id(), event.type());
        }
        return applied;
    }

    /** Reads an event's JSON body as its payload record; a body that does not fit is a poison message. */
    public <T> T payload(ReceivedEvent event, Class<T> type) {
        try {
            return json.readValue(event.payload(), type);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("event " + event.id() + " of type " + event.type()
                    + " has a body that is not a valid " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    /** Records the event id; blocks while another transaction holds the same id, then sees its outcome. */
    private boolean claim(String consumer, String eventId) {
        return entityManager.createNativeQuery("""
                insert into processed_event (consumer, event_id) values (:consumer, :eventId)
                on conflict do nothing""")
                .setParameter("consumer", consumer)
                .setParameter("eventId", eventId)
                .executeUpdate() == 1;
    }
}
