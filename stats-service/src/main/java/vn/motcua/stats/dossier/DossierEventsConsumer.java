package vn.motcua.stats.dossier;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import vn.motcua.backbone.inbox.IdempotentConsumer;
import vn.motcua.backbone.inbox.ReceivedEvent;

/** Counts dossiers from {@code motcua.dossier} as they happen (see {@link DossierEventFacts} for what counts). */
@ApplicationScoped
public class DossierEventsConsumer {

    static final String CONSUMER = "stats-service.dossier-counts";

    private static final Logger LOG = Logger.getLogger(DossierEventsConsumer.class);

    private final IdempotentConsumer consumer;
    private final DossierEventFacts facts;
    private final DossierCounters counters;

    DossierEventsConsumer(IdempotentConsumer consumer, DossierEventFacts facts, DossierCounters counters) {
        this.consumer = consumer;
        this.facts = facts;
        this.counters = counters;
    }

    @Incoming("dossier-events")
    @Blocking(ordered = true)
    public void on(ConsumerRecord<String, String> record) {
        consumer.handleOnce(CONSUMER, record, this::apply);
    }

    private void apply(ReceivedEvent event) {
        facts.of(event).ifPresent(change -> {
            counters.learn(change.dossierId(), change.change());
            LOG.debugf("Counted %s of dossier %s", event.type(), event.subject().orElse(event.key()));
        });
    }
}
