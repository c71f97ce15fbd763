package vn.motcua.workflow.controlsheet;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import vn.motcua.contracts.dossier.Timeliness;
import vn.motcua.workflow.dossier.Action;
import vn.motcua.workflow.dossier.DossierCase;
import vn.motcua.workflow.dossier.ProcessingStep;
import vn.motcua.workflow.dossier.Steps;
import vn.motcua.workflow.dossier.Timeline;

/**
 * The process-control sheet of a dossier (form 05, "Phiếu kiểm soát quá trình giải quyết hồ sơ", Circular
 * 01/2018): every hand-off, from whom to whom, when, the step's deadline and whether the step finished early, on
 * time or late; the fees taken. People by name (as their token named them then; the id for rows written before
 * names were kept), steps and actions in Vietnamese, the unit and procedure by name (their code when unknown).
 *
 * @param parentUnitName the unit's parent (cơ quan chủ quản); null when unknown or none
 */
public record ControlSheet(String code, String unitCode, String unitName, String parentUnitName, String procedureCode,
        String procedureName, int definitionVersion, Instant receivedAt, Instant dueAt, String status,
        List<Row> rows, List<Fee> fees) {

    /**
     * One step leg. {@code endedAt}, {@code endedBy}, {@code endedWith} and {@code timeliness} are null while the
     * step is still open; the {@code *Name} and {@code *Title} fields are what people read.
     */
    public record Row(int no, int stepNumber, String step, String stepTitle, String handedBy, String handedByName,
            String holder, String holderName, String holderKind, String role, Instant receivedAt, Instant dueAt,
            Instant endedAt, String endedBy, String endedByName, String endedWith, String endedWithTitle,
            String note, Timeliness timeliness) {
    }

    /** A fee requested or paid, with its receipt number once paid. */
    public record Fee(String action, String title, long amountVnd, String receiptNumber, Instant at, String by,
            String byName) {
    }

    /** What the sheet names besides the dossier: its unit, the unit above it, its procedure. */
    public record Names(String unitName, String parentUnitName, String procedureName,
            Function<String, Optional<String>> officerName) {
    }

    public static ControlSheet of(DossierCase dossier, List<Steps.Leg> legs, List<Timeline.Entry> timeline,
            Names names) {
        List<Row> rows = new ArrayList<>();
        for (Steps.Leg leg : legs) {
            Optional<Timeline.Entry> ending = leg.endedAt().flatMap(at -> timeline.stream()
                    .filter(e -> e.at().equals(at) && e.action().equals(leg.endedWith().orElse(""))).findFirst());
            rows.add(new Row(rows.size() + 1, leg.stepNumber(), leg.stepName(), ProcessingStep.titleOf(leg.stepName()),
                    leg.handedBy(), leg.handedByName().orElseGet(() -> person(leg.handedBy(), names)), leg.holder(),
                    holderName(leg, names), leg.holderKind().name(), leg.role(), leg.startedAt(), leg.dueAt(),
                    leg.endedAt().orElse(null), leg.endedBy().orElse(null),
                    leg.endedBy().map(by -> leg.endedByName().orElseGet(() -> person(by, names))).orElse(null),
                    leg.endedWith().orElse(null), leg.endedWith().map(Action::titleOf).orElse(null),
                    ending.map(Timeline.Entry::reason).orElse(null), leg.timeliness().orElse(null)));
        }
        List<Fee> fees = timeline.stream().filter(Timeline.Entry::isFee)
                .map(e -> new Fee(e.action(), Action.titleOf(e.action()), e.amountVnd() == null ? 0 : e.amountVnd(),
                        e.receiptNumber(), e.at(), e.actor(),
                        e.actorName() != null ? e.actorName() : person(e.actor(), names)))
                .toList();
        return new ControlSheet(dossier.code, dossier.unitCode, names.unitName(), names.parentUnitName(),
                dossier.procedureCode, names.procedureName(), dossier.definitionVersion, dossier.receivedAt,
                dossier.dueAt, dossier.status().name(), rows, fees);
    }

    /** A role-held step names the role; a person their name, else their id; a department or agency itself. */
    private static String holderName(Steps.Leg leg, Names names) {
        return switch (leg.holderKind()) {
            case ROLE -> ProcessingStep.roleTitleOf(leg.role())
                    + (leg.holder().equals(leg.role()) ? "" : " (" + leg.holder() + ")");
            case PERSON -> leg.holderName().orElseGet(() -> person(leg.holder(), names));
            case DEPARTMENT, AGENCY -> leg.holder();
        };
    }

    /** A person by name when known; the reception service as the desk that received the dossier. */
    private static String person(String who, Names names) {
        if (who != null && who.startsWith("/motcua/")) {
            return "Bộ phận Một cửa (tiếp nhận)";
        }
        return names.officerName().apply(who).orElse(who);
    }
}
