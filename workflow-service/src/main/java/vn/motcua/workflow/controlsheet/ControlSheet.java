package vn.motcua.workflow.controlsheet;

import java.time.Instant;
import java.util.List;
import vn.motcua.contracts.dossier.Timeliness;
import vn.motcua.workflow.dossier.DossierCase;
import vn.motcua.workflow.dossier.Steps;

/**
 * The process-control sheet of a dossier (form 05, "Phiếu kiểm soát quá trình giải quyết hồ sơ", Circular
 * 01/2018): every hand-off, from whom to whom, when, the step's deadline and whether the step finished early, on
 * time or late.
 */
public record ControlSheet(String code, String unitCode, String procedureCode, int definitionVersion,
        Instant receivedAt, Instant dueAt, String status, List<Row> rows) {

    /**
     * One step leg. {@code endedAt}, {@code endedBy}, {@code endedWith} and {@code timeliness} are null while the
     * step is still open.
     */
    public record Row(int no, int stepNumber, String step, String handedBy, String holder, String holderKind,
            Instant receivedAt, Instant dueAt, Instant endedAt, String endedBy, String endedWith,
            Timeliness timeliness) {
    }

    public static ControlSheet of(DossierCase dossier, List<Steps.Leg> legs) {
        List<Row> rows = new java.util.ArrayList<>();
        for (Steps.Leg leg : legs) {
            rows.add(new Row(rows.size() + 1, leg.stepNumber(), leg.stepName(), leg.handedBy(), leg.holder(),
                    leg.holderKind().name(), leg.startedAt(), leg.dueAt(), leg.endedAt().orElse(null),
                    leg.endedBy().orElse(null), leg.endedWith().orElse(null), leg.timeliness().orElse(null)));
        }
        return new ControlSheet(dossier.code, dossier.unitCode, dossier.procedureCode, dossier.definitionVersion,
                dossier.receivedAt, dossier.dueAt, dossier.status().name(), rows);
    }
}
