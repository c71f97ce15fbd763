package vn.motcua.stats.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneId;
import vn.motcua.backbone.security.Roles;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.stats.unit.UnitDirectory;
import vn.motcua.stats.unit.UnitHierarchy;

/** Live counters for a dashboard: received today, overdue now, due within the next two working days. */
@Path("/api/v1/reports/live")
@Produces(MediaType.APPLICATION_JSON)
public class LiveCountersResource {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    /** "Due soon" on the dashboard: within this many working days. */
    static final int DUE_SOON_WORKING_DAYS = 2;

    private final ReportAccess access;
    private final UnitDirectory directory;
    private final LiveCounters counters;
    private final WorkingCalendar calendar = WorkingCalendar.vietnam();

    LiveCountersResource(ReportAccess access, UnitDirectory directory, LiveCounters counters) {
        this.access = access;
        this.directory = directory;
        this.counters = counters;
    }

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.LEADER, Roles.ADMIN})
    @Transactional
    public LiveCounters.Figures live(@QueryParam("unit") String unit,
            @QueryParam("includeDescendants") boolean includeDescendants) {
        UnitHierarchy hierarchy = directory.hierarchy();
        String reported = access.reportedUnit(unit, hierarchy);
        LocalDate today = LocalDate.now(ZONE);
        ReportScope scope = ReportScope.of(hierarchy, reported, includeDescendants, UnitsView.HISTORICAL,
                ReportPeriod.between(today, today), today);
        LocalDate dueBy = today;
        for (int i = 0; i < DUE_SOON_WORKING_DAYS; i++) {
            dueBy = calendar.nextWorkingDay(dueBy);
        }
        return counters.on(scope, today, dueBy);
    }
}
