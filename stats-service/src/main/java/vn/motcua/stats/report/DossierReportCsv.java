package vn.motcua.stats.report;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The dossier report as CSV (RFC 4180): one line per row, then the total; column names as in the JSON form. */
public final class DossierReportCsv {

    static final List<String> COLUMNS = List.of("receivedTotal", "receivedOnline", "receivedInPerson", "carriedOver",
            "resolvedTotal", "resolvedEarly", "resolvedOnTime", "resolvedLate", "inProgressTotal",
            "inProgressWithinDeadline", "inProgressOverdue", "withdrawn", "refused");

    private DossierReportCsv() {
    }

    /** {@code labels}: a row key's name (a unit's name), when known. */
    public static String of(DossierReport report, Map<String, String> labels) {
        StringBuilder csv = new StringBuilder();
        csv.append(line(Stream.concat(Stream.of("unit", "period", "from", "to", "key", "label"), COLUMNS.stream())
                .toList())).append("\r\n");
        Stream.concat(report.rows().stream(), Stream.of(report.total())).forEach(row -> csv.append(line(
                Stream.concat(Stream.of(report.unit(), report.period(), report.from().toString(),
                        report.to().toString(), row.key(), labels.getOrDefault(row.key(), "")),
                        figures(row).stream().map(String::valueOf)).toList())).append("\r\n"));
        return csv.toString();
    }

    static List<Long> figures(DossierReportRow r) {
        return List.of(r.receivedTotal(), r.receivedOnline(), r.receivedInPerson(), r.carriedOver(), r.resolvedTotal(),
                r.resolvedEarly(), r.resolvedOnTime(), r.resolvedLate(), r.inProgressTotal(),
                r.inProgressWithinDeadline(), r.inProgressOverdue(), r.withdrawn(), r.refused());
    }

    private static String line(List<String> cells) {
        return cells.stream().map(DossierReportCsv::quoted).collect(Collectors.joining(","));
    }

    private static String quoted(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }
}
