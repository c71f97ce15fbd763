package vn.motcua.stats.dossier;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import vn.motcua.backbone.inbox.IdempotentConsumer;
import vn.motcua.backbone.inbox.ReceivedEvent;
import vn.motcua.contracts.EventType;
import vn.motcua.contracts.dossier.ServiceRated;
import vn.motcua.stats.rating.RatingCounters;

/**
 * Counts dossiers from {@code motcua.dossier} as they happen (see {@link DossierEventFacts} for what counts), and the
 * citizens' ratings ({@link RatingCounters}).
 */
@ApplicationScoped
public class DossierEventsConsumer {

    static final String CONSUMER = "stats-service.dossier-counts";

    private static final Logger LOG = Logger.getLogger(DossierEventsConsumer.class);

    private final IdempotentConsumer consumer;
    private final DossierEventFacts facts;
    private final DossierCounters counters;
    private final RatingCounters ratings;

    DossierEventsConsumer(IdempotentConsumer consumer, DossierEventFacts facts, DossierCounters counters,
            RatingCounters ratings) {
        this.consumer = consumer;
        this.facts = facts;
        this.counters = counters;
        this.ratings = ratings;
    }

    @Incoming("dossier-events")
    @Blocking(ordered = true)
    public void on(ConsumerRecord<String, String> record) {
        consumer.handleOnce(CONSUMER, record, this::apply);
    }

    private void apply(ReceivedEvent event) {
        if (EventType.SERVICE_RATED.type().equals(event.type())) {
            ratings.count(consumer.payload(event, ServiceRated.class));
            return;
        }
        facts.of(event).ifPresent(change -> {
            counters.learn(change.dossierId(), change.change());
            LOG.debugf("Counted %s of dossier %s", event.type(), event.subject().orElse(event.key()));
        });
    }
}
