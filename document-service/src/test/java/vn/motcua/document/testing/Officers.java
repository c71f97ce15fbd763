package vn.motcua.document.testing;

import vn.motcua.testsupport.TestTokens;

/** Bearer tokens of demo officials of a unit, one per role. */
public final class Officers {

    public static final String COMMUNE = "31639";
    public static final String OTHER_COMMUNE = "31642";

    private Officers() {
    }

    public static String frontDesk(String unit) {
        return TestTokens.user("lan.desk-" + unit).roles("front-desk").unit(unit).bearer();
    }

    public static String specialist(String unit) {
        return TestTokens.user("minh.specialist-" + unit).roles("specialist").unit(unit).bearer();
    }

    /** The chairperson: the competent person who signs results. */
    public static String leader(String unit) {
        return TestTokens.user(leaderName(unit)).roles("leader").unit(unit).bearer();
    }

    public static String leaderName(String unit) {
        return "an.leader-" + unit;
    }

    /** The clerical office (văn thư): numbers, applies the organisation signature, issues. */
    public static String clerk(String unit) {
        return TestTokens.user("hoa.clerk-" + unit).roles("clerk").unit(unit).bearer();
    }

    public static String admin(String unit) {
        return TestTokens.user("admin-" + unit).roles("admin").unit(unit).bearer();
    }

    public static String supervisor(String unit) {
        return TestTokens.user("supervisor-" + unit).roles("supervisor").unit(unit).bearer();
    }
}
