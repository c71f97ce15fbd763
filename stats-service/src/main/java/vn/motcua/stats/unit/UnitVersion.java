package vn.motcua.stats.unit;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One version of an administrative unit as it was in force from {@code validFrom} (empty: since before the
 * platform's records) until the day before {@code validTo} (empty: still in force).
 */
public record UnitVersion(String code, int version, String name, String level, Optional<String> parentCode,
        Optional<LocalDate> validFrom, Optional<LocalDate> validTo) {

    /** Whether this version was in force on some day between {@code first} and {@code last}, both inclusive. */
    public boolean inForceDuring(LocalDate first, LocalDate last) {
        return validFrom.map(from -> !from.isAfter(last)).orElse(true)
                && validTo.map(to -> to.isAfter(first)).orElse(true);
    }

    public boolean inForceOn(LocalDate day) {
        return inForceDuring(day, day);
    }
}
