package vn.motcua.intake.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every version of one procedure, oldest first; publishing a version closes the open one on its first day. */
public record ProcedureHistory(String code, List<ProcedureVersion> versions) {

    public ProcedureHistory {
        versions = versions.stream().sorted(Comparator.comparingInt(ProcedureVersion::version)).toList();
    }

    public static ProcedureHistory empty(String code) {
        return new ProcedureHistory(code, List.of());
    }

    public Optional<ProcedureVersion> validOn(LocalDate date) {
        return versions.stream().filter(v -> v.isValidOn(date)).findFirst();
    }

    public Optional<ProcedureVersion> version(int number) {
        return versions.stream().filter(v -> v.version() == number).findFirst();
    }

    public int nextVersionNumber() {
        return versions.size() + 1;
    }

    /**
     * Publishes {@code draft} (numbered {@link #nextVersionNumber()}); the version in force before it ends on
     * the draft's first day.
     *
     * @throws IllegalStateException if the draft does not start after every earlier version started, or
     *                               starts before an ended procedure's last day
     */
    public ProcedureHistory publishing(ProcedureVersion draft) {
        if (draft.version() != nextVersionNumber()) {
            throw new IllegalArgumentException("next version of " + code + " is " + nextVersionNumber());
        }
        List<ProcedureVersion> next = new ArrayList<>(versions);
        if (!versions.isEmpty()) {
            ProcedureVersion last = versions.get(versions.size() - 1);
            if (!draft.validFrom().isAfter(last.validFrom())) {
                throw new IllegalStateException("a new version of " + code + " must start after " + last.validFrom()
                        + ", when version " + last.version() + " started");
            }
            if (last.validTo() == null || last.validTo().isAfter(draft.validFrom())) {
                next.set(next.size() - 1, last.endingOn(draft.validFrom()));
            }
        }
        next.add(draft);
        return new ProcedureHistory(code, next);
    }
}
