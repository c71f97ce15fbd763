package vn.motcua.intake.reception;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The daily sequence of dossier codes, one counter row per code prefix (the unit's electronic identifier,
 * which several units may share) and day, incremented by an upsert in the caller's transaction: concurrent
 * receptions with the same prefix wait on the row's lock until the first commits, and a reception that rolls
 * back gives its number back with the rest of its work. So the numbers have no gaps and no duplicates. Take
 * the number last in the transaction, so the lock is held briefly. Imported legacy codes advance the counter
 * ({@link #advancePast}); a number whose code is taken all the same (a code written outside intake) is
 * skipped, so the desk is never stuck on it.
 */
@ApplicationScoped
public class DossierCodeSequence {

    private final EntityManager entityManager;

    DossierCodeSequence(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public DossierCode next(String prefix, LocalDate day) {
        DossierCode code;
        do {
            code = new DossierCode(prefix, day, increment(prefix, day));
        } while (taken(code.toString()));
        return code;
    }

    /**
     * A code given from outside (a legacy import) of the form {@code <prefix>-<YYMMDD>-<sequence>} makes its
     * prefix's counter of that day at least its sequence, so intake never numbers the same code again.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void advancePast(String code) {
        Optional<DossierCode> numbered = DossierCode.parseAnyPrefix(code);
        numbered.ifPresent(c -> raise(c.electronicId(), c.day(), c.sequence()));
    }

    private int increment(String prefix, LocalDate day) {
        return upsert(prefix, day, 1, "dossier_code_counter.last_value + 1");
    }

    private void raise(String prefix, LocalDate day, int atLeast) {
        upsert(prefix, day, atLeast, "greatest(dossier_code_counter.last_value, :first)");
    }

    private int upsert(String prefix, LocalDate day, int first, String onConflict) {
        Number value = (Number) entityManager.createNativeQuery("""
                insert into dossier_code_counter (prefix, day, last_value) values (:prefix, :day, :first)
                on conflict (prefix, day) do update set last_value = %s
                returning last_value""".formatted(onConflict))
                .setParameter("prefix", prefix)
                .setParameter("day", day)
                .setParameter("first", first)
                .getSingleResult();
        return value.intValue();
    }

    private boolean taken(String code) {
        return !entityManager.createNativeQuery("select 1 from dossier where code = :code")
                .setParameter("code", code).getResultList().isEmpty();
    }
}
