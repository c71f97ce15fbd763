package vn.motcua.stats.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import vn.motcua.backbone.inbox.IdempotentConsumer;
import vn.motcua.backbone.inbox.InvalidEventException;
import vn.motcua.backbone.inbox.ReceivedEvent;
import vn.motcua.contracts.EventType;
import vn.motcua.contracts.dossier.DeadlineExtended;
import vn.motcua.contracts.dossier.DossierReceived;
import vn.motcua.contracts.dossier.DossierRefused;
import vn.motcua.contracts.dossier.DossierResolved;

/**
 * Counts dossiers from {@code motcua.dossier}: receipts, deadline extensions, resolutions, refusals and
 * withdrawals. Other event
 * types are ignored. Withdrawal has no contract record yet, so only the fields needed are read from its JSON.
 */
@ApplicationScoped
public class DossierEventsConsumer {

    static final String CONSUMER = "stats-service.dossier-counts";
    /** Not yet in {@code contracts}; read as JSON until it is. */
    static final String DOSSIER_WITHDRAWN = "vn.motcua.dossier.withdrawn.v1";

    private static final Logger LOG = Logger.getLogger(DossierEventsConsumer.class);

    private final IdempotentConsumer consumer;
    private final DossierCounters counters;

    DossierEventsConsumer(IdempotentConsumer consumer, DossierCounters counters) {
        this.consumer = consumer;
        this.counters = counters;
    }

    @Incoming("dossier-events")
    @Blocking(ordered = true)
    public void on(ConsumerRecord<String, String> record) {
        consumer.handleOnce(CONSUMER, record, this::apply);
    }

    private void apply(ReceivedEvent event) {
        String type = event.type();
        if (EventType.DOSSIER_RECEIVED.type().equals(type)) {
            DossierReceived r = consumer.payload(event, DossierReceived.class);
            var where = new DossierFacts.Where(r.unitCode(), r.fieldCode(), r.procedureCode(), r.channel().name());
            counters.learn(r.dossierId(), f -> f.received(where, r.receivedAt(), r.dueAt()));
        } else if (EventType.DOSSIER_RESOLVED.type().equals(type)) {
            DossierResolved r = consumer.payload(event, DossierResolved.class);
            var where = new DossierFacts.Where(r.unitCode(), r.fieldCode(), r.procedureCode(),
                    r.channel() == null ? null : r.channel().name());
            counters.learn(r.dossierId(), f -> f.resolved(where, r.receivedAt(), r.dueAt(), r.resolvedAt()));
        } else if (EventType.DOSSIER_REFUSED.type().equals(type)) {
            DossierRefused r = consumer.payload(event, DossierRefused.class);
            var where = new DossierFacts.Where(r.unitCode(), r.fieldCode(), r.procedureCode(), r.channel().name());
            counters.learn(r.dossierId(), f -> f.refused(where, r.refusedAt()));
        } else if (EventType.DEADLINE_EXTENDED.type().equals(type)) {
            DeadlineExtended e = consumer.payload(event, DeadlineExtended.class);
            var where = new DossierFacts.Where(e.unitCode(), e.fieldCode(), e.procedureCode(),
                    e.channel() == null ? null : e.channel().name());
            counters.learn(e.dossierId(), f -> f.deadlineExtended(where, e.dueAt(), e.occurredAt()));
        } else if (DOSSIER_WITHDRAWN.equals(type)) {
            JsonNode json = consumer.payload(event, JsonNode.class);
            String dossierId = text(json, "dossierId").or(() -> Optional.ofNullable(event.key()))
                    .orElseThrow(() -> new InvalidEventException("withdrawal " + event.id() + " names no dossier"));
            // occurredAt in the contract being written; the event's ce_time when absent
            Instant at = text(json, "occurredAt").or(() -> text(json, "withdrawnAt")).map(Instant::parse)
                    .orElse(event.time());
            var where = new DossierFacts.Where(text(json, "unitCode").orElse(null), text(json, "fieldCode").orElse(null),
                    text(json, "procedureCode").orElse(null), text(json, "channel").orElse(null));
            Instant dueAt = text(json, "dueAt").map(Instant::parse).orElse(null);
            counters.learn(dossierId, f -> f.withdrawn(where, at).deadlineExtended(where, dueAt, at));
        } else {
            return;
        }
        LOG.debugf("Counted %s of dossier %s", type, event.subject().orElse(event.key()));
    }

    private static Optional<String> text(JsonNode json, String field) {
        JsonNode node = json.get(field);
        return node == null || node.isNull() ? Optional.empty() : Optional.of(node.asText());
    }
}
