package vn.motcua.intake.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every version of one national code, oldest first, never overlapping. The rules of how a unit changes:
 * a new version closes the open one on the day it starts; an ended code is never reused (national codes
 * are permanent); corrections change names and identifiers but never dates.
 */
public record UnitHistory(String code, List<UnitVersion> versions) {

    public UnitHistory {
        versions = versions.stream().sorted(Comparator.comparingInt(UnitVersion::version)).toList();
        for (int i = 0; i < versions.size(); i++) {
            UnitVersion v = versions.get(i);
            if (!v.code().equals(code) || v.version() != i + 1) {
                throw new IllegalArgumentException("versions of " + code + " must be numbered 1..n: " + versions);
            }
            if (i > 0) {
                UnitVersion previous = versions.get(i - 1);
                if (previous.validTo() == null || v.validFrom() == null || v.validFrom().isBefore(previous.validTo())) {
                    throw new IllegalArgumentException("versions of " + code + " overlap: " + previous + " and " + v);
                }
            }
        }
    }

    /** The history of a new unit: its first version. */
    public static UnitHistory first(UnitVersion version) {
        if (version.version() != 1) {
            throw new IllegalArgumentException("a new unit starts at version 1");
        }
        return new UnitHistory(version.code(), List.of(version));
    }

    public Optional<UnitVersion> validOn(LocalDate date) {
        return versions.stream().filter(v -> v.isValidOn(date)).findFirst();
    }

    public UnitVersion latest() {
        return versions.get(versions.size() - 1);
    }

    public Optional<UnitVersion> version(int number) {
        return number >= 1 && number <= versions.size() ? Optional.of(versions.get(number - 1)) : Optional.empty();
    }

    /**
     * Adds a version starting on {@code validFrom}; the open version ends that day.
     *
     * @throws UnitChangeRefused if the unit has ended (a code is never reused) or the new version would not
     *                           start after the open one
     */
    public UnitHistory withVersionFrom(LocalDate validFrom, String name, AdministrativeLevel level, String parentCode,
            String electronicId, boolean electronicIdDemo, String note) {
        UnitVersion open = openVersion();
        if (open.validFrom() != null && !validFrom.isAfter(open.validFrom())) {
            throw new UnitChangeRefused("validFrom", "a new version of " + code + " must start after " + open.validFrom()
                    + ", when version " + open.version() + " started");
        }
        List<UnitVersion> next = new ArrayList<>(versions);
        next.set(next.size() - 1, open.endingOn(validFrom));
        next.add(new UnitVersion(code, versions.size() + 1, name, level, parentCode, electronicId, electronicIdDemo,
                validFrom, null, note));
        return new UnitHistory(code, next);
    }

    /** Ends the unit on {@code validTo} (the first day it no longer exists). */
    public UnitHistory endingOn(LocalDate validTo) {
        UnitVersion open = openVersion();
        if (open.validFrom() != null && !validTo.isAfter(open.validFrom())) {
            throw new UnitChangeRefused("validTo", "unit " + code + " can only end after " + open.validFrom());
        }
        List<UnitVersion> next = new ArrayList<>(versions);
        next.set(next.size() - 1, open.endingOn(validTo));
        return new UnitHistory(code, next);
    }

    /** Corrects the name, identifier or note of one version; its dates and territory stay. */
    public UnitHistory correcting(int number, String name, String electronicId, boolean electronicIdDemo, String note) {
        UnitVersion version = version(number).orElseThrow(() -> new UnitChangeRefused("version",
                "unit " + code + " has no version " + number));
        List<UnitVersion> next = new ArrayList<>(versions);
        next.set(number - 1, version.corrected(name, electronicId, electronicIdDemo, note));
        return new UnitHistory(code, next);
    }

    private UnitVersion openVersion() {
        UnitVersion latest = latest();
        if (!latest.isOpen()) {
            throw new UnitChangeRefused("code", "unit " + code + " ended on " + latest.validTo()
                    + "; national codes are never reused");
        }
        return latest;
    }
}
