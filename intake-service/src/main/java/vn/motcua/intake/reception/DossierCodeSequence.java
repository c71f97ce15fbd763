package vn.motcua.intake.reception;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/**
 * The daily sequence of a unit's dossier codes. One counter row per unit and day, incremented by an
 * upsert in the caller's transaction: concurrent receptions of the same unit wait on the row's lock until
 * the first commits, and a reception that rolls back gives its number back with the rest of its work. So
 * the numbers have no gaps and no duplicates. Take the number last in the transaction, so the lock is held
 * briefly.
 */
@ApplicationScoped
public class DossierCodeSequence {

    private final EntityManager entityManager;

    DossierCodeSequence(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public int next(String unitCode, LocalDate day) {
        Number value = (Number) entityManager.createNativeQuery("""
                insert into dossier_code_counter (unit_code, day, last_value) values (:unit, :day, 1)
                on conflict (unit_code, day) do update set last_value = dossier_code_counter.last_value + 1
                returning last_value""")
                .setParameter("unit", unitCode)
                .setParameter("day", day)
                .getSingleResult();
        return value.intValue();
    }
}
