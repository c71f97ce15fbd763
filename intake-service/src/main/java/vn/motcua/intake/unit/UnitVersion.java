package vn.motcua.intake.unit;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One version of an administrative unit: what the unit was between two dates. A national code is
 * permanent; when a merger keeps a code but grows its territory, the code gets a new version.
 *
 * @param code             national code (mã đơn vị hành chính), e.g. {@code 31639}
 * @param version          1, 2, ...
 * @param name             e.g. {@code Thị trấn Long Phú}
 * @param level            province, district or commune
 * @param parentCode       the parent unit's code; null for a province
 * @param electronicId     agency electronic identifier (mã định danh điện tử, QCVN 102:2016) printed in
 *                         dossier codes; null if the unit has no desk configured
 * @param electronicIdDemo true if that identifier is a demo value
 * @param validFrom        first day in force; null if in force since before the platform's records
 * @param validTo          first day no longer in force; null while in force
 * @param note             free text, e.g. what the unit was formed from
 */
public record UnitVersion(String code, int version, String name, AdministrativeLevel level, String parentCode,
        String electronicId, boolean electronicIdDemo, LocalDate validFrom, LocalDate validTo, String note) {

    /** {@code xxx.yy.zz.Hnn}: three groups of digits and a letter with two digits. */
    public static final Pattern ELECTRONIC_ID = Pattern.compile("^[0-9]{3}\\.[0-9]{2}\\.[0-9]{2}\\.[A-Z][0-9]{2}$");
    /** GSO codes: 2 digits for provinces, 3 for districts, 5 for communes. */
    public static final Pattern CODE = Pattern.compile("^[0-9]{2}$|^[0-9]{3}$|^[0-9]{5}$");

    public UnitVersion {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        if (version < 1) {
            throw new IllegalArgumentException("version starts at 1");
        }
        if (validFrom != null && validTo != null && !validFrom.isBefore(validTo)) {
            throw new IllegalArgumentException("a version must end after it starts: " + validFrom + " - " + validTo);
        }
        if (electronicId != null && !ELECTRONIC_ID.matcher(electronicId).matches()) {
            throw new IllegalArgumentException("electronic identifier must look like 000.00.31.H41: " + electronicId);
        }
    }

    /** In force on {@code date}: from {@code validFrom} (inclusive) to {@code validTo} (exclusive). */
    public boolean isValidOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || date.isBefore(validTo));
    }

    public boolean isOpen() {
        return validTo == null;
    }

    UnitVersion endingOn(LocalDate end) {
        return new UnitVersion(code, version, name, level, parentCode, electronicId, electronicIdDemo, validFrom, end, note);
    }

    UnitVersion corrected(String newName, String newElectronicId, boolean demo, String newNote) {
        return new UnitVersion(code, version, newName, level, parentCode, newElectronicId, demo, validFrom, validTo, newNote);
    }
}
