package vn.motcua.workflow.calendar;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import vn.motcua.backbone.inbox.IdempotentConsumer;
import vn.motcua.backbone.inbox.ReceivedEvent;
import vn.motcua.contracts.EventType;
import vn.motcua.contracts.reference.CalendarPublished;

/** Keeps the copy of intake's working calendars from {@code motcua.reference}; units and procedures there are not needed here. */
@ApplicationScoped
public class CalendarEventsConsumer {

    static final String CONSUMER = "workflow-service.calendars";
    private static final Logger LOG = Logger.getLogger(CalendarEventsConsumer.class);

    private final IdempotentConsumer consumer;
    private final PublishedCalendars calendars;

    CalendarEventsConsumer(IdempotentConsumer consumer, PublishedCalendars calendars) {
        this.consumer = consumer;
        this.calendars = calendars;
    }

    @Incoming("reference-events")
    @Blocking(ordered = true)
    public void on(ConsumerRecord<String, String> record) {
        consumer.handleOnce(CONSUMER, record, this::apply);
    }

    private void apply(ReceivedEvent event) {
        if (!EventType.CALENDAR_PUBLISHED.type().equals(event.type())) {
            return;
        }
        CalendarPublished calendar = consumer.payload(event, CalendarPublished.class);
        if (calendars.replace(calendar)) {
            LOG.infof("Working calendar %s updated: %d announced years", calendar.calendarId(), calendar.years().size());
        }
    }
}
