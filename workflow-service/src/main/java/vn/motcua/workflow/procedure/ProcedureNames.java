package vn.motcua.workflow.procedure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Optional;
import vn.motcua.contracts.reference.ProcedurePublished;

/**
 * The names of the catalogue's procedures, from intake's publications on {@code motcua.reference}, for papers
 * people read (form 05): a dossier is named by the version it was received under.
 */
@ApplicationScoped
public class ProcedureNames {

    private final EntityManager entityManager;

    ProcedureNames(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Keeps every version's name; a publication carries all of them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replace(ProcedurePublished procedure) {
        for (ProcedurePublished.Version version : procedure.versions()) {
            entityManager.createNativeQuery("""
                    insert into published_procedure (code, version, name, field_name) values (:code, :v, :name, :field)
                    on conflict (code, version) do update set name = excluded.name, field_name = excluded.field_name""")
                    .setParameter("code", procedure.code()).setParameter("v", version.version())
                    .setParameter("name", version.name()).setParameter("field", version.fieldName())
                    .executeUpdate();
        }
    }

    /** The name of {@code code} in {@code version}, else in its latest known version; empty when never published. */
    public Optional<String> nameOf(String code, int version) {
        return entityManager.createNativeQuery("""
                select name from published_procedure where code = :code
                order by (version = :v) desc, version desc limit 1""", String.class)
                .setParameter("code", code).setParameter("v", version)
                .getResultStream().findFirst().map(String.class::cast);
    }
}
