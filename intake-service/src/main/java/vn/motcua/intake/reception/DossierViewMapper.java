package vn.motcua.intake.reception;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.motcua.intake.catalogue.Component;
import vn.motcua.intake.catalogue.ProcedureVersion;

/** Dossier to view, with the names the catalogue version gives its components. */
@ApplicationScoped
public class DossierViewMapper {

    private final ReceptionChecks checks;

    DossierViewMapper(ReceptionChecks checks) {
        this.checks = checks;
    }

    public DossierViews.DossierView view(Dossier d) {
        ProcedureVersion procedure = checks.storedVersion(d.procedureCode, d.procedureVersion);
        List<DossierViews.ComponentView> components = d.components.stream()
                .map(h -> new DossierViews.ComponentView(h.no(),
                        procedure.component(h.no()).map(Component::name).orElse("?"), h.originals(), h.copies()))
                .toList();
        return new DossierViews.DossierView(d.id, d.code, d.status, d.channel, d.unitCode, d.procedureCode,
                d.procedureVersion, procedure.name(), d.fieldCode, d.level, d.applicant, d.representative, components,
                d.missingComponents, d.notes, d.refusalReason, d.submittedAt, d.receivedAt, d.dueAt, d.decidedAt,
                d.revision);
    }
}
