package vn.motcua.intake.reception;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Optional;
import vn.motcua.backbone.audit.Audit;

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
        return next(prefix, day, null);
    }

    /**
     * The next number, with the audit entry of the action that takes it written by the same statement (null: none):
     * one round trip fewer for a reception, whose entry would otherwise be a statement of its own.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public DossierCode next(String prefix, LocalDate day, Audit.Pending entry) {
        Object[] next = incrementAndCheck(prefix, day, entry);
        while ((Boolean) next[1]) {
            next = incrementAndCheck(prefix, day, null);
        }
        return new DossierCode(prefix, day, ((Number) next[0]).intValue());
    }

    /**
     * The next number and whether its code is taken, in one round trip: receptions of the prefix wait on this
     * row from here to their commit. The code is {@link DossierCode#toString()}'s: the number on 4 digits or more.
     */
    private Object[] incrementAndCheck(String prefix, LocalDate day, Audit.Pending entry) {
        String audit = entry == null ? "" : "audit as (" + Audit.INSERT + "), ";
        Query query = entityManager.createNativeQuery("with " + audit + """
                counter as (
                    insert into dossier_code_counter (prefix, day, last_value) values (:prefix, :day, 1)
                    on conflict (prefix, day) do update set last_value = dossier_code_counter.last_value + 1
                    returning last_value)
                select last_value, exists (select 1 from dossier
                    where code = :stem || lpad(last_value::text, greatest(4, length(last_value::text)), '0'))
                from counter""")
                .setParameter("prefix", prefix)
                .setParameter("day", day)
                .setParameter("stem", DossierCode.stem(prefix, day));
        return (Object[]) (entry == null ? query : Audit.bind(query, entry)).getSingleResult();
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
}
