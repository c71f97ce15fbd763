package vn.motcua.intake.catalogue;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.motcua.backbone.text.MultiLine;
import vn.motcua.intake.unit.AdministrativeLevel;

/** A new version of a procedure, as an administrator publishes it. */
public record ProcedureDraft(
        @NotBlank @Size(max = 500) String name,
        @NotBlank @Size(max = 50) String fieldCode,
        @NotEmpty Set<@NotNull AdministrativeLevel> levels,
        @NotNull @Valid ProcessingTimeDraft processingTime,
        @Size(max = 1000) String processingNote,
        @NotNull @Size(min = 1, max = 50) List<@NotNull @Valid ComponentDraft> components,
        @Size(max = 20) List<@NotNull @Valid FormDraft> forms,
        @Size(max = 20) List<@NotNull @Valid FeeDraft> fees,
        @NotNull OnlineLevel onlineLevel,
        boolean resultOnPaper,
        @Size(max = 1000) @MultiLine String legalBasis,
        @Size(max = 10) List<@NotBlank String> demoValues,
        @NotNull LocalDate validFrom,
        @Size(max = 1000) @MultiLine String reason) {

    public record ProcessingTimeDraft(
            @PositiveOrZero @Max(365) int amount,
            @NotNull @Pattern(regexp = "WORKING_DAYS|WORKING_HOURS|CALENDAR_DAYS") String unit,
            @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]", message = "must be an hour like 15:00") String cutOff) {
    }

    /** Components are numbered by their position in the list. */
    public record ComponentDraft(@NotBlank @Size(max = 500) String name, @Min(0) @Max(20) int originals,
            @Min(0) @Max(20) int copies, boolean mandatory) {
    }

    public record FormDraft(@NotBlank @Size(max = 500) String name, @Size(max = 200) String reference) {
    }

    public record FeeDraft(@NotBlank @Size(max = 500) String description, @PositiveOrZero Long amountVnd) {
    }
}
