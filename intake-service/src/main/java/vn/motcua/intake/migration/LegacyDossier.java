package vn.motcua.intake.migration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import vn.motcua.contracts.dossier.Channel;

/**
 * One line of a legacy export (issue 8's NDJSON). Intake uses the reception facts; {@code resolvedAt},
 * {@code outcome} other than REFUSED, and {@code returnedAt} are workflow-service's and are ignored here.
 *
 * @param legacyId      the record's identifier in the legacy system: what makes the import idempotent
 * @param code          the dossier code printed on the legacy receipt; a new one is numbered when absent
 * @param receivedAt    instant of receipt, with its offset
 * @param dueAt         due instant; computed from the procedure's processing time and the calendar when absent
 * @param outcome       APPROVED, REJECTED, STOPPED, WITHDRAWN or REFUSED; absent while in progress
 */
public record LegacyDossier(
        @NotBlank @Size(max = 100) String legacyId,
        @Size(max = 60) String code,
        @NotBlank @Size(max = 20) String unitCode,
        @NotBlank @Size(max = 40) String procedureCode,
        @NotNull Channel channel,
        @NotNull OffsetDateTime receivedAt,
        OffsetDateTime dueAt,
        OffsetDateTime resolvedAt,
        @Pattern(regexp = "APPROVED|REJECTED|STOPPED|WITHDRAWN|REFUSED") String outcome,
        OffsetDateTime returnedAt) {

    public boolean refused() {
        return "REFUSED".equals(outcome);
    }
}
