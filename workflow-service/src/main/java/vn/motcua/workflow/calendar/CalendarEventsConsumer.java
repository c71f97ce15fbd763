package vn.motcua.workflow.calendar;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import vn.motcua.backbone.inbox.EventBatches;
import vn.motcua.backbone.inbox.ReceivedEvent;
import vn.motcua.contracts.EventType;
import vn.motcua.contracts.reference.CalendarPublished;

/**
 * Keeps the copy of intake's working calendars from {@code motcua.reference}; units and procedures there are not
 * needed here. Consumed like every other topic (backbone {@link EventBatches}): a database failure stalls and
 * retries the batch, only an event that can never be applied is dead-lettered.
 */
@ApplicationScoped
public class CalendarEventsConsumer {

    static final String CONSUMER = "workflow-service.calendars";
    private static final Logger LOG = Logger.getLogger(CalendarEventsConsumer.class);

    private final EventBatches batches;
    private final PublishedCalendars calendars;

    CalendarEventsConsumer(EventBatches batches, PublishedCalendars calendars) {
        this.batches = batches;
        this.calendars = calendars;
    }

    @Incoming("reference-events")
    @Blocking(ordered = true)
    public void on(ConsumerRecords<String, String> records) {
        batches.apply(CONSUMER, records, this::apply);
    }

    private void apply(List<ReceivedEvent> fresh) {
        for (ReceivedEvent event : fresh) {
            if (!EventType.CALENDAR_PUBLISHED.type().equals(event.type())) {
                continue;
            }
            CalendarPublished calendar = batches.payload(event, CalendarPublished.class);
            if (calendars.replace(calendar)) {
                LOG.infof("Working calendar %s updated: %d announced years", calendar.calendarId(),
                        calendar.years().size());
            }
        }
    }
}
