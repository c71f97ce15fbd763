package vn.motcua.document.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.motcua.backbone.problem.ProblemException;
import vn.motcua.contracts.document.DeliveryMode;
import vn.motcua.contracts.document.SignerRole;

/** Decree 30/2020: the competent person signs, the clerical office numbers, the organisation signs, then issue. */
class OutgoingLifecycleTest {

    @Test
    void anElectronicDocumentGoesThroughBothSignaturesAroundItsNumber() {
        OutgoingStatus status = OutgoingStatus.DRAFT;
        status = OutgoingLifecycle.afterSigning(status, SignerRole.PERSON, true);
        status = OutgoingLifecycle.afterRegistration(status, DeliveryMode.FULLY_ELECTRONIC);
        status = OutgoingLifecycle.afterSigning(status, SignerRole.ORGANISATION, true);
        status = OutgoingLifecycle.afterIssue(status, DeliveryMode.FULLY_ELECTRONIC);
        assertThat(status).isEqualTo(OutgoingStatus.ISSUED);
    }

    @Test
    void aPaperDocumentIsNumberedAndIssuedWithoutDigitalSignatures() {
        OutgoingStatus status = OutgoingLifecycle.afterRegistration(OutgoingStatus.DRAFT, DeliveryMode.PAPER_ONLY);
        assertThat(OutgoingLifecycle.afterIssue(status, DeliveryMode.PAPER_ONLY)).isEqualTo(OutgoingStatus.ISSUED);
    }

    @Test
    void anElectronicDocumentIsNotNumberedBeforeTheCompetentPersonSigned() {
        assertConflict(() -> OutgoingLifecycle.afterRegistration(OutgoingStatus.DRAFT, DeliveryMode.ELECTRONIC_AND_PAPER),
                "not-signed");
    }

    @Test
    void theOrganisationSignsOnlyANumberedDocumentAndOnlyOnce() {
        assertConflict(() -> OutgoingLifecycle.afterSigning(OutgoingStatus.SIGNED_BY_PERSON, SignerRole.ORGANISATION,
                true), "not-registered");
        assertConflict(() -> OutgoingLifecycle.afterSigning(OutgoingStatus.SIGNED_BY_ORGANISATION,
                SignerRole.ORGANISATION, true), "already-signed");
        assertConflict(() -> OutgoingLifecycle.afterSigning(OutgoingStatus.REGISTERED, SignerRole.PERSON, true),
                "already-signed");
        assertConflict(() -> OutgoingLifecycle.afterSigning(OutgoingStatus.DRAFT, SignerRole.PERSON, false), "no-pdf");
    }

    @Test
    void aNumberIsGivenOnceAndAnElectronicDocumentIsIssuedOnlyWithBothSignatures() {
        assertConflict(() -> OutgoingLifecycle.afterRegistration(OutgoingStatus.REGISTERED, DeliveryMode.PAPER_ONLY),
                "already-registered");
        assertConflict(() -> OutgoingLifecycle.afterRegistration(OutgoingStatus.ISSUED, DeliveryMode.FULLY_ELECTRONIC),
                "already-registered");
        assertConflict(() -> OutgoingLifecycle.afterIssue(OutgoingStatus.REGISTERED, DeliveryMode.FULLY_ELECTRONIC),
                "not-signed-by-organisation");
        assertConflict(() -> OutgoingLifecycle.afterIssue(OutgoingStatus.DRAFT, DeliveryMode.PAPER_ONLY),
                "not-registered");
        assertConflict(() -> OutgoingLifecycle.afterIssue(OutgoingStatus.ISSUED, DeliveryMode.PAPER_ONLY),
                "already-issued");
    }

    private static void assertConflict(Runnable action, String slug) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.status()).isEqualTo(409);
            assertThat(e.slug()).isEqualTo(slug);
        });
    }
}
