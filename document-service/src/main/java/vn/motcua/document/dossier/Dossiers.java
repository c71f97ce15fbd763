package vn.motcua.document.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import vn.motcua.backbone.problem.ProblemException;

/** The dossiers this service has heard of, and the unit rule: another unit's dossier does not exist for you. */
@ApplicationScoped
public class Dossiers {

    private final EntityManager entityManager;

    Dossiers(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<KnownDossier> find(String code) {
        return Optional.ofNullable(entityManager.find(KnownDossier.class, code));
    }

    /** The dossier if it is held by {@code unitCode}; 404 otherwise, also while its receipt event is on its way. */
    public KnownDossier requireHeldBy(String code, String unitCode) {
        return find(code).filter(d -> d.unitCode.equals(unitCode))
                .orElseThrow(() -> ProblemException.notFound("dossier", code));
    }
}
