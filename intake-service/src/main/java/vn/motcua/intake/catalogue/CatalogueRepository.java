package vn.motcua.intake.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.motcua.backbone.paging.Page;
import vn.motcua.backbone.paging.PageRequest;
import vn.motcua.intake.unit.AdministrativeLevel;

/** Procedures in the database, and the catalogue search. */
@ApplicationScoped
public class CatalogueRepository {

    private final EntityManager entityManager;
    /**
     * Histories as built, by code, with the row versions they were built from: every reception reads one, and
     * building it (the field names, the entities, their JSON columns) cost more than the rest of the lookup. A
     * publication writes the code's rows, which builds it again, in any instance.
     */
    private final Map<String, Snapshot> histories = new ConcurrentHashMap<>();

    private record Snapshot(String rowVersions, ProcedureHistory history) {
    }

    CatalogueRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Map<String, String> fields() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select code, name from procedure_field order by name")
                .getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (String) r[0], r -> (String) r[1], (a, b) -> a,
                LinkedHashMap::new));
    }

    /**
     * The row versions of a procedure, {@code :procedure}: the transaction ids that last wrote its rows, which differ
     * after any publication. Reception reads it with the others it needs in one statement ({@code ReferenceVersions}).
     */
    public static final String ROW_VERSIONS = """
            select string_agg(id || ':' || xmin::text, ',' order by id) from procedure_version where code = :procedure""";

    /** Every version of {@code code}, oldest first; none when the code is unknown. */
    public ProcedureHistory history(String code) {
        Object rowVersions = entityManager.createNativeQuery(ROW_VERSIONS).setParameter("procedure", code)
                .getSingleResult();
        return history(code, (String) rowVersions);
    }

    /** Every version of {@code code}, given its {@link #ROW_VERSIONS} read just now (null: no such procedure). */
    public ProcedureHistory history(String code, String rowVersions) {
        String versions = String.valueOf(rowVersions);
        Snapshot held = histories.get(code);
        if (held != null && held.rowVersions().equals(versions)) {
            return held.history();
        }
        ProcedureHistory built = load(code);
        if (!built.versions().isEmpty()) { // unknown codes are not remembered: anyone may send any code
            histories.put(code, new Snapshot(versions, built));
        }
        return built;
    }

    private ProcedureHistory load(String code) {
        Map<String, String> fields = fields();
        List<ProcedureVersion> versions = entityManager
                .createQuery("from ProcedureVersionRow where code = :code order by version", ProcedureVersionRow.class)
                .setParameter("code", code).getResultList().stream()
                .map(r -> r.toVersion(fields.get(r.fieldCode))).toList();
        return new ProcedureHistory(code, versions);
    }

    public List<String> codes() {
        return entityManager.createQuery("select distinct code from ProcedureVersionRow order by code", String.class)
                .getResultList();
    }

    /** Writes the versions of {@code history} that are new, and the end date of the one it closed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void save(ProcedureHistory history, Instant publishedAt) {
        Map<Integer, ProcedureVersionRow> existing = entityManager
                .createQuery("from ProcedureVersionRow where code = :code", ProcedureVersionRow.class)
                .setParameter("code", history.code()).getResultStream()
                .collect(Collectors.toMap(r -> r.version, Function.identity()));
        for (ProcedureVersion v : history.versions()) {
            ProcedureVersionRow row = existing.get(v.version());
            if (row == null) {
                entityManager.persist(ProcedureVersionRow.of(v, publishedAt));
            } else {
                row.validTo = v.validTo();
            }
        }
        entityManager.flush();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(String code) {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtext(:key))")
                .setParameter("key", "procedure:" + code).getSingleResult();
    }

    /**
     * Versions in force on {@code date} matching every word of {@code terms} (accents and case ignored), the
     * field and the level when given; the best matches first.
     */
    public Page<ProcedureVersion> search(SearchTerms terms, String fieldCode, AdministrativeLevel level, LocalDate date,
            PageRequest page) {
        StringBuilder where = new StringBuilder(
                " from procedure_version p where p.valid_from <= :date and (p.valid_to is null or :date < p.valid_to)");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("date", date);
        if (fieldCode != null) {
            where.append(" and p.field_code = :field");
            params.put("field", fieldCode);
        }
        if (level != null) {
            where.append(" and cast(:level as text) = any(p.levels)");
            params.put("level", level.name());
        }
        for (int i = 0; i < terms.words().size(); i++) {
            where.append(" and p.search_key like '%' || motcua_search_key(:w").append(i).append(") || '%'");
            params.put("w" + i, terms.words().get(i));
        }
        long total = ((Number) bind(entityManager.createNativeQuery("select count(*)" + where), params)
                .getSingleResult()).longValue();
        // the exact name first, then names starting with the phrase, containing it; shorter names first
        String order = terms.isEmpty() ? " order by p.code" : " " + """
                 order by case when p.search_key = motcua_search_key(p.code || ' ' || :phrase) then 0
                               when p.search_key like motcua_search_key(p.code || ' ' || :phrase) || '%' then 1
                               when p.search_key like '%' || motcua_search_key(:phrase) || '%' then 2
                               else 3 end, length(p.name), p.code""";
        if (!terms.isEmpty()) {
            params.put("phrase", terms.phrase());
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = page.applyTo(bind(entityManager.createNativeQuery("select p.id" + where + order), params))
                .getResultList();
        return page.of(load(ids.stream().map(Number::longValue).toList()), total);
    }

    private List<ProcedureVersion> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, String> fields = fields();
        Map<Long, ProcedureVersionRow> rows = entityManager
                .createQuery("from ProcedureVersionRow where id in :ids", ProcedureVersionRow.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(r -> r.id, Function.identity()));
        List<ProcedureVersion> ordered = new ArrayList<>(ids.size());
        ids.forEach(id -> ordered.add(rows.get(id).toVersion(fields.get(rows.get(id).fieldCode))));
        return ordered;
    }

    private static Query bind(Query query, Map<String, Object> params) {
        params.forEach(query::setParameter);
        return query;
    }
}
