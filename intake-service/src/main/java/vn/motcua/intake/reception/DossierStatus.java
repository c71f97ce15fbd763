package vn.motcua.intake.reception;

/** Where a dossier stands at reception. */
public enum DossierStatus {
    /** Submitted online, awaiting the desk (mới đăng ký, national status 1). */
    SUBMITTED_ONLINE,
    /** Online dossier the desk found incomplete; the citizen may supplement it online, keeping the code. */
    SUPPLEMENT_REQUESTED,
    /** Accepted: the clock runs (được tiếp nhận, national status 2). */
    ACCEPTED,
    /** Refused with a reason, form 03 (không được tiếp nhận, national status 3). */
    REFUSED,
    /** Handed in at the desk without every mandatory component: nothing accepted, form 02. */
    INCOMPLETE
}
