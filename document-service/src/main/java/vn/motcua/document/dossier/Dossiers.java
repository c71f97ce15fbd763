package vn.motcua.document.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import vn.motcua.backbone.lookup.LookupSecretKey;
import vn.motcua.backbone.problem.ProblemException;

/** The dossiers this service has heard of, and the unit rule: another unit's dossier does not exist for you. */
@ApplicationScoped
public class Dossiers {

    private final EntityManager entityManager;
    private final LookupSecretKey lookupKey;

    Dossiers(EntityManager entityManager, LookupSecretKey lookupKey) {
        this.entityManager = entityManager;
        this.lookupKey = lookupKey;
    }

    /**
     * The dossier for its applicant, who proves it with the lookup secret printed on the receipt (or shown at
     * online submission). A wrong secret and an unknown dossier both answer 404: nothing tells them apart.
     */
    public KnownDossier requireWithSecret(String code, String secret) {
        KnownDossier dossier = find(code).orElse(null);
        if (!lookupKey.matches(dossier == null ? null : dossier.lookupSecretHash, code, secret)) {
            throw ProblemException.notFound("dossier", code);
        }
        return dossier;
    }

    /**
     * The dossier for the citizen account that submitted it online (token subject {@code subject}): 404 for every
     * other caller, for a dossier submitted without an account, and for an unknown code alike.
     */
    public KnownDossier requireOwnedBy(String code, String subject) {
        KnownDossier dossier = find(code).orElse(null);
        if (!lookupKey.isOwner(dossier == null ? null : dossier.ownerHash, subject)) {
            throw ProblemException.notFound("dossier", code);
        }
        return dossier;
    }

    public Optional<KnownDossier> find(String code) {
        return Optional.ofNullable(entityManager.find(KnownDossier.class, code));
    }

    /** The dossier if it is held by {@code unitCode}; 404 otherwise, also while its receipt event is on its way. */
    public KnownDossier requireHeldBy(String code, String unitCode) {
        return find(code).filter(d -> d.unitCode.equals(unitCode))
                .orElseThrow(() -> ProblemException.notFound("dossier", code));
    }

    /** 409 unless the dossier was submitted online and the desk has not yet accepted, refused or sent it back. */
    public static void requireAwaitingDesk(KnownDossier dossier) {
        if (!dossier.awaitingDesk) {
            throw ProblemException.conflict("dossier-not-awaiting-desk", "dossier " + dossier.code
                    + " is not waiting for the desk: the applicant's files are taken with an online submission "
                    + "until the desk accepts, refuses or sends it back");
        }
    }

    /** In the caller's transaction: the dossier held (shared lock) while it still waits for the desk; 409 otherwise. */
    public KnownDossier lockAwaitingDesk(String code) {
        KnownDossier dossier = entityManager.find(KnownDossier.class, code, LockModeType.PESSIMISTIC_READ);
        if (dossier == null) {
            throw ProblemException.notFound("dossier", code);
        }
        requireAwaitingDesk(dossier);
        return dossier;
    }
}
