package vn.motcua.backbone.security;

/** Realm roles of Keycloak realm {@code motcua}; constants so they can be used in {@code @RolesAllowed}. */
public final class Roles {
    /** Front desk (bộ phận một cửa): receives dossiers, returns results. */
    public static final String FRONT_DESK = "front-desk";
    /** Specialist (chuyên viên): appraises dossiers. */
    public static final String SPECIALIST = "specialist";
    /** Leader (lãnh đạo): approves and signs. */
    public static final String LEADER = "leader";
    /** Clerical office (văn thư): numbers, registers and issues documents. */
    public static final String CLERK = "clerk";
    /** Supervisor: reads reports of a unit and its descendants. */
    public static final String SUPERVISOR = "supervisor";
    /** Administrator of reference data and configuration. */
    public static final String ADMIN = "admin";
    /** A citizen or business with an account (self-registered): sees only the dossiers it submitted online. */
    public static final String CITIZEN = "citizen";
    /** The legacy import (client {@code motcua-import}): the only caller that may set past instants. */
    public static final String MIGRATION = "migration";

    private Roles() {
    }
}
