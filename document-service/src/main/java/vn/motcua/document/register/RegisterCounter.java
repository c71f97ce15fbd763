package vn.motcua.document.register;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The next number of a series, taken inside the registering transaction: the counter row is
 * created at 1 or incremented, and stays locked until that transaction ends. Concurrent
 * registrations in one series queue on the row; a rolled-back registration gives its number back.
 * So numbers have no gaps and no duplicates.
 */
@ApplicationScoped
public class RegisterCounter {

    private final EntityManager entityManager;

    RegisterCounter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public int next(String unitCode, String issuer, Series series, int year) {
        Object number = entityManager.createNativeQuery("""
                insert into register_counter (unit_code, issuer, series, year, last_number)
                values (:unit, :issuer, :series, :year, 1)
                on conflict (unit_code, issuer, series, year)
                do update set last_number = register_counter.last_number + 1
                returning last_number""")
                .setParameter("unit", unitCode)
                .setParameter("issuer", issuer)
                .setParameter("series", series.name())
                .setParameter("year", year)
                .getSingleResult();
        return ((Number) number).intValue();
    }
}
