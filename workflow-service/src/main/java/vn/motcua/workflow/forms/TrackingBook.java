package vn.motcua.workflow.forms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.workflow.dossier.DossierStatus;
import vn.motcua.workflow.dossier.Instants;
import vn.motcua.workflow.procedure.ProcedureNames;

/**
 * Form 06 (Circular 01/2018), the tracking book (sổ theo dõi hồ sơ) of a unit: the dossiers it received in a period
 * (by day of receipt in Vietnam), oldest first, each with its procedure, the applicant (by initials: the name,
 * address and telephone stay with intake), the receipt and the appointment, the hand-off to processing, the
 * return of the result and a note on how it stands.
 */
@ApplicationScoped
public class TrackingBook {

    /** One line of the book. */
    public record Entry(String code, String procedureName, String applicantInitials, Instant receivedAt,
            Instant appointedAt, Instant dueAt, Instant transferredAt, Instant returnedAt, DossierStatus status,
            int extensions) {
    }

    /** The book of {@code unitName} from {@code from} to {@code to}, both included. */
    public record Book(String unitCode, String unitName, String parentUnitName, LocalDate from, LocalDate to,
            Instant printedAt, List<Entry> entries) {
    }

    private final EntityManager entityManager;
    private final ProcedureNames procedures;

    TrackingBook(EntityManager entityManager, ProcedureNames procedures) {
        this.entityManager = entityManager;
        this.procedures = procedures;
    }

    /** The entries of the dossiers {@code unitCode} received from {@code from} to {@code to}, both included. */
    public List<Entry> entries(String unitCode, LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select c.code, c.procedure_code, c.procedure_version, c.applicant_initials, c.received_at,
                    c.original_due_at, c.due_at, c.status, c.extensions,
                    (select min(t.at) from dossier_timeline t where t.dossier_id = c.id and t.action = 'ASSIGN'),
                    (select max(t.at) from dossier_timeline t where t.dossier_id = c.id and t.action = 'RETURN_RESULT')
                from dossier_case c
                where c.unit_code = :unit and c.received_at >= :from and c.received_at < :to
                order by c.received_at, c.code""")
                .setParameter("unit", unitCode)
                .setParameter("from", from.atStartOfDay(WorkingCalendar.ZONE).toInstant())
                .setParameter("to", to.plusDays(1).atStartOfDay(WorkingCalendar.ZONE).toInstant())
                .getResultList();
        return rows.stream().map(r -> {
            String procedureCode = (String) r[1];
            int version = ((Number) r[2]).intValue();
            return new Entry((String) r[0], procedures.nameOf(procedureCode, version).orElse(procedureCode),
                    (String) r[3], Instants.of(r[4]), r[5] == null ? Instants.of(r[6]) : Instants.of(r[5]),
                    Instants.of(r[6]), r[9] == null ? null : Instants.of(r[9]),
                    r[10] == null ? null : Instants.of(r[10]), DossierStatus.ofNationalCode(((Number) r[7]).intValue()),
                    ((Number) r[8]).intValue());
        }).toList();
    }
}
