package vn.motcua.workflow.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import vn.motcua.backbone.security.Caller;
import vn.motcua.backbone.security.Roles;
import vn.motcua.workflow.dossier.DossierCase;
import vn.motcua.workflow.dossier.DossierProcessing;
import vn.motcua.workflow.dossier.DossierStatus;

/** The dossier timeline and the work queues of the caller's unit, sorted by due date. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class ReadingResource {

    /** One entry of the timeline (process-control sheet). */
    public record TimelineEntry(String action, Integer fromStatus, int toStatus, String actor, String actorUnit,
            String reason, Instant at) {
    }

    /** A page of a work queue. */
    public record QueuePage(int page, int size, List<DossierView> items) {
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
                select action, from_status, to_status, actor, actor_unit, reason, at
                from dossier_timeline where dossier_id = :id order by id""")
                .setParameter("id", dossier.id).getResultList();
        return rows.stream().map(r -> new TimelineEntry((String) r[0],
                r[1] == null ? null : ((Number) r[1]).intValue(), ((Number) r[2]).intValue(), (String) r[3],
                (String) r[4], (String) r[5], toInstant(r[6]))).toList();
    }

    /** My unit's dossiers, optionally of one national status, soonest due first. */
    @GET
    @Path("/queues/unit")
    @RolesAllowed({Roles.FRONT_DESK, Roles.SPECIALIST, Roles.LEADER, Roles.CLERK, Roles.SUPERVISOR})
    public QueuePage unitQueue(@QueryParam("status") Integer status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        if (status != null) {
            DossierStatus.ofNationalCode(status);
        }
        String filter = status == null ? "" : " and status = :status";
        var query = entityManager.createQuery("from DossierCase where unitCode = :unit" + filter
                + " order by dueAt, code", DossierCase.class).setParameter("unit", caller.requireUnit());
        if (status != null) {
            query.setParameter("status", status);
        }
        return page(query.setFirstResult(page * size).setMaxResults(size).getResultList(), page, size);
    }

    /** The dossiers assigned to me in my unit, soonest due first. */
    @GET
    @Path("/queues/mine")
    @RolesAllowed({Roles.FRONT_DESK, Roles.SPECIALIST, Roles.LEADER, Roles.CLERK})
    public QueuePage myQueue(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        List<DossierCase> rows = entityManager.createQuery(
                        "from DossierCase where unitCode = :unit and assignee in (:me, :username) order by dueAt, code",
                        DossierCase.class)
                .setParameter("unit", caller.requireUnit()).setParameter("me", caller.userId()).setParameter("username", caller.username())
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        return page(rows, page, size);
    }

    private static QueuePage page(List<DossierCase> rows, int page, int size) {
        return new QueuePage(page, size, rows.stream().map(DossierView::of).toList());
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
