package vn.motcua.workflow.citizen;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import vn.motcua.backbone.problem.ProblemException;
import vn.motcua.workflow.dossier.DossierCase;

/**
 * A citizen's access to their dossier without a token: the dossier code plus the secret printed on the receipt.
 * A wrong secret and an unknown code get the same answer, byte for byte, and cost the same hashing, so the answer
 * does not tell which codes exist.
 */
@ApplicationScoped
public class PublicAccess {

    private final EntityManager entityManager;

    PublicAccess(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The dossier {@code code} if {@code secret} is its lookup secret; 404 otherwise. */
    public DossierCase verified(String code, String secret) {
        List<DossierCase> found = entityManager.createQuery("from DossierCase where code = :code", DossierCase.class)
                .setParameter("code", code).getResultList();
        String stored = found.isEmpty() || found.get(0).lookupSecretHash == null ? "" : found.get(0).lookupSecretHash;
        byte[] offered = ("sha256:" + sha256(code + ":" + secret)).getBytes(StandardCharsets.UTF_8);
        if (stored.isEmpty() || !MessageDigest.isEqual(offered, stored.getBytes(StandardCharsets.UTF_8))) {
            // says nothing about the code, so both cases read the same
            throw new ProblemException(404, "not-found", "Not found",
                    "no dossier matches this code and lookup secret", List.of());
        }
        return found.get(0);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
