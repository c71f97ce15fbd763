package vn.motcua.backbone.sample;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.motcua.backbone.inbox.IdempotentConsumer;
import vn.motcua.backbone.inbox.ReceivedEvent;
import vn.motcua.contracts.EventType;
import vn.motcua.contracts.dossier.DossierReceived;

/** Counts received dossiers per unit: a projection that must count each event exactly once. */
@ApplicationScoped
public class ReceivedCountProjection {

    private final IdempotentConsumer consumer;
    private final EntityManager entityManager;

    ReceivedCountProjection(IdempotentConsumer consumer, EntityManager entityManager) {
        this.consumer = consumer;
        this.entityManager = entityManager;
    }

    @Incoming("dossier-in")
    @Blocking(ordered = true)
    public void on(ConsumerRecord<String, String> record) {
        consumer.handleOnce("received-count", record, this::apply);
    }

    private void apply(ReceivedEvent event) {
        if (!EventType.DOSSIER_RECEIVED.type().equals(event.type())) {
            return;
        }
        DossierReceived received = consumer.payload(event, DossierReceived.class);
        entityManager.createNativeQuery("""
                insert into received_count (unit_code, received) values (:unit, 1)
                on conflict (unit_code) do update set received = received_count.received + 1""")
                .setParameter("unit", received.unitCode())
                .executeUpdate();
    }

    public int countFor(String unitCode) {
        return ((Number) entityManager
                .createNativeQuery("select coalesce(max(received), 0) from received_count where unit_code = :unit")
                .setParameter("unit", unitCode).getSingleResult()).intValue();
    }
}
