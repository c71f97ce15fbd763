package vn.motcua.stats.document;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.motcua.backbone.inbox.IdempotentConsumer;
import vn.motcua.backbone.inbox.InvalidEventException;
import vn.motcua.backbone.inbox.ReceivedEvent;
import vn.motcua.contracts.EventType;
import vn.motcua.contracts.document.ComponentsDigitised;
import vn.motcua.contracts.document.DocumentRegistered;
import vn.motcua.contracts.document.DocumentSigned;
import vn.motcua.contracts.document.IncomingDocumentRegistered;
import vn.motcua.contracts.document.ResultDigitised;
import vn.motcua.stats.dossier.DossierCounters;

/**
 * Counts outgoing documents (by delivery mode, on their document date), incoming documents (on the day received),
 * signatures (by signer role, on the signing day) and dossiers with digitised components or an electronic result
 * (on the first such day, once per dossier) from {@code motcua.document}, idempotently by event id.
 */
@ApplicationScoped
public class DocumentEventsConsumer {

    static final String CONSUMER = "stats-service.document-counts";

    private final IdempotentConsumer consumer;
    private final DocumentCounters counters;

    DocumentEventsConsumer(IdempotentConsumer consumer, DocumentCounters counters) {
        this.consumer = consumer;
        this.counters = counters;
    }

    @Incoming("document-events")
    @Blocking(ordered = true)
    public void on(ConsumerRecord<String, String> record) {
        consumer.handleOnce(CONSUMER, record, this::apply);
    }

    private void apply(ReceivedEvent event) {
        String type = event.type();
        if (EventType.DOCUMENT_REGISTERED.type().equals(type)) {
            DocumentRegistered d = consumer.payload(event, DocumentRegistered.class);
            require(d.documentId() != null && d.unitCode() != null && d.deliveryMode() != null
                    && d.documentDate() != null, event);
            counters.countFirst(d.documentId(), DocumentCounters.outgoing(d.deliveryMode().name()), d.unitCode(),
                    d.fieldCode(), d.documentDate());
        } else if (EventType.INCOMING_DOCUMENT_REGISTERED.type().equals(type)) {
            IncomingDocumentRegistered d = consumer.payload(event, IncomingDocumentRegistered.class);
            require(d.documentId() != null && d.unitCode() != null && d.receivedOn() != null, event);
            counters.countFirst(d.documentId(), DocumentCounters.INCOMING, d.unitCode(), null, d.receivedOn());
        } else if (EventType.DOCUMENT_SIGNED.type().equals(type)) {
            DocumentSigned s = consumer.payload(event, DocumentSigned.class);
            require(s.documentId() != null && s.unitCode() != null && s.role() != null && s.signedAt() != null,
                    event);
            counters.countFirst(s.documentId() + "/" + s.fileId() + "/" + s.fileVersion(),
                    DocumentCounters.signed(s.role().name()), s.unitCode(), null, day(s.signedAt()));
        } else if (EventType.COMPONENTS_DIGITISED.type().equals(type)) {
            ComponentsDigitised c = consumer.payload(event, ComponentsDigitised.class);
            require(c.dossierId() != null && c.unitCode() != null && c.digitisedAt() != null, event);
            counters.countFirst(c.dossierId(), DocumentCounters.COMPONENTS, c.unitCode(), c.fieldCode(),
                    day(c.digitisedAt()));
        } else if (EventType.RESULT_DIGITISED.type().equals(type)) {
            ResultDigitised r = consumer.payload(event, ResultDigitised.class);
            require(r.dossierId() != null && r.unitCode() != null && r.digitisedAt() != null, event);
            counters.countFirst(r.dossierId(), DocumentCounters.RESULT, r.unitCode(), r.fieldCode(),
                    day(r.digitisedAt()));
        }
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, DossierCounters.ZONE);
    }

    private static void require(boolean complete, ReceivedEvent event) {
        if (!complete) {
            throw new InvalidEventException(event.type() + " " + event.id() + " lacks a field the counts need");
        }
    }
}
