package vn.motcua.workflow.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import vn.motcua.backbone.security.Caller;
import vn.motcua.backbone.security.Roles;
import vn.motcua.workflow.dossier.DossierCase;
import vn.motcua.workflow.dossier.DossierProcessing;

/** The dossier timeline: who did what, when and why. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class ReadingResource {

    /**
     * One entry of the timeline: the action, who, when and why; the dossier's due date and the step (with its
     * deadline) in force afterwards; how the step the action ended finished; and for a resolution, the dossier.
     */
    public record TimelineEntry(String action, Integer fromStatus, int toStatus, String actor, String actorUnit,
            String reason, Instant at, Instant dueAt, String step, Instant stepDueAt, String stepTimeliness,
            String timeliness) {
    }

    private final EntityManager entityManager;
    private final DossierProcessing processing;
    private final Caller caller;

    ReadingResource(EntityManager entityManager, DossierProcessing processing, Caller caller) {
        this.entityManager = entityManager;
        this.processing = processing;
        this.caller = caller;
    }

    @GET
    @Path("/timelines/{code}")
    @RolesAllowed({Roles.FRONT_DESK, Roles.SPECIALIST, Roles.LEADER, Roles.CLERK, Roles.SUPERVISOR})
    public List<TimelineEntry> timeline(@PathParam("code") String code) {
        DossierCase dossier = processing.find(caller.requireUnit(), code);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select action, from_status, to_status, actor, actor_unit, reason, at, due_at, step_name, step_due_at,
                    step_timeliness, timeliness
                from dossier_timeline where dossier_id = :id order by id""")
                .setParameter("id", dossier.id).getResultList();
        return rows.stream().map(r -> new TimelineEntry((String) r[0],
                r[1] == null ? null : ((Number) r[1]).intValue(), ((Number) r[2]).intValue(), (String) r[3],
                (String) r[4], (String) r[5], toInstant(r[6]), instantOrNull(r[7]), (String) r[8], instantOrNull(r[9]),
                (String) r[10], (String) r[11])).toList();
    }

    private static Instant instantOrNull(Object value) {
        return value == null ? null : toInstant(value);
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
