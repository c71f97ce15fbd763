package vn.motcua.stats.report;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.motcua.backbone.problem.ProblemException;
import vn.motcua.stats.unit.UnitHierarchy;

/**
 * The units a report reads the counters of, each with the unit it is shown under (itself, or with
 * {@link UnitsView#CURRENT} today's unit that holds its territory).
 *
 * @param unit    the unit the report is about
 * @param shownAs counter unit code → unit code of its row
 */
public record ReportScope(String unit, Map<String, String> shownAs) {

    public ReportScope {
        shownAs = Map.copyOf(shownAs);
    }

    public List<String> countedUnits() {
        return shownAs.keySet().stream().sorted().toList();
    }

    public String shownAs(String countedUnit) {
        return shownAs.getOrDefault(countedUnit, countedUnit);
    }

    /**
     * The scope of a report on {@code unit} for {@code period}.
     *
     * @throws ProblemException 400 when today's units are asked for a unit that no longer exists
     */
    public static ReportScope of(UnitHierarchy units, String unit, boolean includeDescendants, UnitsView view,
            ReportPeriod period, LocalDate today) {
        return switch (view) {
            case HISTORICAL -> {
                Set<String> counted = includeDescendants
                        ? units.subtreeDuring(unit, period.firstDay(), period.lastDay()) : Set.of(unit);
                yield new ReportScope(unit, counted.stream().collect(Collectors.toMap(c -> c, c -> c)));
            }
            case CURRENT -> {
                if (units.knows(unit) && !units.inForceOn(unit, today)) {
                    throw ProblemException.invalid("units", "unit " + unit + " no longer exists; ask for its "
                            + "successors, or for the units as they were (units=historical)");
                }
                Set<String> shown = includeDescendants ? units.subtreeDuring(unit, today, today) : Set.of(unit);
                Map<String, String> shownAs = new HashMap<>();
                units.currentUnits(List.of(unit), today).forEach((counted, current) -> {
                    if (shown.contains(current)) {
                        shownAs.put(counted, current);
                    }
                });
                yield new ReportScope(unit, shownAs);
            }
        };
    }
}
