package vn.motcua.intake.unit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Units and successors in the database; the rules live in {@link UnitHistory}. */
@ApplicationScoped
public class UnitRepository {

    private final EntityManager entityManager;
    /** Histories as built, by code, with the row versions they were built from (every reception reads one). */
    private final Map<String, Snapshot> histories = new ConcurrentHashMap<>();

    private record Snapshot(String rowVersions, UnitHistory history) {
    }

    UnitRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The row versions of a unit, {@code :unit}: the transaction ids that last wrote its rows, which differ after any
     * change. Reception reads it with the others it needs in one statement ({@code ReferenceVersions}).
     */
    public static final String ROW_VERSIONS = """
            select string_agg(version || ':' || xmin::text, ',' order by version) from admin_unit where code = :unit""";

    /** The unit's versions; built again when any of its rows was written since, by this instance or another. */
    public Optional<UnitHistory> history(String code) {
        Object rowVersions = entityManager.createNativeQuery(ROW_VERSIONS).setParameter("unit", code).getSingleResult();
        return history(code, (String) rowVersions);
    }

    /** The unit's versions, given its {@link #ROW_VERSIONS} read just now (null: no such unit). */
    public Optional<UnitHistory> history(String code, String rowVersions) {
        if (rowVersions == null) { // unknown codes are not remembered: anyone may send any code
            return Optional.empty();
        }
        Snapshot held = histories.get(code);
        if (held != null && held.rowVersions().equals(rowVersions)) {
            return Optional.of(held.history());
        }
        List<UnitVersion> versions = rows(code).stream().map(UnitRow::toVersion).toList();
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        UnitHistory built = new UnitHistory(code, versions);
        histories.put(code, new Snapshot(rowVersions, built));
        return Optional.of(built);
    }

    public Optional<UnitVersion> validOn(String code, LocalDate date) {
        return history(code).flatMap(h -> h.validOn(date));
    }

    public Optional<UnitRow> row(String code, int version) {
        return rows(code).stream().filter(r -> r.version == version).findFirst();
    }

    public List<UnitVersion> all() {
        return entityManager.createQuery("from UnitRow order by code, version", UnitRow.class).getResultList()
                .stream().map(UnitRow::toVersion).toList();
    }

    public Successors successors() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select predecessor_code, successor_code, effective_on from admin_unit_successor
                order by predecessor_code, successor_code""").getResultList();
        Map<String, List<Successors.Successor>> map = rows.stream().collect(Collectors.groupingBy(
                r -> (String) r[0], LinkedHashMap::new, Collectors.mapping(
                        r -> new Successors.Successor((String) r[1], toLocalDate(r[2])), Collectors.toList())));
        return new Successors(map);
    }

    /** Writes a unit's history: changed versions are updated, new ones inserted. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void save(UnitHistory history) {
        Map<Integer, UnitRow> existing = rows(history.code()).stream()
                .collect(Collectors.toMap(r -> r.version, r -> r));
        for (UnitVersion v : history.versions()) {
            UnitRow row = existing.get(v.version());
            if (row == null) {
                row = new UnitRow();
                row.code = v.code();
                row.version = v.version();
                row.update(v);
                entityManager.persist(row);
            } else {
                row.update(v);
            }
        }
        entityManager.flush();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void addSuccessor(String predecessor, String successor, LocalDate effectiveOn) {
        entityManager.createNativeQuery("""
                insert into admin_unit_successor (predecessor_code, successor_code, effective_on)
                values (:p, :s, :d) on conflict (predecessor_code, successor_code) do update set effective_on = :d""")
                .setParameter("p", predecessor).setParameter("s", successor).setParameter("d", effectiveOn)
                .executeUpdate();
    }

    /** Serialises changes to one code (two administrators adding versions at once). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(String code) {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtext(:key))")
                .setParameter("key", "admin_unit:" + code).getSingleResult();
    }

    private List<UnitRow> rows(String code) {
        return entityManager.createQuery("from UnitRow where code = :code order by version", UnitRow.class)
                .setParameter("code", code).getResultList();
    }

    private static LocalDate toLocalDate(Object value) {
        return value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
    }
}
