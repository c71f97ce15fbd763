package vn.motcua.workflow.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.motcua.calendar.DueDate;
import vn.motcua.calendar.Pause;
import vn.motcua.calendar.TimelinessRule;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.contracts.dossier.Timeliness;
import vn.motcua.workflow.config.Calendars;

/**
 * The legs of a dossier's steps (the process-control sheet, form 05): opening a step with its deadline, ending it
 * with a hand-off and its timeliness. A step's deadline is its share of the dossier's working time, counted with
 * the shared {@link WorkingCalendar} (with the unit's hours) from the next working instant; a supplement pause moves it like the due date.
 */
@ApplicationScoped
public class Steps {

    /**
     * One leg of a step, open or ended. The names are people's names as their tokens said at the time (empty for
     * legs written before names were kept, and for a holder who has not acted here yet).
     */
    public record Leg(long id, int stepNumber, String stepName, String role, String holder, HolderKind holderKind,
            String handedBy, Instant startedAt, Instant dueAt, Optional<Instant> endedAt, Optional<String> endedBy,
            Optional<String> endedWith, Optional<Timeliness> timeliness, Optional<String> holderName,
            Optional<String> handedByName, Optional<String> endedByName) {
    }

    private final EntityManager entityManager;
    private final Calendars calendars;
    private final TimelinessRule timeliness;

    Steps(EntityManager entityManager, Calendars calendars, TimelinessRule timeliness) {
        this.entityManager = entityManager;
        this.calendars = calendars;
        this.timeliness = timeliness;
    }

    /** The deadline of step {@code number} of {@code definition} started at {@code start}. */
    public Instant deadline(ProcessingDefinition definition, int number, DossierCase dossier, Instant start) {
        return deadline(definition, number, Duration.ofMinutes(dossier.totalWorkingMinutes), calendars.of(dossier),
                start);
    }

    /** The deadline of step {@code number} of a dossier whose working time is {@code total} on {@code calendar}. */
    public static Instant deadline(ProcessingDefinition definition, int number, Duration total,
            WorkingCalendar calendar, Instant start) {
        Duration share = definition.shareOf(number, total);
        return calendar.addWorkingTime(calendar.nextWorkingInstant(start), share);
    }

    /** A leg to open: step {@code number} ({@code step}) of dossier {@code dossierId}, with its deadline. */
    public record Opening(String dossierId, int number, ProcessingStep step, String holder, String holderName,
            HolderKind kind, String handedBy, String handedByName, Instant at, Instant due) {
    }

    /** Opens the legs, one per dossier, in one round trip (a consumer's batch of new cases). */
    public void openAll(List<Opening> legs) {
        BatchedStatements.execute(entityManager, """
                insert into dossier_step (dossier_id, step_number, step_name, role, holder, holder_kind, handed_by,
                    started_at, due_at, holder_name, handed_by_name)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", legs.stream().map(leg -> new Object[] {leg.dossierId(),
                        leg.number(), leg.step().name(), leg.step().role(), leg.holder(), leg.kind().name(),
                        leg.handedBy(), leg.at(), leg.due(), leg.holderName(), leg.handedByName()}).toList());
    }

    /**
     * Starts step {@code number}, held by {@code holder} (named {@code holderName} when known), handed on by
     * {@code handedBy} (named {@code handedByName}); returns the leg. The dossier itself is not changed.
     */
    public Leg open(DossierCase dossier, ProcessingDefinition definition, int number, String holder,
            String holderName, HolderKind kind, String handedBy, String handedByName, Instant at) {
        Instant due = deadline(definition, number, dossier, at);
        openAll(List.of(new Opening(dossier.id, number, definition.step(number), holder, holderName, kind, handedBy,
                handedByName, at, due)));
        return open(dossier.id).orElseThrow();
    }

    /** Ends the open leg, if any, judging it against its deadline; returns it as ended. */
    public Optional<Leg> end(DossierCase dossier, Action with, String actor, String actorName, Instant at) {
        Optional<Leg> open = open(dossier.id);
        open.ifPresent(leg -> entityManager.createNativeQuery("""
                update dossier_step set ended_at = :at, ended_by = :by, ended_with = :with, timeliness = :timeliness,
                    ended_by_name = :byName
                where id = :id""")
                .setParameter("at", at).setParameter("by", actor).setParameter("with", with.name())
                .setParameter("byName", actorName)
                .setParameter("timeliness", timeliness.classify(at, leg.dueAt()).name()).setParameter("id", leg.id())
                .executeUpdate());
        return open.map(leg -> legs(dossier.id, "and id = " + leg.id()).get(0));
    }

    /** The open leg's deadline moves by the working time of {@code pause}, as the dossier's due date does. */
    public void pause(DossierCase dossier, Pause pause) {
        open(dossier.id).ifPresent(leg -> {
            DueDate moved = calendars.of(dossier).extend(new DueDate(leg.dueAt(), leg.dueAt(), Duration.ZERO), pause);
            entityManager.createNativeQuery("update dossier_step set due_at = :due where id = :id")
                    .setParameter("due", moved.at()).setParameter("id", leg.id()).executeUpdate();
        });
    }

    public Optional<Leg> open(String dossierId) {
        return legs(dossierId, "and ended_at is null").stream().findFirst();
    }

    /** Every leg of the dossier, in order. */
    public List<Leg> all(String dossierId) {
        return legs(dossierId, "");
    }

    private List<Leg> legs(String dossierId, String condition) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select id, step_number, step_name, role, holder, holder_kind, handed_by, started_at, due_at, ended_at,
                    ended_by, ended_with, timeliness, holder_name, handed_by_name, ended_by_name
                from dossier_step where dossier_id = :id %s order by id""".formatted(condition))
                .setParameter("id", dossierId).getResultList();
        return rows.stream().map(r -> new Leg(((Number) r[0]).longValue(), ((Number) r[1]).intValue(), (String) r[2],
                (String) r[3], (String) r[4], HolderKind.valueOf((String) r[5]), (String) r[6], Instants.of(r[7]),
                Instants.of(r[8]), Optional.ofNullable(r[9]).map(Instants::of), Optional.ofNullable((String) r[10]),
                Optional.ofNullable((String) r[11]), Optional.ofNullable((String) r[12]).map(Timeliness::valueOf),
                Optional.ofNullable((String) r[13]), Optional.ofNullable((String) r[14]),
                Optional.ofNullable((String) r[15])))
                .toList();
    }
}
