package vn.motcua.stats.unit;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The administrative units with their versions and successors (đơn vị hành chính), as known from
 * {@code motcua.reference}. Answers which units lay under a unit during a period (the units as they were),
 * under it today, and which of today's units a past unit's territory belongs to (the re-mapping).
 */
public final class UnitHierarchy {

    /** Longest chain of successors or parents followed; guards against a cycle in bad reference data. */
    private static final int MAX_DEPTH = 32;

    private final Map<String, List<UnitVersion>> versions;
    private final Map<String, List<String>> successors;

    public UnitHierarchy(Collection<UnitVersion> versions, Map<String, List<String>> successors) {
        Map<String, List<UnitVersion>> byCode = new HashMap<>();
        versions.forEach(v -> byCode.computeIfAbsent(v.code(), c -> new ArrayList<>()).add(v));
        byCode.values().forEach(list -> list.sort(Comparator.comparingInt(UnitVersion::version)));
        this.versions = Map.copyOf(byCode);
        this.successors = Map.copyOf(successors);
    }

    public static UnitHierarchy empty() {
        return new UnitHierarchy(List.of(), Map.of());
    }

    public boolean knows(String code) {
        return versions.containsKey(code);
    }

    /** The unit's name on {@code day}, else its latest name. */
    public Optional<String> name(String code, LocalDate day) {
        List<UnitVersion> list = versions.getOrDefault(code, List.of());
        return list.stream().filter(v -> v.inForceOn(day)).findFirst()
                .or(() -> list.isEmpty() ? Optional.empty() : Optional.of(list.get(list.size() - 1)))
                .map(UnitVersion::name);
    }

    public boolean inForceOn(String code, LocalDate day) {
        return versions.getOrDefault(code, List.of()).stream().anyMatch(v -> v.inForceOn(day));
    }

    /** {@code root} and every unit that lay under it, directly or not, on some day of the period. */
    public Set<String> subtreeDuring(String root, LocalDate first, LocalDate last) {
        return subtree(root, v -> v.inForceDuring(first, last));
    }

    /** {@code root} and every unit that lay under it at any time: whose data a supervisor of root may read. */
    public Set<String> subtreeAtAnyTime(String root) {
        return subtree(root, v -> true);
    }

    private Set<String> subtree(String root, Predicate<UnitVersion> counted) {
        Map<String, Set<String>> children = new HashMap<>();
        versions.values().stream().flatMap(List::stream).filter(counted)
                .forEach(v -> v.parentCode().ifPresent(p -> children.computeIfAbsent(p, k -> new TreeSet<>())
                        .add(v.code())));
        Set<String> found = new LinkedHashSet<>();
        Deque<String> toVisit = new ArrayDeque<>(List.of(root));
        while (!toVisit.isEmpty()) {
            String code = toVisit.pop();
            if (found.add(code)) {
                toVisit.addAll(children.getOrDefault(code, Set.of()));
            }
        }
        return found;
    }

    /**
     * Today's unit that holds the territory of {@code code}: itself while in force; else, following successors,
     * its single successor, or, when its territory was split between several (a district abolished in 2025),
     * the nearest of today's units that contains all of them. A unit unknown or ended without successor stays
     * itself.
     */
    public String currentUnitOf(String code, LocalDate today) {
        return currentUnitOf(code, today, 0);
    }

    private String currentUnitOf(String code, LocalDate today, int depth) {
        List<String> next = successors.getOrDefault(code, List.of());
        if (!knows(code) || inForceOn(code, today) || next.isEmpty() || depth > MAX_DEPTH) {
            return code;
        }
        List<String> current = next.stream().map(s -> currentUnitOf(s, today, depth + 1)).distinct().toList();
        return current.size() == 1 ? current.get(0) : commonAncestor(current, today).orElse(code);
    }

    private Optional<String> commonAncestor(List<String> codes, LocalDate today) {
        List<String> first = ancestry(codes.get(0), today);
        return first.stream().filter(candidate -> codes.stream().allMatch(c -> ancestry(c, today).contains(candidate)))
                .findFirst();
    }

    /** The unit and its parents on {@code day}, nearest first. */
    private List<String> ancestry(String code, LocalDate day) {
        List<String> chain = new ArrayList<>();
        Optional<String> at = Optional.of(code);
        while (at.isPresent() && chain.size() <= MAX_DEPTH) {
            String unit = at.get();
            chain.add(unit);
            at = versions.getOrDefault(unit, List.of()).stream().filter(v -> v.inForceOn(day)).findFirst()
                    .flatMap(UnitVersion::parentCode);
        }
        return chain;
    }

    /** Every known code plus the given ones, each mapped to today's unit that holds its territory. */
    public Map<String, String> currentUnits(Collection<String> alsoThese, LocalDate today) {
        Map<String, String> mapping = new HashMap<>();
        versions.keySet().forEach(c -> mapping.put(c, currentUnitOf(c, today)));
        alsoThese.forEach(c -> mapping.putIfAbsent(c, currentUnitOf(c, today)));
        return mapping;
    }
}
