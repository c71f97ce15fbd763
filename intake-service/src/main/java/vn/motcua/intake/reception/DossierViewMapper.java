package vn.motcua.intake.reception;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import vn.motcua.intake.calendar.UnitCalendars;
import vn.motcua.intake.catalogue.Component;
import vn.motcua.intake.catalogue.ProcedureVersion;

/** Dossier to view, with the names the catalogue version gives its components. */
@ApplicationScoped
public class DossierViewMapper {

    private final ReceptionChecks checks;
    private final UnitCalendars calendars;

    DossierViewMapper(ReceptionChecks checks, UnitCalendars calendars) {
        this.checks = checks;
        this.calendars = calendars;
    }

    public DossierViews.DossierView view(Dossier d) {
        return view(d, null);
    }

    /** With the dossier's calendar when the caller holds it (null: read it). */
    public DossierViews.DossierView view(Dossier d, UnitCalendars.Effective calendar) {
        return view(d, calendar, null);
    }

    /** With the dossier's calendar and procedure version when the caller holds them (null: read them). */
    public DossierViews.DossierView view(Dossier d, UnitCalendars.Effective calendar, ProcedureVersion held) {
        ProcedureVersion procedure = held != null && held.code().equals(d.procedureCode)
                && held.version() == d.procedureVersion ? held : checks.storedVersion(d.procedureCode, d.procedureVersion);
        List<DossierViews.ComponentView> components = d.components.stream()
                .map(h -> new DossierViews.ComponentView(h.no(),
                        procedure.component(h.no()).map(Component::name).orElse("?"), h.originals(), h.copies()))
                .toList();
        SortedSet<Integer> unconfirmed = calendar != null && calendar.id().equals(d.calendarId)
                ? unconfirmedYears(d, calendar) : unconfirmedYears(d);
        return new DossierViews.DossierView(d.id, d.code, d.status, d.channel, d.unitCode, d.procedureCode,
                d.procedureVersion, procedure.name(), d.fieldCode, d.level, d.applicant, d.representative, components,
                d.missingComponents, d.notes, d.refusalReason, d.submittedAt, d.receivedAt, d.dueAt,
                d.dueAt == null ? null : unconfirmed.isEmpty(), unconfirmed, d.decidedAt,
                d.revision);
    }

    /** The years the due date counts through whose holidays are not announced yet (in the dossier's calendar). */
    public SortedSet<Integer> unconfirmedYears(Dossier d) {
        if (d.dueAt == null || d.receivedAt == null || d.calendarId == null) {
            return Collections.emptySortedSet();
        }
        return unconfirmedYears(d, calendars.effective(d.calendarId));
    }

    private static SortedSet<Integer> unconfirmedYears(Dossier d, UnitCalendars.Effective calendar) {
        if (d.dueAt == null || d.receivedAt == null || d.calendarId == null) {
            return Collections.emptySortedSet();
        }
        return calendar.calendar().unconfirmedYears(d.receivedAt, d.dueAt);
    }
}
