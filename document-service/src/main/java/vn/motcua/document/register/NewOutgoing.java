package vn.motcua.document.register;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import vn.motcua.backbone.text.MultiLine;
import vn.motcua.contracts.document.DeliveryMode;

/**
 * A draft outgoing document.
 *
 * @param type         e.g. QD (decision), CV (official letter)
 * @param issuer       abbreviation of the issuing organisation, e.g. UBND; names the number series
 * @param draftingUnit abbreviation of the drafting unit or field; required for official letters (UBND-VP)
 * @param secret       numbered in the separate series of secret documents
 * @param dossierCode  the dossier whose result this is, if any
 * @param fileId       the document's file (a PDF to sign electronically); required for electronic delivery
 */
public record NewOutgoing(
        @NotNull DocumentType type,
        @NotBlank @Size(max = 20) String issuer,
        @Size(max = 20) String draftingUnit,
        boolean secret,
        @NotBlank @Size(max = 2000) @MultiLine String summary,
        @NotBlank @Size(max = 200) String signerName,
        @Size(max = 200) String signerTitle,
        @NotEmpty @Size(max = 200) List<@NotBlank @Size(max = 300) String> recipients,
        @NotNull DeliveryMode deliveryMode,
        @Size(max = 100) String dossierCode,
        UUID fileId) {
}
