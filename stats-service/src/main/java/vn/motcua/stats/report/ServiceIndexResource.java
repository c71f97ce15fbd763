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
import vn.motcua.stats.document.DocumentCounters;
import vn.motcua.stats.rating.RatingCounters;
import vn.motcua.stats.unit.UnitDirectory;
import vn.motcua.stats.unit.UnitHierarchy;

/** The national service index indicators (Decision 766/2022) computable from the dossier counters. */
@Path("/api/v1/reports/service-index")
@Produces(MediaType.APPLICATION_JSON)
public class ServiceIndexResource {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ReportAccess access;
    private final UnitDirectory directory;
    private final DossierCountQuery query;
    private final RatingCounters ratings;
    private final DocumentCounters documents;

    ServiceIndexResource(ReportAccess access, UnitDirectory directory, DossierCountQuery query,
            RatingCounters ratings, DocumentCounters documents) {
        this.documents = documents;
        this.access = access;
        this.directory = directory;
        this.query = query;
        this.ratings = ratings;
    }

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.LEADER, Roles.ADMIN})
    @Transactional
    public ServiceIndex index(@QueryParam("unit") String unit, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("period") String period, @QueryParam("cutoff") String cutoff,
            @QueryParam("includeDescendants") boolean includeDescendants, @QueryParam("units") String units) {
        UnitHierarchy hierarchy = directory.hierarchy();
        String reported = access.reportedUnit(unit, hierarchy);
        ReportPeriod reportPeriod = DossierReportResource.period(period, from, to, cutoff);
        UnitsView view = DossierReportResource.enumValue(UnitsView.class, "units", units, UnitsView.HISTORICAL);
        ReportScope scope = ReportScope.of(hierarchy, reported, includeDescendants, view, reportPeriod,
                LocalDate.now(ZONE));
        DossierCounts total = query.count(scope, reportPeriod, GroupBy.NONE).values().stream()
                .reduce(DossierCounts.NONE, DossierCounts::plus);
        long digitised = documents.sum(scope.countedUnits(), reportPeriod.firstDay(), reportPeriod.lastDay())
                .stream().mapToLong(c -> c.get(DocumentCounters.COMPONENTS)).sum();
        return ServiceIndex.of(reported, reportPeriod, DossierReportRow.of(DossierReport.TOTAL, total), digitised,
                ratings.sum(scope.countedUnits(), reportPeriod.firstDay(), reportPeriod.lastDay()));
    }
}
