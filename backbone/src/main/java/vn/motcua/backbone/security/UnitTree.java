package vn.motcua.backbone.security;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.motcua.contracts.reference.UnitChanged;

/**
 * The administrative units as the intake service publishes them on {@code motcua.reference}: who is
 * whose parent on a given day (a commune's district changes when districts are merged or abolished).
 * Immutable: {@link #with(UnitChanged)} gives a new tree. Plain Java, so the rules are tested alone.
 */
public final class UnitTree {

    /** One period of a unit's place in the tree, and its name then. */
    private record Placement(String parentCode, String name, LocalDate validFrom, LocalDate validTo) {
        boolean inForceOn(LocalDate day) {
            return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || day.isBefore(validTo));
        }
    }

    private static final int MAX_DEPTH = 10; // province > district > commune; more means a cycle in the data

    private final Map<String, List<Placement>> placements;

    private UnitTree(Map<String, List<Placement>> placements) {
        this.placements = placements;
    }

    public static UnitTree empty() {
        return new UnitTree(Map.of());
    }

    /** How many units the tree knows, in force today or not. */
    public int size() {
        return placements.size();
    }

    /** The tree with this unit's whole history replaced by the event's (events carry every version). */
    public UnitTree with(UnitChanged unit) {
        Map<String, List<Placement>> next = new HashMap<>(placements);
        next.put(unit.code(), unit.versions().stream()
                .map(v -> new Placement(v.parentCode(), v.name(), v.validFrom(), v.validTo())).toList());
        return new UnitTree(Map.copyOf(next));
    }

    public boolean knows(String code) {
        return placements.containsKey(code);
    }

    /** Whether the unit has a version in force on that day. */
    public boolean inForceOn(String code, LocalDate day) {
        return placements.getOrDefault(code, List.of()).stream().anyMatch(p -> p.inForceOn(day));
    }

    /** The unit's parent on that day; empty for a province, an unknown unit, or a day it was not in force. */
    public Optional<String> parentOn(String code, LocalDate day) {
        return placements.getOrDefault(code, List.of()).stream().filter(p -> p.inForceOn(day))
                .map(Placement::parentCode).filter(parent -> parent != null).findFirst();
    }

    /**
     * The unit's name on that day (e.g. {@code Xã Long Phú}), for papers a person reads; outside its
     * versions, the name of its latest one. Empty for an unknown unit.
     */
    public Optional<String> nameOn(String code, LocalDate day) {
        List<Placement> versions = placements.getOrDefault(code, List.of());
        return versions.stream().filter(p -> p.inForceOn(day)).map(Placement::name).filter(n -> n != null)
                .findFirst().or(() -> versions.stream().map(Placement::name).filter(n -> n != null)
                        .reduce((earlier, later) -> later));
    }

    /** True if {@code ancestor} is {@code unit} itself or above it in the tree on that day. */
    public boolean covers(String ancestor, String unit, LocalDate day) {
        String current = unit;
        for (int depth = 0; current != null && depth <= MAX_DEPTH; depth++) {
            if (current.equals(ancestor)) {
                return true;
            }
            current = parentOn(current, day).orElse(null);
        }
        return false;
    }

    /** {@code ancestor} and every known unit below it on that day. */
    public Set<String> subtree(String ancestor, LocalDate day) {
        Set<String> units = new LinkedHashSet<>();
        units.add(ancestor);
        placements.keySet().stream().filter(code -> covers(ancestor, code, day)).sorted().forEach(units::add);
        return units;
    }
}
