package vn.motcua.intake.migration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;
import vn.motcua.backbone.audit.Audit;
import vn.motcua.backbone.problem.Problem.FieldError;
import vn.motcua.backbone.problem.ProblemException;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.intake.calendar.UnitCalendars;
import vn.motcua.intake.catalogue.CatalogueRepository;
import vn.motcua.intake.catalogue.ProcedureHistory;
import vn.motcua.intake.catalogue.ProcedureVersion;
import vn.motcua.intake.reception.Dossier;
import vn.motcua.intake.reception.DossierStatus;
import vn.motcua.intake.unit.UnitHistory;
import vn.motcua.intake.unit.UnitRepository;
import vn.motcua.intake.unit.UnitVersion;

/**
 * Imports a batch of legacy records (up to {@code motcua.migration.max-batch}) in one transaction: every record is
 * checked first and any problem refuses the whole batch, listing each bad record by its index ({@code [7].outcome});
 * records imported before (same {@code legacyId}) are skipped. The rest is written with a handful of statements
 * per batch (batched inserts, one flush), not a round of statements per record.
 */
@ApplicationScoped
public class LegacyBatches {

    private static final Logger LOG = Logger.getLogger(LegacyBatches.class);

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final Validator validator;
    private final MigrationService single;
    private final UnitRepository units;
    private final CatalogueRepository catalogue;
    private final UnitCalendars calendars;
    private final LegacyCodes codes;
    private final Audit audit;
    private final int maxBatch;

    LegacyBatches(EntityManager entityManager, ObjectMapper json, Validator validator, MigrationService single,
            UnitRepository units, CatalogueRepository catalogue, UnitCalendars calendars, LegacyCodes codes,
            Audit audit, @ConfigProperty(name = "motcua.migration.max-batch", defaultValue = "1000") int maxBatch) {
        this.entityManager = entityManager;
        this.json = json;
        this.validator = validator;
        this.single = single;
        this.units = units;
        this.catalogue = catalogue;
        this.calendars = calendars;
        this.codes = codes;
        this.audit = audit;
        this.maxBatch = maxBatch;
    }

    /** One record's fate, at its index in the batch. */
    public record Outcome(int index, String legacyId, String id, String code, String status, boolean created) {
    }

    public record Result(int imported, int skipped, List<Outcome> records) {
    }

    /** A record that passed every check, with the reference data it was checked against. */
    private record Checked(int index, LegacyDossier record, UnitVersion unit, ProcedureVersion procedure,
            LocalDate day) {
    }

