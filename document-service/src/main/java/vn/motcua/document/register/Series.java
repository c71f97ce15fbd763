package vn.motcua.document.register;

/** A number series of the register: ordinary outgoing, secret outgoing (its own series), incoming. */
public enum Series {
    ORDINARY,
    SECRET,
    INCOMING
}
