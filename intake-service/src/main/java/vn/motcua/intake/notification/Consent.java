package vn.motcua.intake.notification;

/**
 * The applicant's consent, given at reception, to be notified of the dossier's progress on each channel: by email to
 * {@code applicant.email}, by SMS to {@code applicant.phone}. Absent or false: no message on that channel.
 *
 * @param email notify by email
 * @param sms   notify by SMS
 */
public record Consent(Boolean email, Boolean sms) {

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
