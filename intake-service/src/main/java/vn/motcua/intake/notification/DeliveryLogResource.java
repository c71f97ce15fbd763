package vn.motcua.intake.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.backbone.security.Caller;
import vn.motcua.backbone.security.Roles;
import vn.motcua.intake.reception.DossierRepository;

/** The delivery log of a dossier's notifications, for the staff of its unit; contacts masked. */
@Path("/api/v1/dossiers/{id}/notifications")
@Tag(name = "notifications")
@Produces(MediaType.APPLICATION_JSON)
public class DeliveryLogResource {

    private final EntityManager entityManager;
    private final DossierRepository dossiers;
    private final Caller caller;

    DeliveryLogResource(EntityManager entityManager, DossierRepository dossiers, Caller caller) {
        this.entityManager = entityManager;
        this.dossiers = dossiers;
        this.caller = caller;
    }

    /**
     * One notification: what, how, to whom (masked), and how its delivery went.
     *
     * @param status    PENDING (to be sent, again after a failure), DELIVERED or FAILED (attempts exhausted)
     * @param lastError the provider's last failure; null once delivered
     */
    public record Entry(UUID id, String kind, String channel, String contact, String status, int attempts,
            String lastError, Instant queuedAt, Instant nextAttemptAt, Instant deliveredAt) {
    }

    @GET
    @RolesAllowed({ Roles.FRONT_DESK, Roles.LEADER, Roles.SUPERVISOR })
    @Operation(summary = "The notifications sent to the applicant of a dossier of the caller's unit (another unit's: "
            + "404), oldest first, contacts masked (n***@x.vn, 09*****123)")
    public List<Entry> log(@PathParam("id") UUID id) {
        dossiers.ofUnit(id, caller.requireUnit());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select id, kind, channel, contact, status, attempts, last_error, created_at, next_attempt_at, delivered_at
                from notification where dossier_id = :id order by created_at, kind, channel""")
                .setParameter("id", id).getResultList();
        return rows.stream().map(r -> {
            ChannelKind channel = ChannelKind.valueOf((String) r[2]);
            String status = (String) r[4];
            return new Entry((UUID) r[0], (String) r[1], channel.name(), Masking.contact(channel, (String) r[3]),
                    status, ((Number) r[5]).intValue(), (String) r[6], (Instant) r[7],
                    "PENDING".equals(status) ? (Instant) r[8] : null, (Instant) r[9]);
        }).toList();
    }
}
