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
import vn.motcua.stats.unit.UnitDirectory;
import vn.motcua.stats.unit.UnitHierarchy;

/** Reports from {@code motcua.document}: documents, and digitisation by field. Same access and periods as Biểu 06. */
@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentReportResource {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ReportAccess access;
    private final UnitDirectory directory;
    private final DocumentCounters documents;
    private final DossierCountQuery dossiers;

    DocumentReportResource(ReportAccess access, UnitDirectory directory, DocumentCounters documents,
            DossierCountQuery dossiers) {
        this.access = access;
        this.directory = directory;
        this.documents = documents;
        this.dossiers = dossiers;
    }

    @GET
    @Path("/documents")
    @RolesAllowed({Roles.SUPERVISOR, Roles.LEADER, Roles.ADMIN})
    @Transactional
    public DocumentReport documents(@QueryParam("unit") String unit, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("period") String period, @QueryParam("cutoff") String cutoff,
            @QueryParam("includeDescendants") boolean includeDescendants, @QueryParam("units") String units) {
        ReportPeriod reportPeriod = DossierReportResource.period(period, from, to, cutoff);
        ReportScope scope = scope(unit, includeDescendants, units, reportPeriod);
        return DocumentReport.of(scope, reportPeriod,
                documents.sum(scope.countedUnits(), reportPeriod.firstDay(), reportPeriod.lastDay()));
    }

    @GET
    @Path("/digitisation")
    @RolesAllowed({Roles.SUPERVISOR, Roles.LEADER, Roles.ADMIN})
    @Transactional
    public DigitisationReport digitisation(@QueryParam("unit") String unit, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("period") String period, @QueryParam("cutoff") String cutoff,
            @QueryParam("includeDescendants") boolean includeDescendants, @QueryParam("units") String units) {
        ReportPeriod reportPeriod = DossierReportResource.period(period, from, to, cutoff);
        ReportScope scope = scope(unit, includeDescendants, units, reportPeriod);
        return DigitisationReport.of(scope, reportPeriod, dossiers.count(scope, reportPeriod, GroupBy.FIELD),
                documents.sum(scope.countedUnits(), reportPeriod.firstDay(), reportPeriod.lastDay()));
    }

    private ReportScope scope(String unit, boolean includeDescendants, String units, ReportPeriod period) {
        UnitHierarchy hierarchy = directory.hierarchy();
        String reported = access.reportedUnit(unit, hierarchy);
        UnitsView view = DossierReportResource.enumValue(UnitsView.class, "units", units, UnitsView.HISTORICAL);
        return ReportScope.of(hierarchy, reported, includeDescendants, view, period, LocalDate.now(ZONE));
    }
}
