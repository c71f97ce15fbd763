package vn.motcua.workflow.dossier;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import vn.motcua.backbone.text.MultiLine;

/**
 * What an officer sends with an action. The dossier version the officer saw goes either here or in an
 * {@code If-Match} header (the ETag of the last read): an action on a dossier someone else changed meanwhile is
 * refused (409 for the body's version, 412 for If-Match), never applied on top.
 *
 * @param version      the dossier's version as last read; optional when If-Match is sent
 * @param reason       why (mandatory for supplement, extension, reject, stop, withdrawal)
 * @param assignee     for a hand-off: user id, department or agency that takes the dossier
 * @param assigneeKind for a hand-off: PERSON (default), DEPARTMENT or AGENCY
 * @param step         for a hand-off: the step the dossier goes to; default the next one
 * @param missing      for a supplement request: what is missing
 * @param amountVnd    for fee requested / paid: more than 0 đồng
 * @param receiptNumber for a fee paid: the receipt's number (số biên lai)
 * @param newDueAt     for an extension: the new return date
 */
public record ActionRequest(
        @PositiveOrZero Long version,
        @Size(max = 2000) @MultiLine String reason,
        @Size(max = 128) String assignee,
        HolderKind assigneeKind,
        @Size(max = 64) String step,
        @Size(max = 2000) @MultiLine String missing,
        @Positive Long amountVnd,
        Instant newDueAt,
        @Size(max = 64) String receiptNumber) {
}
