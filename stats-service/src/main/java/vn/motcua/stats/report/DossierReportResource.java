package vn.motcua.stats.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.motcua.backbone.problem.ProblemException;
import vn.motcua.backbone.security.Caller;
import vn.motcua.backbone.security.Roles;

/** The periodic dossier report (Biểu 06) of the caller's unit, for a named period or a span of days. */
@Path("/api/v1/reports/dossiers")
@Produces(MediaType.APPLICATION_JSON)
public class DossierReportResource {

    private final Caller caller;
    private final DossierCountQuery query;

    DossierReportResource(Caller caller, DossierCountQuery query) {
        this.caller = caller;
        this.query = query;
    }

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.LEADER})
    public DossierReport report(@QueryParam("unit") String unit, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("period") String period, @QueryParam("cutoff") String cutoff,
            @QueryParam("groupBy") String groupBy, @QueryParam("includeDescendants") boolean includeDescendants) {
        String ownUnit = caller.requireUnit();
        String reported = unit == null || unit.isBlank() ? ownUnit : unit;
        if (!reported.equals(ownUnit)) {
            throw ProblemException.forbidden("reports are limited to the caller's unit " + ownUnit);
        }
        if (includeDescendants) {
            // the unit hierarchy from motcua.reference is not materialized yet; better to refuse than undercount
            throw new ProblemException(501, "descendants-not-supported", "Not implemented",
                    "reports including descendant units are not available yet", List.of());
        }
        ReportPeriod reportPeriod = period(period, from, to, cutoff);
        GroupBy grouping = enumValue(GroupBy.class, "groupBy", groupBy, GroupBy.NONE);
        Map<String, DossierCounts> counts = query.count(List.of(reported), reportPeriod, grouping);
        List<DossierReportRow> rows = counts.entrySet().stream()
                .map(e -> DossierReportRow.of(e.getKey(), e.getValue())).toList();
        DossierCounts total = counts.values().stream().reduce(DossierCounts.NONE, DossierCounts::plus);
        return DossierReport.of(reported, reportPeriod, grouping, rows, total);
    }

    private static ReportPeriod period(String period, String from, String to, String cutoff) {
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

    private static <E extends Enum<E>> E enumValue(Class<E> type, String field, String text, E fallback) {
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
