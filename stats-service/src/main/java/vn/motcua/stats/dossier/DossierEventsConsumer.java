package vn.motcua.stats.dossier;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.motcua.backbone.inbox.EventBatches;
import vn.motcua.backbone.inbox.ReceivedEvent;
import vn.motcua.contracts.EventType;
import vn.motcua.contracts.dossier.ServiceRated;
import vn.motcua.stats.rating.RatingCounters;

/**
 * Counts dossiers from {@code motcua.dossier} as they happen (see {@link DossierEventFacts} for what counts), and the
 * citizens' ratings ({@link RatingCounters}). Each poll is applied in one transaction: the backbone's
 * {@link EventBatches} claims the event ids in bulk, and {@link DossierCounters#learnAll} merges the fresh events'
 * changes per dossier in memory and writes the counters' differences in bulk.
 */
@ApplicationScoped
public class DossierEventsConsumer {

    static final String CONSUMER = "stats-service.dossier-counts";

    private final EventBatches batches;
    private final DossierEventFacts facts;
    private final DossierCounters counters;
    private final RatingCounters ratings;

    DossierEventsConsumer(EventBatches batches, DossierEventFacts facts, DossierCounters counters,
            RatingCounters ratings) {
        this.batches = batches;
        this.facts = facts;
        this.counters = counters;
        this.ratings = ratings;
    }

    @Incoming("dossier-events")
    @Blocking(ordered = true)
    public void on(ConsumerRecords<String, String> records) {
        // a transient failure retries the same poll; only an event that can never be applied is dead-lettered
        batches.apply(CONSUMER, records, this::applyAll);
    }

    private void applyAll(List<ReceivedEvent> fresh) {
        List<DossierEventFacts.Change> changes = new ArrayList<>(fresh.size());
        for (ReceivedEvent event : fresh) {
            if (EventType.SERVICE_RATED.type().equals(event.type())) {
                ratings.count(batches.payload(event, ServiceRated.class));
            } else {
                facts.of(event).ifPresent(changes::add);
            }
        }
        counters.learnAll(changes);
    }
}
