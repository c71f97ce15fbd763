package vn.motcua.intake.reception;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks of Vietnamese identifiers an applicant gives. Each check returns what is wrong, or empty.
 * <ul>
 *   <li>Citizen identity number (số định danh cá nhân / CCCD, 12 digits): 3 digits of the province of birth
 *       (001-096), 1 digit of sex and century (0/1 = 1900s, 2/3 = 2000s, ...), 2 digits of the year of birth,
 *       6 random digits. The old identity card (CMND) had 9 digits.</li>
 *   <li>Tax code (mã số thuế) of an organisation: 10 digits, or 10-3 for a dependent unit.</li>
 *   <li>Phone: a Vietnamese number, {@code 0} or {@code +84} then 9 or 10 digits (mobiles have 9, landlines
 *       with a 3-digit area code 10), spaces, dots and dashes ignored.</li>
 * </ul>
 */
public final class PersonalIdentifiers {

    private static final Pattern CITIZEN_ID = Pattern.compile("[0-9]{12}");
    private static final Pattern OLD_ID_CARD = Pattern.compile("[0-9]{9}");
    private static final Pattern TAX_CODE = Pattern.compile("[0-9]{10}(-[0-9]{3})?");
    private static final Pattern PHONE = Pattern.compile("0[1-9][0-9]{8,9}");
    private static final int LAST_PROVINCE_OF_BIRTH = 96;

    private PersonalIdentifiers() {
    }

    /** What is wrong with a person's identity number, given their date of birth when known. */
    public static Optional<String> personIdProblem(String idNumber, LocalDate dateOfBirth) {
        String id = idNumber.strip();
        if (OLD_ID_CARD.matcher(id).matches()) {
            return Optional.empty();
        }
        if (!CITIZEN_ID.matcher(id).matches()) {
            return Optional.of("must be a 12-digit citizen identity number (or a 9-digit identity card number)");
        }
        int province = Integer.parseInt(id.substring(0, 3));
        if (province < 1 || province > LAST_PROVINCE_OF_BIRTH) {
            return Optional.of("starts with the code of a province of birth, 001 to 096");
        }
        int century = 1900 + (id.charAt(3) - '0') / 2 * 100;
        int yearOfBirth = century + Integer.parseInt(id.substring(4, 6));
        if (dateOfBirth != null && dateOfBirth.getYear() != yearOfBirth) {
            return Optional.of("encodes the year of birth " + yearOfBirth + ", not " + dateOfBirth.getYear());
        }
        return Optional.empty();
    }

    public static Optional<String> taxCodeProblem(String taxCode) {
        return TAX_CODE.matcher(taxCode.strip()).matches() ? Optional.empty()
                : Optional.of("must be a tax code of 10 digits, or 10-3 digits");
    }

    /** The phone in its national form ({@code 0912345678}), or empty if it is not a Vietnamese number. */
    public static Optional<String> normalizedPhone(String phone) {
        String digits = phone.strip().replaceAll("[\\s.\\-()]", "");
        if (digits.startsWith("+84")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("84") && digits.length() >= 11) {
            digits = "0" + digits.substring(2);
        }
        return PHONE.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
    }
}
