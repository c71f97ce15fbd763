package vn.motcua.stats.document;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.motcua.backbone.inbox.IdempotentConsumer;

/** Counts what {@code motcua.document} reports ({@link DocumentEventFacts}), idempotently by event id. */
@ApplicationScoped
public class DocumentEventsConsumer {

    static final String CONSUMER = "stats-service.document-counts";

    private final IdempotentConsumer consumer;
    private final DocumentEventFacts facts;
    private final DocumentCounters counters;

    DocumentEventsConsumer(IdempotentConsumer consumer, DocumentEventFacts facts, DocumentCounters counters) {
        this.consumer = consumer;
        this.facts = facts;
        this.counters = counters;
    }

    @Incoming("document-events")
    @Blocking(ordered = true)
    public void on(ConsumerRecord<String, String> record) {
        consumer.handleOnce(CONSUMER, record, event -> facts.of(event).ifPresent(
                d -> counters.countFirst(d.subject(), d.measure(), d.unit(), d.field(), d.day())));
    }
}