    @Transactional
    public Result importBatch(List<JsonNode> body, String userId) {
        if (body == null || body.isEmpty() || body.size() > maxBatch) {
            throw ProblemException.invalid("body", (body == null ? 0 : body.size()) + " records: send a JSON array "
                    + "of 1 to " + maxBatch + " legacy records");
        }
        List<FieldError> wrong = new ArrayList<>();
        List<LegacyDossier> records = read(body, wrong);
        Map<String, Dossier> earlier = lockAndFindEarlier(records);
        List<Checked> fresh = check(records, earlier, wrong);
        failIfAny(wrong, body.size());
        Map<String, Dossier> created = write(fresh, userId);
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            String legacyId = records.get(i).legacyId();
            Dossier d = created.get(legacyId);
            boolean isNew = d != null;
            d = isNew ? d : earlier.get(legacyId);
            outcomes.add(new Outcome(i, legacyId, d.id.toString(), d.code, d.status.name(), isNew));
        }
        LOG.debugf("Imported a batch of %d legacy records: %d new, %d skipped", records.size(), created.size(),
                records.size() - created.size());
        return new Result(created.size(), records.size() - created.size(), outcomes);
    }

    /**
     * Each element as a record, or null with what keeps it from being one in {@code wrong}; a legacyId or code twice
     * in the batch is wrong.
     */
    private List<LegacyDossier> read(List<JsonNode> body, List<FieldError> wrong) {
        List<LegacyDossier> records = new ArrayList<>();
        Map<String, Integer> legacyIds = new HashMap<>();
        Map<String, Integer> codesSeen = new HashMap<>();
        for (int i = 0; i < body.size(); i++) {
            String at = "[" + i + "]";
            JsonNode node = body.get(i);
            if (node == null || !node.isObject()) {
                wrong.add(new FieldError(at, "is not a legacy record (a JSON object)"));
                records.add(null);
                continue;
            }
            LegacyDossier record;
            try {
                record = json.treeToValue(node, LegacyDossier.class);
            } catch (JsonProcessingException e) {
                wrong.add(new FieldError(at + pathOf(e), e.getOriginalMessage()));
                records.add(null);
                continue;
            }
            int before = wrong.size();
            for (ConstraintViolation<LegacyDossier> v : validator.validate(record)) {
                wrong.add(new FieldError(at + "." + v.getPropertyPath(), v.getMessage()));
            }
            Integer first = record.legacyId() == null ? null : legacyIds.putIfAbsent(record.legacyId(), i);
            if (first != null) {
                wrong.add(new FieldError(at + ".legacyId", record.legacyId() + " is also record [" + first + "]'s"));
            }
            Integer firstCode = record.code() == null ? null : codesSeen.putIfAbsent(record.code(), i);
            if (firstCode != null) {
                wrong.add(new FieldError(at + ".code", record.code() + " is also record [" + firstCode + "]'s"));
            }
            // a record whose shape is wrong is not checked further; the others are, so every problem is listed
            records.add(wrong.size() == before ? record : null);
        }
        return records;
    }

    /**
     * Two imports of one legacy record at once: the second waits on its lock, then finds the first. The locks are
     * taken in one statement, in a fixed order, so two batches sharing records cannot deadlock.
     */
    private Map<String, Dossier> lockAndFindEarlier(List<LegacyDossier> records) {
        List<String> ids = records.stream().filter(r -> r != null).map(LegacyDossier::legacyId).sorted().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        entityManager.createNativeQuery("""
                select count(*) from (select pg_advisory_xact_lock(hashtextextended('legacy:' || id, 8))
                    from (select unnest(string_to_array(:ids, chr(31))) as id order by 1) ids) locked""")
                .setParameter("ids", String.join("\u001f", ids)).getSingleResult();
        return entityManager.createQuery("from Dossier where legacyId in :ids", Dossier.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(d -> d.legacyId, d -> d));
    }

    /** The records not imported before, checked like the single endpoint checks one; problems go to {@code wrong}. */
    private List<Checked> check(List<LegacyDossier> records, Map<String, Dossier> earlier, List<FieldError> wrong) {
        Map<String, Optional<UnitHistory>> unitHistories = new HashMap<>();
        Map<String, ProcedureHistory> procedureHistories = new HashMap<>();
        List<Checked> fresh = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            LegacyDossier record = records.get(i);
            if (record == null || earlier.containsKey(record.legacyId())) {
                continue;
            }
            String at = "[" + i + "].";
            int before = wrong.size();
            single.instantProblems(record).forEach(f -> wrong.add(new FieldError(at + f.field(), f.message())));
            LocalDate day = record.receivedAt().toInstant().atZone(WorkingCalendar.ZONE).toLocalDate();
            Optional<UnitVersion> unit = unitHistories.computeIfAbsent(record.unitCode(), units::history)
                    .flatMap(h -> h.validOn(day));
            if (unit.isEmpty()) {
                wrong.add(new FieldError(at + "unitCode", "no unit " + record.unitCode() + " in force on " + day));
                continue;
            }
            ProcedureHistory procedures = procedureHistories.computeIfAbsent(record.procedureCode(),
                    catalogue::history);
            procedureProblem(procedures, record.procedureCode(), day, unit.get())
                    .ifPresent(problem -> wrong.add(new FieldError(at + "procedureCode", problem)));
            if (record.code() == null && !record.refused() && unit.get().electronicId() == null) {
                wrong.add(new FieldError(at + "code", "unit " + record.unitCode() + " has no electronic identifier "
                        + "to number the dossier; give the legacy code"));
            }
            if (wrong.size() == before) {
                fresh.add(new Checked(i, record, unit.get(), procedures.validOn(day).orElseThrow(), day));
            }
        }
        codesTaken(fresh, wrong);
        return fresh;
    }

    /** ReceptionChecks.procedure's rule, on a history read once per batch; empty when the procedure applies. */
    private static Optional<String> procedureProblem(ProcedureHistory history, String code, LocalDate day,
            UnitVersion unit) {
        if (history.versions().isEmpty()) {
            return Optional.of("unknown procedure " + code);
        }
        Optional<ProcedureVersion> version = history.validOn(day);
        if (version.isEmpty()) {
            return Optional.of("procedure " + code + " is not in force on " + day);
        }
        if (!version.get().resolvesAt(unit.level())) {
            return Optional.of("procedure " + code + " is resolved at " + version.get().levels() + " level, not by a "
                    + unit.level() + " desk");
        }
        return Optional.empty();
    }

    private void codesTaken(List<Checked> fresh, List<FieldError> wrong) {
        Map<String, Integer> byCode = new HashMap<>();
        fresh.stream().filter(c -> c.record().code() != null).forEach(c -> byCode.put(c.record().code(), c.index()));
        if (byCode.isEmpty()) {
            return;
        }
        entityManager.createQuery("select code from Dossier where code in :codes", String.class)
                .setParameter("codes", byCode.keySet()).getResultList()
                .forEach(code -> wrong.add(new FieldError("[" + byCode.get(code) + "].code", "dossier code " + code
                        + " already belongs to another dossier")));
    }

    /** Writes the checked records with batched inserts and one flush; by legacyId. */
    private Map<String, Dossier> write(List<Checked> fresh, String userId) {
        Map<String, Dossier> created = new HashMap<>();
        if (fresh.isEmpty()) {
            return created;
        }
        entityManager.unwrap(Session.class).setJdbcBatchSize(Math.min(fresh.size(), 500));
        // Batches write one at a time (checking runs in parallel): a batch takes many day counters, some raised past
        // legacy codes and some numbering records without one, so two batches writing at once took the same
        // counters in different orders and deadlocked (import-test.sh: 280 deadlocks, 6,000 lines failed). A desk
        // reception takes one counter only, so it cannot close a cycle with a batch.
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtext('legacy-batch-write'))")
                .getSingleResult();
        // intake must never number these codes itself
        codes.advancePast(fresh.stream().map(c -> c.record().code()).filter(code -> code != null).toList());
        Map<String, UnitCalendars.Effective> calendarOfUnit = new HashMap<>();
        Map<String, UnitCalendars.Stored> hoursOf = new HashMap<>();
        List<Dossier> dossiers = new ArrayList<>();
        for (Checked c : fresh) {
            Dossier d = single.newDossier(c.record(), c.unit(), c.procedure(), userId);
            if (d.status != DossierStatus.REFUSED) {
                UnitCalendars.Effective calendar = calendarOfUnit.computeIfAbsent(c.unit().code(), calendars::forUnit);
                single.receive(d, c.procedure(), calendar, c.day(), c.unit());
            }
            entityManager.persist(d);
            dossiers.add(d);
            created.put(d.legacyId, d);
        }
        for (int i = 0; i < fresh.size(); i++) {
            Dossier d = dossiers.get(i);
            if (d.status == DossierStatus.REFUSED) {
                single.announceRefused(d);
            } else {
                single.announceReceived(d, fresh.get(i).procedure(),
                        hoursOf.computeIfAbsent(d.calendarId, calendars::hoursText));
                single.announceHistory(d, fresh.get(i).record(), userId);
            }
        }
        audit.recordAll("dossier.imported", dossiers.stream()
                .map(d -> new Audit.Entry(d.id.toString(), MigrationService.auditReason(d))).toList());
        flush();
        return created;
    }

    private void flush() {
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof ConstraintViolationException) {
                    // a concurrent import took one of the codes between the check and the insert
                    throw ProblemException.conflict("dossier-code-taken", "a dossier code of this batch was taken "
                            + "by another import meanwhile; nothing of the batch was stored, send it again");
                }
            }
            throw e;
        }
    }

    private static void failIfAny(List<FieldError> wrong, int size) {
        if (wrong.isEmpty()) {
            return;
        }
        wrong.sort((a, b) -> Integer.compare(indexOf(a), indexOf(b)));
        long records = wrong.stream().map(LegacyBatches::indexOf).distinct().count();
        String detail = records + " of the " + size + " records are invalid, so nothing of the batch was stored; "
                + "each is listed in errors by its index in the batch. First: " + wrong.get(0).field() + ": "
                + wrong.get(0).message();
        throw new ProblemException(400, "invalid-legacy-batch", "Invalid records in the batch", detail, wrong);
    }

    /** {@code [12].outcome} → 12. */
    static int indexOf(FieldError error) {
        String field = error.field();
        return field.startsWith("[") ? Integer.parseInt(field.substring(1, field.indexOf(']'))) : -1;
    }

    private static String pathOf(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping)) {
            return "";
        }
        return mapping.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining());
    }
}
