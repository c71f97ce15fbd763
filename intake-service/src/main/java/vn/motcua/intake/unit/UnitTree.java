package vn.motcua.intake.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The units in force on one date, as a tree: provinces, their districts (before 2025), their communes. */
public final class UnitTree {

    /** A unit in the tree and the units under it, ordered by code. */
    public record Node(String code, String name, AdministrativeLevel level, String electronicId,
            boolean electronicIdDemo, int version, List<Node> children) {
    }

    private UnitTree() {
    }

    /**
     * The forest of units valid on {@code date}. A unit whose parent is not in force that day (or not known)
     * becomes a root, so nothing valid is hidden.
     */
    public static List<Node> asOf(LocalDate date, Collection<UnitVersion> versions) {
        List<UnitVersion> valid = versions.stream().filter(v -> v.isValidOn(date)).toList();
        Set<String> validCodes = valid.stream().map(UnitVersion::code).collect(Collectors.toSet());
        Map<String, List<UnitVersion>> byParent = new HashMap<>();
        List<UnitVersion> roots = new ArrayList<>();
        for (UnitVersion v : valid) {
            if (v.parentCode() != null && validCodes.contains(v.parentCode())) {
                byParent.computeIfAbsent(v.parentCode(), p -> new ArrayList<>()).add(v);
            } else {
                roots.add(v);
            }
        }
        return nodes(roots, byParent);
    }

    private static List<Node> nodes(List<UnitVersion> units, Map<String, List<UnitVersion>> byParent) {
        return units.stream()
                .sorted(Comparator.comparing(UnitVersion::code))
                .map(v -> new Node(v.code(), v.name(), v.level(), v.electronicId(), v.electronicIdDemo(), v.version(),
                        nodes(byParent.getOrDefault(v.code(), List.of()), byParent)))
                .toList();
    }
}
