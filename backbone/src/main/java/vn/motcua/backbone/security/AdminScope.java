package vn.motcua.backbone.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneId;
import vn.motcua.backbone.problem.ProblemException;

/**
 * What an administrator administers: their own unit and every unit below it today, as {@link UnitScope}'s
 * tree stands (a commune's admin its commune, the provincial admin, at the top, the whole province). Data
 * that is one for the whole province — e.g. the procedure catalogue, the default calendar — is the
 * provincial administrator's alone: an admin whose unit has no parent. Another unit's
 * data answers 404 as everywhere; provincial data answers 403 to a lower admin (it exists, they may read it).
 */
@ApplicationScoped
public class AdminScope {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final UnitScope units;

    AdminScope(UnitScope units) {
        this.units = units;
    }

    /** Whether this caller is an admin of {@code unit} or of a unit above it. */
    public boolean administers(Caller caller, String unit) {
        if (!caller.hasRole(Roles.ADMIN) || caller.unitCode().isEmpty()) {
            return false;
        }
        if (units.covers(caller.unitCode().get(), true, unit)) {
            return true;
        }
        // a unit that ended (or is not in force yet, or not known) sits under nobody today: the province's
        return !units.tree().inForceOn(unit, LocalDate.now(VIETNAM)) && isProvincial(caller);
    }

    /** 404 for a unit this admin does not administer, so that the others' existence does not leak. */
    public void requireAdministers(Caller caller, String unit) {
        if (!administers(caller, unit)) {
            throw ProblemException.notFound("unit", unit);
        }
    }

    /** Whether this caller is the admin of a province (a unit in force today without a parent). */
    public boolean isProvincial(Caller caller) {
        if (!caller.hasRole(Roles.ADMIN) || caller.unitCode().isEmpty()) {
            return false;
        }
        String unit = caller.unitCode().get();
        UnitTree tree = units.tree();
        LocalDate today = LocalDate.now(VIETNAM);
        return tree.inForceOn(unit, today) && tree.parentOn(unit, today).isEmpty();
    }

    /** 403 unless the caller is a provincial admin; {@code what} is the province's data, e.g. "the procedure catalogue". */
    public void requireProvincial(Caller caller, String what) {
        if (!isProvincial(caller)) {
            throw ProblemException.forbidden("Only the provincial administrator may change " + what
                    + ", data of the whole province; your unit is " + caller.unitCode().orElse("not set"));
        }
    }

    /** 403 unless the caller is a provincial admin; {@code operation} reaches every unit, e.g. "replay dead letters". */
    public void requireProvincialOperation(Caller caller, String operation) {
        if (!isProvincial(caller)) {
            throw ProblemException.forbidden("Only the provincial administrator may " + operation
                    + ", which concerns every unit of the province; your unit is " + caller.unitCode().orElse("not set"));
        }
    }
}
