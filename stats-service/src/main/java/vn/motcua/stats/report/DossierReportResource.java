package vn.motcua.stats.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.motcua.backbone.problem.ProblemException;
import vn.motcua.backbone.security.CatalogueNames;
import vn.motcua.backbone.security.Roles;
import vn.motcua.stats.unit.UnitDirectory;
import vn.motcua.stats.unit.UnitHierarchy;

/** The periodic dossier report (Biểu 06) of a unit, or a unit and its descendants, for a period or a span of days. */
@Path("/api/v1/reports/dossiers")
public class DossierReportResource {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ReportAccess access;
    private final DossierCountQuery query;
    private final UnitDirectory directory;

    private final CatalogueNames catalogue;

    DossierReportResource(ReportAccess access, DossierCountQuery query, UnitDirectory directory,
            CatalogueNames catalogue) {
        this.catalogue = catalogue;
        this.access = access;
        this.query = query;
        this.directory = directory;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, ReportFormat.CSV_TYPE, ReportFormat.XLSX_TYPE})
    @RolesAllowed({Roles.SUPERVISOR, Roles.LEADER, Roles.ADMIN})
    @Transactional
    public Response report(@QueryParam("unit") String unit, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("period") String period, @QueryParam("cutoff") String cutoff,
            @QueryParam("groupBy") String groupBy, @QueryParam("includeDescendants") boolean includeDescendants,
            @QueryParam("units") String units, @QueryParam("format") String format, @Context HttpHeaders headers) {
        ReportFormat form = format == null || format.isBlank() ? ReportFormat.of(headers.getAcceptableMediaTypes())
                : ReportFormat.named(format).orElseThrow(() -> ProblemException.invalid("format",
                        "json, csv or xlsx, not " + format));
        UnitHierarchy hierarchy = directory.hierarchy();
        String reported = access.reportedUnit(unit, hierarchy);
        ReportPeriod reportPeriod = period(period, from, to, cutoff);
        GroupBy grouping = enumValue(GroupBy.class, "groupBy", groupBy, GroupBy.NONE);
        UnitsView view = enumValue(UnitsView.class, "units", units, UnitsView.HISTORICAL);
        LocalDate today = LocalDate.now(ZONE);
        ReportScope scope = ReportScope.of(hierarchy, reported, includeDescendants, view, reportPeriod, today);
        Map<String, DossierCounts> counts = query.count(scope, reportPeriod, grouping);
        List<DossierReportRow> rows = counts.entrySet().stream()
                .map(e -> DossierReportRow.of(e.getKey(), e.getValue())).toList();
        DossierCounts total = counts.values().stream().reduce(DossierCounts.NONE, DossierCounts::plus);
        DossierReport report = DossierReport.of(reported, reportPeriod, grouping, rows, total);
        if (form == ReportFormat.JSON) {
            return Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
        }
        // units are named as they were at the period's end, or as they are today when re-mapped
        LocalDate namedOn = view == UnitsView.CURRENT ? today : reportPeriod.lastDay();
        Map<String, String> labels = new HashMap<>();
        if (grouping == GroupBy.UNIT) {
            rows.forEach(r -> hierarchy.name(r.key(), namedOn).ifPresent(name -> labels.put(r.key(), name)));
        } else if (grouping == GroupBy.FIELD) { // field and procedure names: the catalogue's, from motcua.reference
            rows.forEach(r -> catalogue.fieldName(r.key()).ifPresent(name -> labels.put(r.key(), name)));
        } else if (grouping == GroupBy.PROCEDURE) {
            rows.forEach(r -> catalogue.procedureName(r.key()).ifPresent(name -> labels.put(r.key(), name)));
        }
        String file = "bieu-06-" + reported + "-" + reportPeriod.label().replace('/', '_') + "." + form.extension();
        Object body = form == ReportFormat.CSV ? DossierReportCsv.of(report, labels)
                : DossierReportWorkbook.of(report, hierarchy.name(reported, namedOn).orElse(null), labels);
        return Response.ok(body, form == ReportFormat.CSV ? form.mediaType() + ";charset=UTF-8" : form.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }

    static ReportPeriod period(String period, String from, String to, String cutoff) {
        if (period != null && !period.isBlank()) {
            if (from != null || to != null) {
                throw ProblemException.invalid("period", "give either period or from and to, not both");
            }
            CutOff cutOff = enumValue(CutOff.class, "cutoff", cutoff, CutOff.OFFICIAL);
            try {
                return ReportPeriod.parse(period, cutOff);
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("period", e.getMessage());
            }
        }
        if (cutoff != null) {
            throw ProblemException.invalid("cutoff", "a cut-off applies to a named period only");
        }
        LocalDate first = date("from", from);
        LocalDate last = date("to", to);
        if (last.isBefore(first)) {
            throw ProblemException.invalid("to", "must not be before from");
        }
        return ReportPeriod.between(first, last);
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            throw ProblemException.invalid(field, "required (a date such as 2022-09-14) unless a period is given");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "not a date (2022-09-14): " + text);
        }
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String field, String text, E fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "unknown value " + text);
        }
    }
}
