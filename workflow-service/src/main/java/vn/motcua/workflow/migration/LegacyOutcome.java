package vn.motcua.workflow.migration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/**
 * How a legacy dossier ended, from the import file: APPROVED, REJECTED or STOPPED at {@code resolvedAt}
 * (→ DossierResolved), WITHDRAWN at {@code resolvedAt} (→ DossierWithdrawn), and the result handed back at
 * {@code returnedAt} (→ ResultReturned). Refusals are intake's and never come here.
 */
public record LegacyOutcome(
        @NotBlank @Size(max = 100) String legacyId,
        @NotNull @Pattern(regexp = "APPROVED|REJECTED|STOPPED|WITHDRAWN") String outcome,
        @NotNull OffsetDateTime resolvedAt,
        OffsetDateTime returnedAt) {
}
