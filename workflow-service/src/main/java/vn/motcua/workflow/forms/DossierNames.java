package vn.motcua.workflow.forms;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import vn.motcua.backbone.security.UnitScope;
import vn.motcua.backbone.security.UnitTree;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.workflow.dossier.DossierCase;
import vn.motcua.workflow.procedure.ProcedureNames;

/**
 * The names a form prints for a dossier: its unit and the unit above it as the unit tree on {@code motcua.reference}
 * named them on the day of receipt, the procedure as intake published it; a code when a name is unknown.
 */
@ApplicationScoped
public class DossierNames {

    private final UnitScope units;
    private final ProcedureNames procedures;

    DossierNames(UnitScope units, ProcedureNames procedures) {
        this.units = units;
        this.procedures = procedures;
    }

    public LetterForms.Names of(DossierCase dossier) {
        LocalDate day = dossier.receivedAt.atZone(WorkingCalendar.ZONE).toLocalDate();
        String[] unit = unit(dossier.unitCode, day);
        return new LetterForms.Names(unit[0], unit[1],
                procedures.nameOf(dossier.procedureCode, dossier.procedureVersion).orElse(dossier.procedureCode));
    }

    /** The unit's name and the name of the unit above it (null when unknown) on {@code day}. */
    public String[] unit(String unitCode, LocalDate day) {
        UnitTree tree = units.tree();
        return new String[] {tree.nameOn(unitCode, day).orElse(unitCode),
                tree.parentOn(unitCode, day).flatMap(parent -> tree.nameOn(parent, day)).orElse(null)};
    }
}
