package vn.motcua.stats.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.motcua.stats.document.DocumentCounters;

/**
 * Digitisation by field: dossiers whose components were first digitised in the period, dossiers whose result was
 * first digitised in the period, and the digitisation rate = the first / dossiers received in the period (from the
 * dossier counters). A dossier counts once per kind, on the day of its first digitised file, so a dossier received
 * in an earlier period can count here: the rate can exceed 100% on a small sample.
 */
public record DigitisationReport(String unit, String period, LocalDate from, LocalDate to, List<Row> rows,
        Row total) {

    public record Row(String field, long received, long withDigitisedComponents, long withElectronicResult,
            Optional<BigDecimal> digitisationRate) {

        static Row of(String field, long received, long components, long results) {
            return new Row(field, received, components, results, ServiceIndex.percent(components, received));
        }
    }

    static DigitisationReport of(ReportScope scope, ReportPeriod period, Map<String, DossierCounts> byField,
            List<DocumentCounters.Cell> cells) {
        Map<String, long[]> fields = new TreeMap<>();
        byField.forEach((field, counts) -> fields.computeIfAbsent(field, f -> new long[3])[0] =
                counts.receivedOnline() + counts.receivedInPerson());
        cells.forEach(c -> {
            long[] f = fields.computeIfAbsent(c.field(), k -> new long[3]);
            f[1] += c.get(DocumentCounters.COMPONENTS);
            f[2] += c.get(DocumentCounters.RESULT);
        });
        fields.values().removeIf(f -> f[0] == 0 && f[1] == 0 && f[2] == 0);
        List<Row> rows = fields.entrySet().stream().map(e -> Row.of(e.getKey(), e.getValue()[0], e.getValue()[1],
                e.getValue()[2])).toList();
        return new DigitisationReport(scope.unit(), period.label(), period.firstDay(), period.lastDay(), rows,
                Row.of(DossierReport.TOTAL, rows.stream().mapToLong(Row::received).sum(),
                        rows.stream().mapToLong(Row::withDigitisedComponents).sum(),
                        rows.stream().mapToLong(Row::withElectronicResult).sum()));
    }
}
