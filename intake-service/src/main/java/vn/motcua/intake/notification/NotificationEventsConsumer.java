package vn.motcua.intake.notification;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.motcua.backbone.inbox.EventBatches;

/**
 * Reads {@code motcua.dossier} (intake's own acceptances and refusals, workflow's supplement requests, extensions,
 * results and returns) and queues the applicant's notifications. The events carry no contact: the contacts and the
 * consents are here, in intake. Each event is applied once per consumer (backbone {@link EventBatches}), and the
 * queue is unique per (event, channel) besides.
 */
@ApplicationScoped
public class NotificationEventsConsumer {

    static final String CONSUMER = "intake-service.notifications";

    private final EventBatches batches;
    private final NotificationQueue queue;

    NotificationEventsConsumer(EventBatches batches, NotificationQueue queue) {
        this.batches = batches;
        this.queue = queue;
    }

    @Incoming("notification-events")
    @Blocking(ordered = true)
    public void on(ConsumerRecords<String, String> records) {
        batches.apply(CONSUMER, records, fresh -> fresh.forEach(queue::queue));
    }
}
