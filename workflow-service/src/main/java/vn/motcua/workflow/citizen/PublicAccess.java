package vn.motcua.workflow.citizen;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import vn.motcua.backbone.lookup.LookupSecretHash;
import vn.motcua.backbone.lookup.LookupSecretKey;
import vn.motcua.backbone.problem.ProblemException;
import vn.motcua.workflow.dossier.DossierCase;

/**
 * A citizen's access to their dossier without a token: the dossier code plus the secret printed on the receipt.
 * A wrong secret and an unknown code get the same answer, byte for byte, and cost the same hashing, so the answer
 * does not tell which codes exist. The secret is read as every service reads it ({@link LookupSecretHash}): in any
 * case, with spaces or dashes, O for 0, under the
 * platform's shared key ({@link LookupSecretKey}).
 */
@ApplicationScoped
public class PublicAccess {

    private final EntityManager entityManager;
    private final LookupSecretKey lookupKey;

    PublicAccess(EntityManager entityManager, LookupSecretKey lookupKey) {
        this.entityManager = entityManager;
        this.lookupKey = lookupKey;
    }

    /** The dossier {@code code} if {@code secret} is its lookup secret; 404 otherwise. */
    public DossierCase verified(String code, String secret) {
        List<DossierCase> found = entityManager.createQuery("from DossierCase where code = :code", DossierCase.class)
                .setParameter("code", code).getResultList();
        String stored = found.isEmpty() ? null : found.get(0).lookupSecretHash;
        if (!lookupKey.matches(stored, code, secret)) {
            // says nothing about the code, so both cases read the same
            throw new ProblemException(404, "not-found", "Not found",
                    "no dossier matches this code and lookup secret", List.of());
        }
        return found.get(0);
    }
}
