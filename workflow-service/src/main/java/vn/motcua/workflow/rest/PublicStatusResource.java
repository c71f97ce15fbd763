package vn.motcua.workflow.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import vn.motcua.backbone.problem.ProblemException;
import vn.motcua.workflow.dossier.DossierCase;

/**
 * Status lookup for citizens, without a token: dossier code + the secret printed on the receipt. A wrong secret
 * answers exactly as an unknown code. No personal data is returned. The secret travels in the body, not the URL,
 * so it stays out of access logs.
 */
@Path("/api/v1/public/status")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PublicStatusResource {

    public record Lookup(@NotBlank String code, @NotBlank String secret) {
    }

    public record PublicStatus(String code, String status, int nationalStatus, Instant appointedAt) {
    }

    private final EntityManager entityManager;

    PublicStatusResource(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @POST
    @PermitAll
    public PublicStatus lookup(@Valid @NotNull Lookup lookup) {
        DossierCase dossier = entityManager.createQuery("from DossierCase where code = :code", DossierCase.class)
                .setParameter("code", lookup.code()).getResultStream().findFirst().orElse(null);
        String stored = dossier == null ? null : dossier.lookupSecretHash;
        byte[] offered = ("sha256:" + sha256(lookup.code() + ":" + lookup.secret())).getBytes(StandardCharsets.UTF_8);
        byte[] expected = (stored == null ? "" : stored).getBytes(StandardCharsets.UTF_8);
        if (dossier == null || stored == null || !MessageDigest.isEqual(offered, expected)) {
            throw ProblemException.notFound("dossier", lookup.code());
        }
        return new PublicStatus(dossier.code, dossier.status().name(), dossier.status, dossier.dueAt);
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
