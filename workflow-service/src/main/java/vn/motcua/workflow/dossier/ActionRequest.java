package vn.motcua.workflow.dossier;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Instant;

/**
 * What an officer sends with an action. {@code version} is the dossier version the officer saw: an action
 * on a dossier someone else changed meanwhile is refused (409), never applied on top.
 *
 * @param version   the dossier's version as last read
 * @param reason    why (mandatory for supplement, extension, reject, stop, withdrawal)
 * @param assignee  for assign / transfer: user id, department or agency
 * @param stepDueAt for assign / transfer: the step's deadline, optional
 * @param missing   for a supplement request: what is missing
 * @param amountVnd for fee requested / paid
 * @param newDueAt  for an extension: the new return date
 */
public record ActionRequest(
        @NotNull Long version,
        String reason,
        String assignee,
        Instant stepDueAt,
        String missing,
        @PositiveOrZero Long amountVnd,
        Instant newDueAt) {
}
