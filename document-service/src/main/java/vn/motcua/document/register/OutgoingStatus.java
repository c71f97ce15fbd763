package vn.motcua.document.register;

/**
 * Where an outgoing document stands. Electronic: draft → signed by the competent person → numbered
 * in the register → signed by the organisation → issued. Paper only: draft → numbered → issued.
 */
public enum OutgoingStatus {
    DRAFT,
    SIGNED_BY_PERSON,
    REGISTERED,
    SIGNED_BY_ORGANISATION,
    ISSUED;

    public boolean isRegistered() {
        return this == REGISTERED || this == SIGNED_BY_ORGANISATION || this == ISSUED;
    }
}
