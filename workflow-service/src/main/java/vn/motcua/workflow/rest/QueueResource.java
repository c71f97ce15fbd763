package vn.motcua.workflow.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.motcua.backbone.paging.Page;
import vn.motcua.backbone.paging.PageRequest;
import vn.motcua.backbone.problem.ProblemException;
import vn.motcua.backbone.security.Caller;
import vn.motcua.backbone.security.Roles;
import vn.motcua.calendar.TimelinessRule;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.workflow.config.Calendars;
import vn.motcua.workflow.dossier.DossierCase;
import vn.motcua.workflow.dossier.DossierStatus;

/**
 * Work queues of the caller's unit: mine, or the unit's by status, due soon or overdue; paged, sorted by due date.
 * "Overdue" is the shared timeliness rule; "due soon" counts working days with the shared calendar.
 */
@Path("/api/v1/queues")
@Produces(MediaType.APPLICATION_JSON)
public class QueueResource {

    private static final int DEFAULT_SIZE = 20;
    private static final int MAX_SIZE = 200;

    private final EntityManager entityManager;
    private final Caller caller;
    private final Calendars calendars;
    private final TimelinessRule timeliness;
    private final Clock clock;
    private final int dueSoonDefault;

    QueueResource(EntityManager entityManager, Caller caller, Calendars calendars, TimelinessRule timeliness,
            Clock clock, @ConfigProperty(name = "motcua.workflow.queues.due-soon-working-days", defaultValue = "2")
            int dueSoonDefault) {
        this.entityManager = entityManager;
        this.caller = caller;
        this.calendars = calendars;
        this.timeliness = timeliness;
        this.clock = clock;
        this.dueSoonDefault = dueSoonDefault;
    }

    /**
     * My unit's dossiers: of one national {@code status}; {@code due=soon} (clock running, not overdue, due within
     * {@code withinWorkingDays}) or {@code due=overdue} (clock running, due date passed).
     */
    @GET
    @Path("/unit")
    @RolesAllowed({Roles.FRONT_DESK, Roles.SPECIALIST, Roles.LEADER, Roles.CLERK, Roles.SUPERVISOR})
    public Page<DossierView> unit(@QueryParam("status") @Min(1) @Max(10) Integer status,
            @QueryParam("due") @Pattern(regexp = "soon|overdue") String due,
            @QueryParam("withinWorkingDays") @Min(0) @Max(60) Integer withinWorkingDays,
            @QueryParam("sort") @DefaultValue("dueAt") @Pattern(regexp = "-?dueAt") String sort,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        StringBuilder where = new StringBuilder("unitCode = :unit");
        Map<String, Object> parameters = new HashMap<>(Map.of("unit", caller.requireUnit()));
        if (status != null) {
            where.append(" and status = :status");
            parameters.put("status", DossierStatus.ofNationalCode(status).nationalCode());
        }
        Instant now = clock.instant();
        Instant overdueIfDueBefore = timeliness.overdueIfDueBefore(now);
        if (due != null) {
            where.append(" and status in (:running)");
            parameters.put("running", DossierStatus.CLOCK_RUNNING);
            parameters.put("overdueIfDueBefore", overdueIfDueBefore);
            if (due.equals("overdue")) {
                where.append(" and dueAt < :overdueIfDueBefore");
            } else {
                int days = withinWorkingDays == null ? dueSoonDefault : withinWorkingDays;
                WorkingCalendar calendar = calendars.ofUnit(caller.requireUnit());
                Instant horizon = calendar.addWorkingTime(calendar.nextWorkingInstant(now),
                        calendar.hours().workingDayLength().multipliedBy(days));
                where.append(" and dueAt >= :overdueIfDueBefore and dueAt <= :horizon");
                parameters.put("horizon", horizon);
            }
        } else if (withinWorkingDays != null) {
            throw ProblemException.invalid("withinWorkingDays", "goes with due=soon");
        }
        return page(where.toString(), parameters, sort, PageRequest.of(page, size, DEFAULT_SIZE, MAX_SIZE));
    }

    /**
     * The dossiers whose open step I hold, in my unit: handed to me, or held by a role I have (a step handed to a
     * role or a department is every such officer's until one of them takes it).
     */
    @GET
    @Path("/mine")
    @RolesAllowed({Roles.FRONT_DESK, Roles.SPECIALIST, Roles.LEADER, Roles.CLERK})
    @Transactional
    public Page<DossierView> mine(@QueryParam("sort") @DefaultValue("dueAt") @Pattern(regexp = "-?dueAt") String sort,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest request = PageRequest.of(page, size, DEFAULT_SIZE, MAX_SIZE);
        String held = """
                from dossier_case c join dossier_step s on s.dossier_id = c.id and s.ended_at is null
                where c.unit_code = :unit and (s.holder_kind = 'PERSON' and s.holder in (:me, :username)
                    or s.holder_kind in ('ROLE', 'DEPARTMENT') and s.role in (:roles))""";
        Query rows = entityManager.createNativeQuery("select c.* " + held + " order by c.due_at "
                + (sort.startsWith("-") ? "desc" : "asc") + ", c.code", DossierCase.class);
        Query count = entityManager.createNativeQuery("select count(*) " + held, Long.class);
        for (Query query : List.of(rows, count)) {
            query.setParameter("unit", caller.requireUnit()).setParameter("me", caller.userId())
                    .setParameter("username", caller.username()).setParameter("roles", caller.roles());
        }
        @SuppressWarnings("unchecked")
        List<DossierCase> items = request.applyTo(rows).getResultList();
        return request.of(items, ((Number) count.getSingleResult()).longValue()).map(DossierView::of);
    }

    private Page<DossierView> page(String where, Map<String, Object> parameters, String sort, PageRequest page) {
        String direction = sort.startsWith("-") ? "desc" : "asc";
        TypedQuery<DossierCase> rows = entityManager.createQuery("from DossierCase where " + where
                + " order by dueAt " + direction + ", code", DossierCase.class);
        TypedQuery<Long> count = entityManager.createQuery("select count(*) from DossierCase where " + where,
                Long.class);
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        return page.of(page.applyTo(rows).getResultList(), count.getSingleResult()).map(DossierView::of);
    }
}
