package vn.motcua.stats.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;
import vn.motcua.backbone.inbox.EventBatches;
import vn.motcua.backbone.inbox.InvalidEventException;
import vn.motcua.backbone.inbox.ReceivedEvent;
import vn.motcua.contracts.EventType;
import vn.motcua.contracts.dossier.DeadlineExtended;
import vn.motcua.contracts.dossier.DossierReceived;
import vn.motcua.contracts.dossier.DossierRefused;
import vn.motcua.contracts.dossier.DossierResolved;

/**
 * What a {@code motcua.dossier} event says of its dossier, as a change of its {@link DossierFacts}: receipts,
 * deadline extensions, resolutions, refusals and withdrawals. Other types say nothing the reports need. Used by
 * the live consumer and by the rebuild, so both read events the same way.
 */
@ApplicationScoped
public class DossierEventFacts {

    /** A dossier and how an event changes what is known of it. */
    public record Change(String dossierId, UnaryOperator<DossierFacts> change) {
    }

    private final EventBatches payloads;

    DossierEventFacts(EventBatches payloads) {
        this.payloads = payloads;
    }

    /**
     * @throws InvalidEventException when the body does not fit the event's type
     */
    public Optional<Change> of(ReceivedEvent event) {
        String type = event.type();
        if (EventType.DOSSIER_RECEIVED.type().equals(type)) {
            DossierReceived r = payloads.payload(event, DossierReceived.class);
            var where = new DossierFacts.Where(r.unitCode(), r.fieldCode(), r.procedureCode(), name(r.channel()));
            return change(r.dossierId(), f -> f.received(where, r.receivedAt(), r.dueAt()));
        }
        if (EventType.DOSSIER_RESOLVED.type().equals(type)) {
            DossierResolved r = payloads.payload(event, DossierResolved.class);
            var where = new DossierFacts.Where(r.unitCode(), r.fieldCode(), r.procedureCode(), name(r.channel()));
            return change(r.dossierId(), f -> f.resolved(where, r.receivedAt(), r.dueAt(), r.resolvedAt()));
        }
        if (EventType.DOSSIER_REFUSED.type().equals(type)) {
            DossierRefused r = payloads.payload(event, DossierRefused.class);
            var where = new DossierFacts.Where(r.unitCode(), r.fieldCode(), r.procedureCode(), name(r.channel()));
            return change(r.dossierId(), f -> f.refused(where, r.refusedAt()));
        }
        if (EventType.DEADLINE_EXTENDED.type().equals(type)) {
            DeadlineExtended e = payloads.payload(event, DeadlineExtended.class);
            var where = new DossierFacts.Where(e.unitCode(), e.fieldCode(), e.procedureCode(), name(e.channel()));
            return change(e.dossierId(), f -> f.deadlineExtended(where, e.dueAt(), e.occurredAt()));
        }
        if (EventType.DOSSIER_WITHDRAWN.type().equals(type)) {
            return withdrawal(event);
        }
        return Optional.empty();
    }

    /** Read as JSON: only a few of its fields are needed, and the first producers omitted some. */
    private Optional<Change> withdrawal(ReceivedEvent event) {
        JsonNode json = payloads.payload(event, JsonNode.class);
        String dossierId = text(json, "dossierId").or(() -> Optional.ofNullable(event.key()))
                .orElseThrow(() -> new InvalidEventException("withdrawal " + event.id() + " names no dossier"));
        // occurredAt in the contract; the event's ce_time when absent
        Instant at = text(json, "occurredAt").or(() -> text(json, "withdrawnAt")).map(Instant::parse)
                .orElse(event.time());
        var where = new DossierFacts.Where(text(json, "unitCode").orElse(null), text(json, "fieldCode").orElse(null),
                text(json, "procedureCode").orElse(null), text(json, "channel").orElse(null));
        Instant dueAt = text(json, "dueAt").map(Instant::parse).orElse(null);
        return change(dossierId, f -> f.withdrawn(where, at).deadlineExtended(where, dueAt, at));
    }

    private static Optional<Change> change(String dossierId, UnaryOperator<DossierFacts> change) {
        return Optional.of(new Change(dossierId, change));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static Optional<String> text(JsonNode json, String field) {
        JsonNode node = json.get(field);
        return node == null || node.isNull() ? Optional.empty() : Optional.of(node.asText());
    }
}
