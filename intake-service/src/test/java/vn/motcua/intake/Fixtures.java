package vn.motcua.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.testsupport.TestTokens;

/** Tokens and request bodies the tests share. */
public final class Fixtures {

    /** Thị trấn Long Phú before 2025-07-01, Xã Long Phú after. */
    public static final String LONG_PHU_COMMUNE = "31639";
    /** Thị trấn Đại Ngãi, later Xã Đại Ngãi. */
    public static final String DAI_NGAI = "31645";
    public static final String LONG_PHU_DISTRICT = "946";
    public static final String BIRTH_REGISTRATION = "1.001193";
    public static final String HOUSEHOLD_BUSINESS = "1.001612";

    private Fixtures() {
    }

    public static String frontDesk(String unit) {
        return TestTokens.user("desk." + unit).roles("front-desk").unit(unit).bearer();
    }

    public static String admin() {
        return TestTokens.user("admin.92").roles("admin").unit("92").bearer();
    }

    public static String specialist(String unit) {
        return TestTokens.user("specialist." + unit).roles("specialist").unit(unit).bearer();
    }

    /** A person born in Sóc Trăng in 1985, with an identity number that agrees. */
    public static Map<String, Object> person() {
        Map<String, Object> applicant = new LinkedHashMap<>();
        applicant.put("kind", "PERSON");
        applicant.put("name", "Nguyễn Thị Ánh Tuyết");
        applicant.put("idNumber", "094185001234");
        applicant.put("dateOfBirth", "1985-03-02");
        applicant.put("phone", "0912 345 678");
        applicant.put("email", "tuyet.nguyen@example.vn");
        applicant.put("address", "Ấp Phú Đức, Long Phú, Cần Thơ");
        return applicant;
    }

    public static Map<String, Object> component(int no, int originals, int copies) {
        return Map.of("no", no, "originals", originals, "copies", copies);
    }

    /** A birth registration handed in at the desk with both mandatory components. */
    public static Map<String, Object> birthRegistration() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("procedureCode", BIRTH_REGISTRATION);
        body.put("channel", "IN_PERSON");
        body.put("applicant", person());
        body.put("components", new ArrayList<>(List.of(component(1, 1, 0), component(2, 1, 0))));
        body.put("notes", "Khai sinh cho con thứ hai");
        return body;
    }

    /** The same with a component missing. */
    public static Map<String, Object> birthRegistrationWithoutBirthCertificate() {
        Map<String, Object> body = birthRegistration();
        body.put("components", List.of(component(1, 1, 0)));
        return body;
    }

    /** Household business registration (district level before 2025, commune level after). */
    public static Map<String, Object> householdBusiness() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("procedureCode", HOUSEHOLD_BUSINESS);
        body.put("channel", "POSTAL");
        body.put("applicant", person());
        body.put("components", List.of(component(1, 1, 0), component(2, 0, 1)));
        return body;
    }

    public static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(key, value);
        return copy;
    }
}
