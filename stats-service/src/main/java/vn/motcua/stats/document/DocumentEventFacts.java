package vn.motcua.stats.document;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import vn.motcua.backbone.inbox.EventBatches;
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
 * What a {@code motcua.document} event counts, for the live consumer and the rebuild alike: outgoing documents (by delivery mode, on their document date), incoming documents (on the day received),
 * signatures (by signer role, on the signing day) and dossiers with digitised components or an electronic result
 * (on the first such day, once per dossier).
 */
@ApplicationScoped
public class DocumentEventFacts {

    /** One thing to count once under {@code measure}, on its earliest {@code day}. */
    public record Counted(String subject, String measure, String unit, String field, LocalDate day) {
    }

    private final EventBatches consumer;

    DocumentEventFacts(EventBatches consumer) {
        this.consumer = consumer;
    }

    /**
     * @throws InvalidEventException when the body does not fit the event's type or lacks a field the counts need
     */
    public Optional<Counted> of(ReceivedEvent event) {
        String type = event.type();
        if (EventType.DOCUMENT_REGISTERED.type().equals(type)) {
            DocumentRegistered d = consumer.payload(event, DocumentRegistered.class);
            require(d.documentId() != null && d.unitCode() != null && d.deliveryMode() != null
                    && d.documentDate() != null, event);
            return counted(d.documentId(), DocumentCounters.outgoing(d.deliveryMode().name()), d.unitCode(),
                    d.fieldCode(), d.documentDate());
        }
        if (EventType.INCOMING_DOCUMENT_REGISTERED.type().equals(type)) {
            IncomingDocumentRegistered d = consumer.payload(event, IncomingDocumentRegistered.class);
            require(d.documentId() != null && d.unitCode() != null && d.receivedOn() != null, event);
            return counted(d.documentId(), DocumentCounters.INCOMING, d.unitCode(), null, d.receivedOn());
        }
        if (EventType.DOCUMENT_SIGNED.type().equals(type)) {
            DocumentSigned s = consumer.payload(event, DocumentSigned.class);
            require(s.documentId() != null && s.unitCode() != null && s.role() != null && s.signedAt() != null,
                    event);
            return counted(s.documentId() + "/" + s.fileId() + "/" + s.fileVersion(),
                    DocumentCounters.signed(s.role().name()), s.unitCode(), null, day(s.signedAt()));
        }
        if (EventType.COMPONENTS_DIGITISED.type().equals(type)) {
            ComponentsDigitised c = consumer.payload(event, ComponentsDigitised.class);
            require(c.dossierId() != null && c.unitCode() != null && c.digitisedAt() != null, event);
            return counted(c.dossierId(), DocumentCounters.COMPONENTS, c.unitCode(), c.fieldCode(),
                    day(c.digitisedAt()));
        }
        if (EventType.RESULT_DIGITISED.type().equals(type)) {
            ResultDigitised r = consumer.payload(event, ResultDigitised.class);
            require(r.dossierId() != null && r.unitCode() != null && r.digitisedAt() != null, event);
            return counted(r.dossierId(), DocumentCounters.RESULT, r.unitCode(), r.fieldCode(),
                    day(r.digitisedAt()));
        }
        return Optional.empty();
    }

    private static Optional<Counted> counted(String subject, String measure, String unit, String field,
            LocalDate day) {
        return Optional.of(new Counted(subject, measure, unit, field == null ? "" : field, day));
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
