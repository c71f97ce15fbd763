package vn.motcua.intake.catalogue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.motcua.calendar.ProcessingTime;

/** What the public catalogue API shows. */
public final class ProcedureViews {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private ProcedureViews() {
    }

    /**
     * @param amount 0 = on receipt
     * @param unit   WORKING_DAYS, WORKING_HOURS or CALENDAR_DAYS
     * @param cutOff {@code HH:mm}, or null
     */
    public record ProcessingTimeView(int amount, String unit, String cutOff) {

        public static ProcessingTimeView of(ProcessingTime time) {
            return new ProcessingTimeView(time.amount(), time.unit().name(), time.cutOff().map(HOUR::format).orElse(null));
        }

        public ProcessingTime toProcessingTime() {
            ProcessingTime time = new ProcessingTime(amount, ProcessingTime.Unit.valueOf(unit), java.util.Optional.empty());
            return cutOff == null ? time : time.withCutOff(LocalTime.parse(cutOff));
        }
    }

    public record Summary(String code, int version, String name, String fieldCode, String fieldName, List<String> levels,
            ProcessingTimeView processingTime, String processingNote, String onlineLevel, List<String> demoValues,
            LocalDate validFrom, LocalDate validTo) {
    }

    public record VersionRef(int version, LocalDate validFrom, LocalDate validTo) {
    }

    public record Detail(String code, int version, String name, String fieldCode, String fieldName, List<String> levels,
            ProcessingTimeView processingTime, String processingNote, List<Component> components, List<Form> forms,
            List<Fee> fees, String onlineLevel, boolean resultOnPaper, String legalBasis, List<String> demoValues,
            LocalDate validFrom, LocalDate validTo, List<VersionRef> versions) {
    }

    public record FieldView(String code, String name) {
    }

    static List<String> levels(ProcedureVersion v) {
        return v.levels().stream().map(Enum::name).sorted().toList();
    }

    public static Summary summary(ProcedureVersion v) {
        return new Summary(v.code(), v.version(), v.name(), v.fieldCode(), v.fieldName(), levels(v),
                ProcessingTimeView.of(v.processingTime()), v.processingNote(), v.onlineLevel().name(), v.demoValues(),
                v.validFrom(), v.validTo());
    }

    public static Detail detail(ProcedureVersion v, ProcedureHistory history) {
        List<VersionRef> versions = history.versions().stream()
                .map(h -> new VersionRef(h.version(), h.validFrom(), h.validTo())).toList();
        return new Detail(v.code(), v.version(), v.name(), v.fieldCode(), v.fieldName(), levels(v),
                ProcessingTimeView.of(v.processingTime()), v.processingNote(), v.components(), v.forms(), v.fees(),
                v.onlineLevel().name(), v.resultOnPaper(), v.legalBasis(), v.demoValues(), v.validFrom(), v.validTo(),
                versions);
    }
}
