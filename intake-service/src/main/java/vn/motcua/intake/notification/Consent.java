package vn.motcua.intake.notification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The applicant's consent, given at reception, to be notified of the dossier's progress on each channel: by email to
 * {@code applicant.email}, by SMS to {@code applicant.phone}. Absent or false: no message on that channel.
 *
 * @param email notify by email
 * @param sms   notify by SMS
 */
@Schema(description = "The applicant's consent to be told of the dossier's progress (accepted, supplement needed, "
        + "refused, deadline extended, result ready, result returned) on each channel: email to applicant.email, SMS "
        + "to applicant.phone; a consented channel without its contact is a 400 naming notifications.email or "
        + "notifications.sms. Absent: no notification.")
public record Consent(
        @Schema(description = "notify by email, to applicant.email") Boolean email,
        @Schema(description = "notify by SMS, to applicant.phone") Boolean sms) {

    public boolean byEmail() {
        return Boolean.TRUE.equals(email);
    }

    public boolean bySms() {
        return Boolean.TRUE.equals(sms);
    }

    public boolean any() {
        return byEmail() || bySms();
    }
}
