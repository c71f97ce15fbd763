package vn.motcua.stats.unit;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import vn.motcua.backbone.inbox.EventBatches;
import vn.motcua.backbone.inbox.ReceivedEvent;
import vn.motcua.contracts.EventType;
import vn.motcua.contracts.reference.UnitChanged;

/** Keeps the units projection from {@code motcua.reference}; procedures published there are not needed here. */
@ApplicationScoped
public class ReferenceEventsConsumer {

    static final String CONSUMER = "stats-service.units";
    private static final Logger LOG = Logger.getLogger(ReferenceEventsConsumer.class);

    private final EventBatches batches;
    private final UnitDirectory units;

    ReferenceEventsConsumer(EventBatches batches, UnitDirectory units) {
        this.batches = batches;
        this.units = units;
    }

    @Incoming("reference-events")
    @Blocking(ordered = true)
    public void on(ConsumerRecords<String, String> records) {
        batches.apply(CONSUMER, records, fresh -> fresh.forEach(this::apply));
    }

    private void apply(ReceivedEvent event) {
        if (!EventType.UNIT_CHANGED.type().equals(event.type())) {
            return;
        }
        UnitChanged unit = batches.payload(event, UnitChanged.class);
        units.replace(unit);
        LOG.debugf("Unit %s now has %d versions", unit.code(), unit.versions().size());
    }
}
