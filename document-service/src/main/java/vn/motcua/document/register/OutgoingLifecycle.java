package vn.motcua.document.register;

import vn.motcua.backbone.problem.ProblemException;
import vn.motcua.contracts.document.DeliveryMode;
import vn.motcua.contracts.document.SignerRole;

/**
 * What may happen next to an outgoing document (Decree 30/2020): an electronic document is signed
 * by the competent person, then numbered by the clerical office, then signed by the organisation,
 * then issued; a paper-only document is numbered and issued. Each refusal is a 409 naming why.
 */
public final class OutgoingLifecycle {

    private OutgoingLifecycle() {
    }

    public static OutgoingStatus afterSigning(OutgoingStatus status, SignerRole role, boolean hasPdf) {
        if (!hasPdf) {
            throw ProblemException.conflict("no-pdf", "Only a PDF file can be digitally signed; attach the PDF first");
        }
        if (role == SignerRole.PERSON) {
            if (status != OutgoingStatus.DRAFT) {
                throw ProblemException.conflict("already-signed",
                        "The competent person signs a draft once; this document is " + status);
            }
            return OutgoingStatus.SIGNED_BY_PERSON;
        }
        if (status != OutgoingStatus.REGISTERED) {
            throw ProblemException.conflict(status.ordinal() < OutgoingStatus.REGISTERED.ordinal()
                            ? "not-registered" : "already-signed",
                    "The organisation signs after the competent person signed and the document was numbered;"
                            + " this document is " + status);
        }
        return OutgoingStatus.SIGNED_BY_ORGANISATION;
    }

    public static OutgoingStatus afterRegistration(OutgoingStatus status, DeliveryMode delivery) {
        if (status.isRegistered()) {
            throw ProblemException.conflict("already-registered", "This document already has its number");
        }
        if (delivery != DeliveryMode.PAPER_ONLY && status != OutgoingStatus.SIGNED_BY_PERSON) {
            throw ProblemException.conflict("not-signed",
                    "An electronic document is numbered after the competent person has signed it");
        }
        return OutgoingStatus.REGISTERED;
    }

    public static OutgoingStatus afterIssue(OutgoingStatus status, DeliveryMode delivery) {
        if (status == OutgoingStatus.ISSUED) {
            throw ProblemException.conflict("already-issued", "This document was issued already");
        }
        if (!status.isRegistered()) {
            throw ProblemException.conflict("not-registered", "A document is numbered in the register before issue");
        }
        if (delivery != DeliveryMode.PAPER_ONLY && status != OutgoingStatus.SIGNED_BY_ORGANISATION) {
            throw ProblemException.conflict("not-signed-by-organisation",
                    "An electronic document is valid once signed by the competent person and the organisation;"
                            + " the organisation has not signed yet");
        }
        return OutgoingStatus.ISSUED;
    }
}
