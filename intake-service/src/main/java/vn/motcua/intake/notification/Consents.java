package vn.motcua.intake.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import vn.motcua.backbone.problem.Problem.FieldError;
import vn.motcua.intake.reception.Applicant;

/**
 * Records, in the reception's transaction, the channels the applicant consented to with the contact each applies to.
 * Only a consent is written: a reception without one costs nothing here.
 */
@ApplicationScoped
public class Consents {

    private final EntityManager entityManager;

    Consents(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A consented channel needs its contact: {@code notifications.email} needs {@code applicant.email}, and so on. */
    public static void check(Consent consent, Applicant applicant, List<FieldError> errors) {
        if (consent == null) {
            return;
        }
        if (consent.byEmail() && (applicant.email() == null || applicant.email().isBlank())) {
            errors.add(new FieldError("notifications.email", "consent to email needs applicant.email"));
        }
        if (consent.bySms() && (applicant.phone() == null || applicant.phone().isBlank())) {
            errors.add(new FieldError("notifications.sms", "consent to SMS needs applicant.phone"));
        }
    }

    /** One insert when the applicant consented to any channel (checked before); nothing otherwise. */
    public void record(UUID dossierId, String unitCode, Consent consent, Applicant applicant) {
        if (consent == null || !consent.any()) {
            return;
        }
        entityManager.createNativeQuery("""
                insert into notification_consent (dossier_id, unit_code, email, phone)
                values (:id, :unit, :email, :phone)""")
                .setParameter("id", dossierId)
                .setParameter("unit", unitCode)
                .setParameter("email", consent.byEmail() ? applicant.email() : null)
                .setParameter("phone", consent.bySms() ? applicant.phone() : null)
                .executeUpdate();
    }
}
