package vn.motcua.stats.report;

import jakarta.enterprise.context.RequestScoped;
import vn.motcua.backbone.problem.ProblemException;
import vn.motcua.backbone.security.Caller;
import vn.motcua.stats.unit.UnitHierarchy;

/**
 * Which unit's figures the caller may read: a supervisor, leader or administrator their own unit and every unit
 * that lies or lay under it (a provincial system's account is a supervisor of its province; the provincial
 * administrator reads the whole province, a commune's only the commune). Any other unit answers 404, so that
 * reports do not reveal which units exist elsewhere.
 */
@RequestScoped
public class ReportAccess {

    private final Caller caller;

    ReportAccess(Caller caller) {
        this.caller = caller;
    }

    /** The unit asked for (the caller's own when none is named), if the caller may read it. */
    public String reportedUnit(String unit, UnitHierarchy hierarchy) {
        boolean named = unit != null && !unit.isBlank();
        String ownUnit = caller.requireUnit();
        String reported = named ? unit.trim() : ownUnit;
        if (!reported.equals(ownUnit) && !hierarchy.subtreeAtAnyTime(ownUnit).contains(reported)) {
            throw ProblemException.notFound("unit", reported);
        }
        return reported;
    }
}
