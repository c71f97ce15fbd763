package vn.motcua.document.dossier;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import vn.motcua.backbone.inbox.EventBatches;
import vn.motcua.backbone.inbox.ReceivedEvent;
import vn.motcua.contracts.EventType;
import vn.motcua.contracts.dossier.DossierReceived;

/** Learns dossiers from {@code motcua.dossier}; every other event type there is ignored. */
@ApplicationScoped
public class DossierEventsConsumer {

    private static final Logger LOG = Logger.getLogger(DossierEventsConsumer.class);
    static final String CONSUMER = "document-service.dossiers";

    private final EventBatches batches;
    private final EntityManager entityManager;

    DossierEventsConsumer(EventBatches batches, EntityManager entityManager) {
        this.batches = batches;
        this.entityManager = entityManager;
    }

    @Incoming("dossier-events")
    @Blocking(ordered = true)
    public void on(ConsumerRecords<String, String> records) {
        // one transaction per poll; transient failures retry the same poll, poison alone is dead-lettered
        batches.apply(CONSUMER, records, this::applyAll);
    }

    private void applyAll(List<ReceivedEvent> fresh) {
        fresh.forEach(this::apply);
    }

    private void apply(ReceivedEvent event) {
        if (!EventType.DOSSIER_RECEIVED.type().equals(event.type())) {
            return;
        }
        DossierReceived received = batches.payload(event, DossierReceived.class);
        // upsert: a dossier announced twice under two event ids (a producer retry) stays one row
        entityManager.createNativeQuery("""
                insert into dossier (code, id, unit_code, procedure_code, field_code, received_at, lookup_secret_hash)
                values (:code, :id, :unit, :procedure, :field, :receivedAt, :secret)
                on conflict (code) do update set id = excluded.id, unit_code = excluded.unit_code,
                    procedure_code = excluded.procedure_code, field_code = excluded.field_code,
                    received_at = excluded.received_at, lookup_secret_hash = excluded.lookup_secret_hash""")
                .setParameter("code", received.dossierCode())
                .setParameter("id", received.dossierId())
                .setParameter("unit", received.unitCode())
                .setParameter("procedure", received.procedureCode())
                .setParameter("field", received.fieldCode())
                .setParameter("receivedAt", received.receivedAt())
                .setParameter("secret", received.lookupSecretHash())
                .executeUpdate();
        LOG.debugf("Dossier %s of unit %s is known", received.dossierCode(), received.unitCode());
    }
}
