package vn.motcua.intake.reception;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.backbone.problem.Problem;
import vn.motcua.backbone.problem.ProblemException;

/**
 * {@code Idempotency-Key} of creating requests: the first request with a key claims it for the dossier it
 * creates, in the same transaction; a retry finds the claim and gets that dossier back. A concurrent retry
 * waits on the key's unique index until the first commits (or rolls back, and then it goes ahead itself).
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_LENGTH = 100;

    private final EntityManager entityManager;

    IdempotencyKeys(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Claims {@code key} within {@code scope} for {@code dossierId}; returns the dossier of an earlier request
     * with the same key and body, if there was one.
     *
     * @throws ProblemException 422 if the key was used for a different request
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UUID> claim(String scope, String key, String requestHash, UUID dossierId) {
        int claimed = entityManager.createNativeQuery("""
                insert into reception_request (scope, idempotency_key, request_hash, dossier_id)
                values (:scope, :key, :hash, :dossier) on conflict do nothing""")
                .setParameter("scope", scope).setParameter("key", key).setParameter("hash", requestHash)
                .setParameter("dossier", dossierId).executeUpdate();
        if (claimed == 1) {
            return Optional.empty();
        }
        Object[] earlier = (Object[]) entityManager.createNativeQuery("""
                select request_hash, dossier_id from reception_request where scope = :scope and idempotency_key = :key""")
                .setParameter("scope", scope).setParameter("key", key).getSingleResult();
        if (!requestHash.equals(earlier[0])) {
            throw new ProblemException(422, "idempotency-key-reused", "Idempotency key reused",
                    "this Idempotency-Key was used for a different request; use a new key for a new dossier",
                    List.of(new Problem.FieldError(HEADER, "already used for a different request")));
        }
        return Optional.of((UUID) earlier[1]);
    }

    /** A key is 1 to 100 visible ASCII characters (a UUID in practice). */
    public static String checked(String key) {
        if (key == null) {
            return null;
        }
        if (key.isEmpty() || key.length() > MAX_LENGTH || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            throw ProblemException.invalid(HEADER, "must be 1 to " + MAX_LENGTH + " visible ASCII characters");
        }
        return key;
    }
}
