package vn.motcua.stats.unit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import vn.motcua.contracts.reference.UnitChanged;
import vn.motcua.stats.rebuild.ProjectionLock;

/** The units projection: stats-service's copy of the units published on {@code motcua.reference}. */
@ApplicationScoped
public class UnitDirectory {

    private final EntityManager entityManager;
    private final ProjectionLock lock;

    UnitDirectory(EntityManager entityManager, ProjectionLock lock) {
        this.entityManager = entityManager;
        this.lock = lock;
    }

    /** Replaces every version and successor of the unit: each record carries the whole unit. */
    public void replace(UnitChanged unit) {
        lock.forWriting();
        entityManager.createNativeQuery("delete from unit_version where code = :code")
                .setParameter("code", unit.code()).executeUpdate();
        entityManager.createNativeQuery("delete from unit_successor where code = :code")
                .setParameter("code", unit.code()).executeUpdate();
        for (UnitChanged.Version v : unit.versions()) {
            entityManager.createNativeQuery("""
                    insert into unit_version (code, version, name, level, parent_code, valid_from, valid_to)
                    values (:code, :version, :name, :level, :parent, :from, :to)""")
                    .setParameter("code", unit.code()).setParameter("version", v.version())
                    .setParameter("name", v.name()).setParameter("level", v.level())
                    .setParameter("parent", v.parentCode())
                    .setParameter("from", v.validFrom() == null ? null : Date.valueOf(v.validFrom()))
                    .setParameter("to", v.validTo() == null ? null : Date.valueOf(v.validTo()))
                    .executeUpdate();
        }
        for (UnitChanged.Successor s : unit.successors() == null ? List.<UnitChanged.Successor>of() : unit.successors()) {
            entityManager.createNativeQuery("""
                    insert into unit_successor (code, successor_code, effective_on) values (:code, :successor, :on)
                    on conflict do nothing""")
                    .setParameter("code", unit.code()).setParameter("successor", s.code())
                    .setParameter("on", Date.valueOf(s.effectiveOn()))
                    .executeUpdate();
        }
    }

    /** The hierarchy as known now; a few thousand rows even nationally. */
    public UnitHierarchy hierarchy() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                "select code, version, name, level, parent_code, valid_from, valid_to from unit_version")
                .getResultList();
        List<UnitVersion> versions = new ArrayList<>();
        for (Object[] r : rows) {
            versions.add(new UnitVersion((String) r[0], ((Number) r[1]).intValue(), (String) r[2], (String) r[3],
                    Optional.ofNullable((String) r[4]), day(r[5]), day(r[6])));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> edges = entityManager.createNativeQuery(
                "select code, successor_code from unit_successor order by code, successor_code").getResultList();
        Map<String, List<String>> successors = new HashMap<>();
        edges.forEach(e -> successors.computeIfAbsent((String) e[0], k -> new ArrayList<>()).add((String) e[1]));
        return new UnitHierarchy(versions, successors);
    }

    private static Optional<LocalDate> day(Object value) {
        if (value == null) {
            return Optional.empty();
        }
        return Optional.of(value instanceof LocalDate d ? d : ((Date) value).toLocalDate());
    }
}
