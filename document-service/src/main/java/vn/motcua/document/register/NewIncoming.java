package vn.motcua.document.register;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import vn.motcua.backbone.text.MultiLine;

/**
 * A document received from another organisation, to enter in the incoming register.
 *
 * @param sender       the sending organisation
 * @param senderSymbol the number and symbol it carries, e.g. 45/UBND-VP
 * @param documentDate the date written on it
 * @param type         its type, if known
 * @param fileId       the received file (a RECEIVED file of your unit); a PDF has its signatures checked
 */
public record NewIncoming(
        @NotBlank @Size(max = 300) String sender,
        @Size(max = 100) String senderSymbol,
        LocalDate documentDate,
        DocumentType type,
        @NotBlank @Size(max = 2000) @MultiLine String summary,
        UUID fileId) {
}
