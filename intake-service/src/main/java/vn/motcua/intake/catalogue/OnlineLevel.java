package vn.motcua.intake.catalogue;

/** How far a procedure can be done online. */
public enum OnlineLevel {
    /** toàn trình: everything online, result online or by post. */
    FULL,
    /** một phần: submitted online, some steps in person. */
    PARTIAL,
    /** in person or by post only. */
    NONE
}
