package vn.motcua.intake.unit;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What the unit API shows. */
public final class UnitViews {

    private UnitViews() {
    }

    public record VersionView(int version, String name, AdministrativeLevel level, String parentCode,
            String electronicId, boolean electronicIdDemo, LocalDate validFrom, LocalDate validTo, String note) {

        static VersionView of(UnitVersion v) {
            return new VersionView(v.version(), v.name(), v.level(), v.parentCode(), v.electronicId(),
                    v.electronicIdDemo(), v.validFrom(), v.validTo(), v.note());
        }
    }

    /**
     * @param asOf               the date asked about
     * @param inForce            the version in force that day; null if none
     * @param successors         direct successors (where the territory went)
     * @param successorsInForce  the units in force on {@code asOf} that hold the territory now (the code itself
     *                           if still in force): what a report re-mapped to that date uses
     */
    public record UnitDetail(String code, LocalDate asOf, VersionView inForce, List<VersionView> versions,
            List<Successors.Successor> successors, Set<String> successorsInForce) {
    }

    public record Tree(LocalDate asOf, List<UnitTree.Node> units) {
    }
}
