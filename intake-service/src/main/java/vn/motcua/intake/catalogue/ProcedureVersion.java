package vn.motcua.intake.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.motcua.calendar.ProcessingTime;
import vn.motcua.intake.unit.AdministrativeLevel;

/**
 * One version of a catalogue procedure (thủ tục hành chính). A dossier keeps the version it was received
 * under, so versions are never edited once published: a change is a new version.
 *
 * @param demoValues names of the values that are demo data rather than confirmed from the statute
 */
public record ProcedureVersion(String code, int version, String name, String fieldCode, String fieldName,
        Set<AdministrativeLevel> levels, ProcessingTime processingTime, String processingNote, List<Component> components,
        List<Form> forms, List<Fee> fees, OnlineLevel onlineLevel, boolean resultOnPaper, String legalBasis,
        List<String> demoValues, LocalDate validFrom, LocalDate validTo) {

    public ProcedureVersion {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(validFrom, "validFrom");
        levels = Set.copyOf(levels);
        components = List.copyOf(components);
        forms = List.copyOf(forms);
        fees = List.copyOf(fees);
        demoValues = List.copyOf(demoValues);
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("a procedure is resolved at one level at least");
        }
        for (int i = 0; i < components.size(); i++) {
            if (components.get(i).no() != i + 1) {
                throw new IllegalArgumentException("components must be numbered 1..n in order");
            }
        }
        if (validTo != null && !validFrom.isBefore(validTo)) {
            throw new IllegalArgumentException("a version must end after it starts");
        }
    }

    public boolean isValidOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
    }

    /** Whether a desk of this level may receive the procedure. */
    public boolean resolvesAt(AdministrativeLevel level) {
        return levels.contains(level);
    }

    public Optional<Component> component(int no) {
        return no >= 1 && no <= components.size() ? Optional.of(components.get(no - 1)) : Optional.empty();
    }

    ProcedureVersion endingOn(LocalDate end) {
        return new ProcedureVersion(code, version, name, fieldCode, fieldName, levels, processingTime, processingNote,
                components, forms, fees, onlineLevel, resultOnPaper, legalBasis, demoValues, validFrom, end);
    }
}
