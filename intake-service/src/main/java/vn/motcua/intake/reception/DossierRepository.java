package vn.motcua.intake.reception;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.exception.ConstraintViolationException;
import vn.motcua.backbone.problem.ProblemException;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.backbone.paging.Page;
import vn.motcua.backbone.paging.PageRequest;

/** Dossiers in the database, always scoped by unit for the desk. */
@ApplicationScoped
public class DossierRepository {

    /** PostgreSQL's name for {@code code TEXT UNIQUE} of V1__intake_schema.sql. */
    private static final String CODE_UNIQUE = "dossier_code_key";

    private final EntityManager entityManager;

    DossierRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<Dossier> find(UUID id) {
        return Optional.ofNullable(entityManager.find(Dossier.class, id));
    }

    /** Another unit's dossier answers 404 like a missing one, so that its existence does not leak. */
    public Dossier ofUnit(UUID id, String unitCode) {
        return find(id).filter(d -> d.unitCode.equals(unitCode))
                .orElseThrow(() -> ProblemException.notFound("dossier", id));
    }

    /** The dossiers submitted online from one citizen account, newest first. */
    public java.util.List<Dossier> ownedBy(String ownerSubject, int limit) {
        return entityManager.createQuery("from Dossier where ownerSubject = :owner order by submittedAt desc, id",
                        Dossier.class)
                .setParameter("owner", ownerSubject).setMaxResults(limit).getResultList();
    }

    public Optional<Dossier> byCode(String code) {
        return entityManager.createQuery("from Dossier where code = :code", Dossier.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    /**
     * Writes the dossier now, so that a code taken meanwhile (by a concurrent import of a legacy code) answers
     * a 409 naming the code instead of failing at commit with a 500.
     */
    public void persist(Dossier dossier) {
        entityManager.persist(dossier);
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            // Hibernate throws its ConstraintViolationException bare or wrapped, depending on the path
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof ConstraintViolationException violation
                        && CODE_UNIQUE.equalsIgnoreCase(violation.getConstraintName())) {
                    throw codeTaken(dossier.code);
                }
            }
            throw e;
        }
    }

    /** The stable answer to a dossier code that belongs to another dossier already. */
    public static ProblemException codeTaken(String code) {
        return ProblemException.conflict("dossier-code-taken", "dossier code " + code
                + " already belongs to another dossier; nothing was stored");
    }

    public Page<Dossier> list(String unitCode, DossierStatus status, LocalDate from, LocalDate to, PageRequest page) {
        String where = " from Dossier where unitCode = :unit and decidedAt >= :from and decidedAt < :to"
                + (status == null ? "" : " and status = :status");
        var count = entityManager.createQuery("select count(*)" + where, Long.class);
        var items = entityManager.createQuery(where + " order by decidedAt desc, id", Dossier.class);
        for (var query : List.of(count, items)) {
            query.setParameter("unit", unitCode).setParameter("from", startOf(from)).setParameter("to", startOf(to.plusDays(1)));
            if (status != null) {
                query.setParameter("status", status);
            }
        }
        return page.of(page.applyTo(items).getResultList(), count.getSingleResult());
    }

    /** Outcomes of a unit between two days (inclusive), by status and channel. */
    public Map<String, Long> counts(String unitCode, LocalDate from, LocalDate to) {
        List<Object[]> rows = entityManager.createQuery("""
                select status, channel, count(*) from Dossier
                where unitCode = :unit and decidedAt >= :from and decidedAt < :to group by status, channel""", Object[].class)
                .setParameter("unit", unitCode).setParameter("from", startOf(from)).setParameter("to", startOf(to.plusDays(1)))
                .getResultList();
        return rows.stream().collect(Collectors.toMap(r -> r[0] + "/" + r[1], r -> (Long) r[2]));
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(WorkingCalendar.ZONE).toInstant();
    }
}
