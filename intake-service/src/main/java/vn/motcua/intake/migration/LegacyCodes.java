package vn.motcua.intake.migration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.Session;
import vn.motcua.intake.reception.DossierCode;

/**
 * {@code DossierCodeSequence.advancePast} for a whole batch of legacy codes: each code prefix and day's counter is
 * raised to the batch's highest number, in one JDBC batch instead of one upsert per record.
 */
@ApplicationScoped
class LegacyCodes {

    private record PrefixDay(String prefix, LocalDate day) {
    }

    private static final Comparator<PrefixDay> ORDER = Comparator.comparing(PrefixDay::prefix)
            .thenComparing(PrefixDay::day);

    private final EntityManager entityManager;

    LegacyCodes(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void advancePast(Collection<String> codes) {
        // in one order, so that two batches raising the same counters cannot deadlock
        Map<PrefixDay, Integer> highest = new TreeMap<>(ORDER);
        for (String code : codes) {
            DossierCode.parseAnyPrefix(code).ifPresent(c ->
                    highest.merge(new PrefixDay(c.electronicId(), c.day()), c.sequence(), Math::max));
        }
        if (highest.isEmpty()) {
            return;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    insert into dossier_code_counter (prefix, day, last_value) values (?, ?, ?)
                    on conflict (prefix, day) do update
                    set last_value = greatest(dossier_code_counter.last_value, excluded.last_value)""")) {
                for (Map.Entry<PrefixDay, Integer> e : highest.entrySet()) {
                    upsert.setString(1, e.getKey().prefix());
                    upsert.setObject(2, e.getKey().day());
                    upsert.setInt(3, e.getValue());
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
        });
    }
}
