package vn.motcua.workflow.procedure;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.motcua.backbone.inbox.EventBatches;
import vn.motcua.backbone.inbox.ReceivedEvent;
import vn.motcua.contracts.EventType;
import vn.motcua.contracts.reference.ProcedurePublished;

/**
 * Keeps the procedures' names from {@code motcua.reference} (its own consumer group, read from the beginning, so a
 * running installation learns the names already published). Consumed like every topic (backbone
 * {@link EventBatches}): a database failure stalls and retries, only poison is dead-lettered.
 */
@ApplicationScoped
public class ProcedureEventsConsumer {

    static final String CONSUMER = "workflow-service.procedures";

    private final EventBatches batches;
    private final ProcedureNames names;

    ProcedureEventsConsumer(EventBatches batches, ProcedureNames names) {
        this.batches = batches;
        this.names = names;
    }

    @Incoming("procedure-events")
    @Blocking(ordered = true)
    public void on(ConsumerRecords<String, String> records) {
        batches.apply(CONSUMER, records, this::apply);
    }

    private void apply(List<ReceivedEvent> fresh) {
        for (ReceivedEvent event : fresh) {
            if (EventType.PROCEDURE_PUBLISHED.type().equals(event.type())) {
                names.replace(batches.payload(event, ProcedurePublished.class));
            }
        }
    }
}
