package vn.motcua.stats.document;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.motcua.backbone.inbox.EventBatches;

/** Counts what {@code motcua.document} reports ({@link DocumentEventFacts}), idempotently by event id, a poll per transaction. */
@ApplicationScoped
public class DocumentEventsConsumer {

    static final String CONSUMER = "stats-service.document-counts";

    private final EventBatches batches;
    private final DocumentEventFacts facts;
    private final DocumentCounters counters;

    DocumentEventsConsumer(EventBatches batches, DocumentEventFacts facts, DocumentCounters counters) {
        this.batches = batches;
        this.facts = facts;
        this.counters = counters;
    }

    @Incoming("document-events")
    @Blocking(ordered = true)
    public void on(ConsumerRecords<String, String> records) {
        batches.apply(CONSUMER, records, fresh -> fresh.forEach(event -> facts.of(event).ifPresent(
                d -> counters.countFirst(d.subject(), d.measure(), d.unit(), d.field(), d.day()))));
    }
}
