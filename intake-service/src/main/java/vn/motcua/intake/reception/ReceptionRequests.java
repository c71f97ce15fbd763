package vn.motcua.intake.reception;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import vn.motcua.backbone.text.MultiLine;
import vn.motcua.contracts.dossier.Channel;
import vn.motcua.intake.notification.Consent;

/** Bodies of the reception API. */
public final class ReceptionRequests {

    static final String PROCEDURE_CODE = "[0-9]\\.[0-9]{6}";
    static final String PROCEDURE_CODE_MESSAGE = "must be a procedure code like 1.001193";

    private ReceptionRequests() {
    }

    /**
     * A dossier handed in at the desk (in person or by post). With {@code refusal}, the desk refuses it
     * (form 03); otherwise it is accepted if every mandatory component is there, else found incomplete
     * (form 02).
     */
    public record Reception(
            @NotBlank @Pattern(regexp = PROCEDURE_CODE, message = PROCEDURE_CODE_MESSAGE) String procedureCode,
            @NotNull Channel channel,
            @NotNull @Valid Applicant applicant,
            @Valid Representative representative,
            @NotNull @Size(max = 50) List<@NotNull @Valid HandedComponent> components,
            @Size(max = 2000) @MultiLine String notes,
            @Valid Refusal refusal,
            @Valid Consent notifications) {
    }

    /** The reason written on form 03. */
    public record Refusal(@NotBlank @Size(max = 2000) @MultiLine String reason) {
    }

    /** A dossier a citizen submits online, without a token. */
    public record OnlineSubmission(
            @NotBlank @Pattern(regexp = "[0-9]{2}|[0-9]{3}|[0-9]{5}", message = "must be a national unit code") String unitCode,
            @NotBlank @Pattern(regexp = PROCEDURE_CODE, message = PROCEDURE_CODE_MESSAGE) String procedureCode,
            @NotNull @Valid Applicant applicant,
            @Valid Representative representative,
            @NotNull @Size(min = 1, max = 50) List<@NotNull @Valid HandedComponent> components,
            @Size(max = 2000) @MultiLine String notes,
            @Valid Consent notifications) {
    }

    /** The desk's request for an online dossier's missing components (form 02). */
    public record SupplementRequest(
            @NotNull @Size(min = 1, max = 50) List<@NotNull Integer> missingComponents,
            @Size(max = 2000) @MultiLine String note) {
    }

    /** The citizen's online supplement: the secret from the submission and the components now complete. */
    public record Supplement(
            @NotBlank @Size(max = 40) String lookupSecret,
            @NotNull @Size(min = 1, max = 50) List<@NotNull @Valid HandedComponent> components) {
    }
}
