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
import vn.motcua.contracts.dossier.DossierIncomplete;
import vn.motcua.contracts.dossier.DossierReceived;
import vn.motcua.contracts.dossier.DossierRefused;
import vn.motcua.contracts.dossier.DossierSubmittedOnline;

/**
 * Learns dossiers from {@code motcua.dossier}: received at the desk or accepted ({@code DossierReceived}), and
 * submitted online ({@code DossierSubmittedOnline}: waiting for the desk, when the citizen may add files until
 * the desk accepts, refuses or sends it back). Every other event type there is ignored.
 */
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
        EventType type = EventType.of(event.type()).orElse(null);
        if (type == EventType.DOSSIER_RECEIVED) {
            received(batches.payload(event, DossierReceived.class));
        } else if (type == EventType.DOSSIER_SUBMITTED_ONLINE) {
            submittedOnline(batches.payload(event, DossierSubmittedOnline.class));
        } else if (type == EventType.DOSSIER_REFUSED) {
            deskDecided(batches.payload(event, DossierRefused.class).dossierCode());
        } else if (type == EventType.DOSSIER_INCOMPLETE) {
            deskDecided(batches.payload(event, DossierIncomplete.class).dossierCode());
        }
    }

    private void received(DossierReceived received) {
        // upsert: a dossier announced twice under two event ids (a producer retry) stays one row
        entityManager.createNativeQuery("""
                insert into dossier (code, id, unit_code, procedure_code, field_code, received_at, lookup_secret_hash,
                    awaiting_desk)
                values (:code, :id, :unit, :procedure, :field, :receivedAt, :secret, false)
                on conflict (code) do update set id = excluded.id, unit_code = excluded.unit_code,
                    procedure_code = excluded.procedure_code, field_code = excluded.field_code,
                    received_at = excluded.received_at, lookup_secret_hash = excluded.lookup_secret_hash,
                    awaiting_desk = false""")
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

    private void submittedOnline(DossierSubmittedOnline submitted) {
        // a dossier the desk already accepted never waits again, whatever arrives late or twice
        entityManager.createNativeQuery("""
                insert into dossier (code, id, unit_code, procedure_code, field_code, received_at, lookup_secret_hash,
                    awaiting_desk, owner_hash)
                values (:code, :id, :unit, :procedure, :field, null, :secret, true, :owner)
                on conflict (code) do update set lookup_secret_hash = excluded.lookup_secret_hash, awaiting_desk = true,
                    owner_hash = coalesce(excluded.owner_hash, dossier.owner_hash)
                where dossier.received_at is null""")
                .setParameter("code", submitted.dossierCode())
                .setParameter("id", submitted.dossierId())
                .setParameter("unit", submitted.unitCode())
                .setParameter("procedure", submitted.procedureCode())
                .setParameter("field", submitted.fieldCode())
                .setParameter("secret", submitted.lookupSecretHash())
                .setParameter("owner", submitted.ownerHash())
                .executeUpdate();
        LOG.debugf("Online dossier %s of unit %s waits for the desk", submitted.dossierCode(), submitted.unitCode());
    }

    /** Refused, or sent back for a supplement: no more files until the citizen submits again. */
    private void deskDecided(String dossierCode) {
        if (dossierCode == null) {
            return; // refused at the desk: it never had a code, nor files here
        }
        entityManager.createNativeQuery("update dossier set awaiting_desk = false where code = :code")
                .setParameter("code", dossierCode).executeUpdate();
    }
}
