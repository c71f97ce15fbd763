package vn.motcua.contracts.reference;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An administrative unit was added or changed. Published on the compacted topic {@code motcua.reference}
 * with key = the unit's national code, so it carries the <em>whole</em> unit (every version and every
 * successor): compaction keeps only the last record of each code, and that record alone must let a
 * consumer rebuild its copy.
 *
 * @param code       national unit code, permanent, never reused
 * @param versions   every version, oldest first; a code keeps its name while its territory changes
 * @param successors where the unit's territory went when it ended or shrank (e.g. districts abolished
 *                   on 2025-07-01)
 * @param changedAt  instant of the change (UTC)
 */
public record UnitChanged(String code, List<Version> versions, List<Successor> successors, Instant changedAt) {

    /**
     * One version of the unit.
     *
     * @param version          1, 2, ...
     * @param name             e.g. {@code Xã Long Phú}
     * @param level            PROVINCE, DISTRICT or COMMUNE
     * @param parentCode       national code of the parent unit, null for a province
     * @param electronicId     agency electronic identifier used in dossier codes ({@code xxx.yy.zz.Hnn}); null if none
     * @param electronicIdDemo true if the identifier is a demo value, not the official one
     * @param validFrom        first day in force; null if in force since before the platform's records
     * @param validTo          first day no longer in force; null while in force
     */
    public record Version(int version, String name, String level, String parentCode, String electronicId,
            boolean electronicIdDemo, LocalDate validFrom, LocalDate validTo) {
    }

    /**
     * @param code        national code of a unit that took over (part of) the territory
     * @param effectiveOn day the succession took effect
     */
    public record Successor(String code, LocalDate effectiveOn) {
    }
}
