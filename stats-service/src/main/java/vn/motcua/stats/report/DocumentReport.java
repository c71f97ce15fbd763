package vn.motcua.stats.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.motcua.contracts.document.DeliveryMode;
import vn.motcua.contracts.document.SignerRole;
import vn.motcua.stats.document.DocumentCounters;

/** Outgoing documents by delivery mode, incoming documents and signatures by signer role: rows per unit, a total. */
public record DocumentReport(String unit, String period, LocalDate from, LocalDate to, List<Row> rows, Row total) {

    /**
     * @param outgoing            outgoing documents dated in the period, by {@link DeliveryMode} name
     * @param outgoingTotal       all of them
     * @param fullyElectronicRate fully electronic / all outgoing, in percent (empty when none)
     * @param incoming            documents received in the period (văn bản đến)
     * @param signatures          digital signatures made in the period, by {@link SignerRole} name
     */
    public record Row(String unit, Map<String, Long> outgoing, long outgoingTotal,
            Optional<BigDecimal> fullyElectronicRate, long incoming, Map<String, Long> signatures) {

        static Row of(String unit, List<DocumentCounters.Cell> cells) {
            Map<String, Long> outgoing = new LinkedHashMap<>();
            Arrays.stream(DeliveryMode.values()).forEach(m -> outgoing.put(m.name(), cells.stream()
                    .mapToLong(c -> c.get(DocumentCounters.outgoing(m.name()))).sum()));
            Map<String, Long> signatures = new LinkedHashMap<>();
            Arrays.stream(SignerRole.values()).forEach(r -> signatures.put(r.name(), cells.stream()
                    .mapToLong(c -> c.get(DocumentCounters.signed(r.name()))).sum()));
            long all = outgoing.values().stream().mapToLong(Long::longValue).sum();
            return new Row(unit, outgoing, all,
                    ServiceIndex.percent(outgoing.get(DeliveryMode.FULLY_ELECTRONIC.name()), all),
                    cells.stream().mapToLong(c -> c.get(DocumentCounters.INCOMING)).sum(), signatures);
        }
    }

    static DocumentReport of(ReportScope scope, ReportPeriod period, List<DocumentCounters.Cell> cells) {
        Map<String, List<DocumentCounters.Cell>> byUnit = new HashMap<>();
        scope.countedUnits().forEach(u -> byUnit.computeIfAbsent(scope.shownAs(u), k -> new ArrayList<>()));
        cells.forEach(c -> byUnit.get(scope.shownAs(c.unit())).add(c));
        List<Row> rows = byUnit.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> Row.of(e.getKey(), e.getValue())).sorted(Comparator.comparing(Row::unit)).toList();
        return new DocumentReport(scope.unit(), period.label(), period.firstDay(), period.lastDay(), rows,
                Row.of(DossierReport.TOTAL, cells));
    }
}
