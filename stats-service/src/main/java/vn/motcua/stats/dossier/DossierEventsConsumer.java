package vn.motcua.stats.dossier;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.motcua.backbone.inbox.EventBatches;
import vn.motcua.backbone.inbox.ReceivedEvent;
import vn.motcua.contracts.EventType;
import vn.motcua.contracts.dossier.ServiceRated;
import vn.motcua.stats.rating.RatingCounters;

/**
 * Counts dossiers from {@code motcua.dossier} as they happen (see {@link DossierEventFacts} for what counts), and the
 * citizens' ratings ({@link RatingCounters}). Each poll is applied in one transaction by the backbone's
 * {@link EventBatches}, without recording event ids (applying an event again changes nothing), and {@link DossierCounters#learnAll} merges the fresh events'
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
        // a transient failure retries the same poll; only an event that can never be applied is dead-lettered.
        // Idempotent by itself: a fact merge keeps what is known (DossierFacts), a rating counts once per dossier
        // (rated_dossier), so no event id is recorded.
        batches.applyIdempotent(CONSUMER, records, this::applyAll);
    }

    private void applyAll(List<ReceivedEvent> fresh) {
        // reading the bodies is most of the Java work and needs no database: spread over the cores while the
        // database is idle, in the events' order (ratings are written, so they stay on this thread)
        List<DossierEventFacts.Change> changes = fresh.parallelStream()
                .filter(event -> !EventType.SERVICE_RATED.type().equals(event.type()))
                .map(facts::of).flatMap(Optional::stream).toList();
        for (ReceivedEvent event : fresh) {
            if (EventType.SERVICE_RATED.type().equals(event.type())) {
                ratings.count(batches.payload(event, ServiceRated.class));
            }
        }
        counters.learnAll(changes);
    }
}
