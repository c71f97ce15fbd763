package vn.motcua.intake.unit;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Where ended units went: the successor map (e.g. Hậu Thạnh 31648 → Trường Khánh 31654 on 2025-07-01).
 * Lets a report show a past period re-mapped to the units of another date.
 *
 * @param byPredecessor for each predecessor code, its direct successors
 */
public record Successors(Map<String, List<Successor>> byPredecessor) {

    /** A successor and the day the succession took effect. */
    public record Successor(String code, LocalDate effectiveOn) {
    }

    public List<Successor> of(String code) {
        return byPredecessor.getOrDefault(code, List.of());
    }

    /**
     * The units in force on {@code date} that now hold {@code code}'s territory: the code itself if it is
     * still in force, else its successors (effective by then), followed transitively. Empty if the
     * territory's trail is not known.
     */
    public Set<String> remap(String code, LocalDate date, Predicate<String> validOnDate) {
        Set<String> result = new TreeSet<>();
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(code));
        while (!todo.isEmpty()) {
            String current = todo.pop();
            if (!seen.add(current)) {
                continue;
            }
            if (validOnDate.test(current)) {
                result.add(current);
                continue;
            }
            for (Successor s : of(current)) {
                if (!s.effectiveOn().isAfter(date)) {
                    todo.push(s.code());
                }
            }
        }
        return result;
    }
}
