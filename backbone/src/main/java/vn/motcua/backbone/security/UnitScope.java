package vn.motcua.backbone.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import vn.motcua.contracts.reference.UnitChanged;

/**
 * Which units' data a caller may see: their own unit; a supervisor (and the provincial system's
 * client, a supervisor of its province) also every unit below theirs, as the unit tree stands today
 * (Vietnam's calendar day). The tree is read from {@code motcua.reference} by {@link ReferenceUnitsReader}.
 * Anything outside the scope is answered as if it did not exist (404), never 403.
 */
@ApplicationScoped
public class UnitScope {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private volatile UnitTree tree = UnitTree.empty();
    private final Clock clock = Clock.system(VIETNAM);

    /** Takes a unit event from {@code motcua.reference}. */
    public void apply(UnitChanged unit) {
        synchronized (this) {
            tree = tree.with(unit);
        }
    }

    public UnitTree tree() {
        return tree;
    }

    /** Whether a caller of {@code callerUnit}, seeing its subtree or not, may see {@code unit}'s data. */
    public boolean covers(String callerUnit, boolean subtree, String unit) {
        return callerUnit.equals(unit) || subtree && tree.covers(callerUnit, unit, LocalDate.now(clock));
    }

    /** Whether this caller may see {@code unit}'s data. */
    public boolean covers(Caller caller, String unit) {
        return covers(caller.requireUnit(), seesSubtree(caller), unit);
    }

    /** The units whose data this caller may see: their own first. */
    public Set<String> unitsOf(Caller caller) {
        String own = caller.requireUnit();
        return seesSubtree(caller) ? tree.subtree(own, LocalDate.now(clock)) : Set.of(own);
    }

    private static boolean seesSubtree(Caller caller) {
        return caller.hasRole(Roles.SUPERVISOR);
    }
}
