package vn.motcua.intake.reception;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.motcua.intake.calendar.UnitCalendars;
import vn.motcua.intake.catalogue.CatalogueRepository;
import vn.motcua.intake.unit.UnitRepository;

/**
 * The row versions of the reference data a reception reads (the desk's unit, the procedure, the unit's calendar),
 * in one round trip instead of one each: the repositories compare them with the snapshots they hold and build again
 * only what another transaction wrote since. Each value is exactly what the repository's own query returns.
 */
@ApplicationScoped
public class ReferenceVersions {

    /** Null where the unit or procedure does not exist. */
    public record Read(String unit, String procedure, String calendar) {
    }

    private static final String QUERY = "select (" + UnitRepository.ROW_VERSIONS + "), (" + CatalogueRepository.ROW_VERSIONS
            + "), (" + UnitCalendars.ROW_VERSIONS + ")";

    private final EntityManager entityManager;

    ReferenceVersions(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Read of(String unitCode, String procedureCode) {
        Object[] row = (Object[]) entityManager.createNativeQuery(QUERY)
                .setParameter("unit", unitCode).setParameter("procedure", procedureCode).getSingleResult();
        return new Read((String) row[0], (String) row[1], (String) row[2]);
    }
}
