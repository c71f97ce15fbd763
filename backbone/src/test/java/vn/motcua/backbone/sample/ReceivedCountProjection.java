package vn.motcua.backbone.sample;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.motcua.backbone.inbox.EventBatches;
import vn.motcua.backbone.inbox.InvalidEventException;
import vn.motcua.backbone.inbox.ReceivedEvent;
import vn.motcua.backbone.inbox.TransientEventException;
import vn.motcua.contracts.EventType;
import vn.motcua.contracts.dossier.DossierReceived;

/** Counts received dossiers per unit: a projection that must count each event exactly once. */
@ApplicationScoped
public class ReceivedCountProjection {

    public static final String CONSUMER = "received-count";

    private final EventBatches batches;
    private final EntityManager entityManager;
    /** Units whose "reference data" has not arrived yet: their events fail transiently (tests). */
    private final Set<String> unitsNotYetKnown = ConcurrentHashMap.newKeySet();
    /** Units this version cannot apply (as if their events needed a newer schema): permanent failures (tests). */
    private final Set<String> unitsRejected = ConcurrentHashMap.newKeySet();

    ReceivedCountProjection(EventBatches batches, EntityManager entityManager) {
        this.batches = batches;
        this.entityManager = entityManager;
    }

    @Incoming("dossier-in")
    @Blocking(ordered = true)
    public void on(ConsumerRecords<String, String> records) {
        batches.apply(CONSUMER, records, this::applyAll);
    }

    public void applyAll(List<ReceivedEvent> fresh) {
        for (ReceivedEvent event : fresh) {
            if (!EventType.DOSSIER_RECEIVED.type().equals(event.type())) {
                continue;
            }
            DossierReceived received = batches.payload(event, DossierReceived.class);
            if (unitsNotYetKnown.contains(received.unitCode())) {
                throw new TransientEventException("unit " + received.unitCode() + " has not arrived yet");
            }
            if (unitsRejected.contains(received.unitCode())) {
                throw new InvalidEventException("unit " + received.unitCode() + " needs a newer version");
            }
            entityManager.createNativeQuery("""
                    insert into received_count (unit_code, received) values (:unit, 1)
                    on conflict (unit_code) do update set received = received_count.received + 1""")
                    .setParameter("unit", received.unitCode())
                    .executeUpdate();
        }
    }

    public void unitNotYetKnown(String unitCode) {
        unitsNotYetKnown.add(unitCode);
    }

    public void rejectUnit(String unitCode) {
        unitsRejected.add(unitCode);
    }

    public void acceptUnit(String unitCode) {
        unitsRejected.remove(unitCode);
    }

    public void unitArrived(String unitCode) {
        unitsNotYetKnown.remove(unitCode);
    }

    public int countFor(String unitCode) {
        return ((Number) entityManager
                .createNativeQuery("select coalesce(max(received), 0) from received_count where unit_code = :unit")
                .setParameter("unit", unitCode).getSingleResult()).intValue();
    }
}
