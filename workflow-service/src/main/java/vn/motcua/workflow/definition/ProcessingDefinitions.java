package vn.motcua.workflow.definition;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import vn.motcua.backbone.problem.ProblemException;
import vn.motcua.workflow.dossier.ProcessingDefinition;

/**
 * The processing definitions per procedure, as data: admins add versions, never change one. A dossier starts with
 * the latest version of its procedure's definition, or of the default ({@code *}) if the procedure has none, and
 * keeps that version to the end. The default's version 1 is {@link ProcessingDefinition#standard()}.
 */
@ApplicationScoped
public class ProcessingDefinitions {

    private static final Logger LOG = Logger.getLogger(ProcessingDefinitions.class);
    private static final TypeReference<List<StepDocument>> STEPS = new TypeReference<>() {
    };

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final Clock clock;

    ProcessingDefinitions(EntityManager entityManager, ObjectMapper json, Clock clock) {
        this.entityManager = entityManager;
        this.json = json;
        this.clock = clock;
    }

    /** The definition a dossier of {@code procedureCode} starts with now. */
    public ProcessingDefinition current(String procedureCode) {
        return latest(procedureCode).or(() -> latest(ProcessingDefinition.ANY_PROCEDURE))
                .orElseGet(ProcessingDefinition::standard);
    }

    /** Exactly {@code version} of {@code procedureCode}'s definition. */
    public Optional<ProcessingDefinition> find(String procedureCode, int version) {
        if (ProcessingDefinition.ANY_PROCEDURE.equals(procedureCode) && version == 1) {
            return Optional.of(ProcessingDefinition.standard());
        }
        return rows("where procedure_code = :code and version = :version", procedureCode, version).stream()
                .findFirst();
    }

    /** Every version of {@code procedureCode}'s definition, oldest first (the default's built-in one included). */
    public List<ProcessingDefinition> versions(String procedureCode) {
        List<ProcessingDefinition> all = new ArrayList<>();
        if (ProcessingDefinition.ANY_PROCEDURE.equals(procedureCode)) {
            all.add(ProcessingDefinition.standard());
        }
        all.addAll(rows("where procedure_code = :code", procedureCode, null));
        return all;
    }

    /** The latest version of every procedure that has a definition, and of the default. */
    public List<ProcessingDefinition> latestOfEach() {
        List<ProcessingDefinition> all = new ArrayList<>();
        if (latest(ProcessingDefinition.ANY_PROCEDURE).isEmpty()) {
            all.add(ProcessingDefinition.standard());
        }
        all.addAll(rows("where (procedure_code, version) in (select procedure_code, max(version) "
                + "from processing_definition group by procedure_code)", null, null));
        return all;
    }

    /**
     * Adds the next version of {@code procedureCode}'s definition. Two admins adding at once: the primary key lets
     * one in, the other gets 409 and can retry.
     */
    @Transactional
    public ProcessingDefinition addVersion(String procedureCode, List<StepDocument> steps, String admin) {
        int base = ProcessingDefinition.ANY_PROCEDURE.equals(procedureCode) ? 1 : 0;
        Number max = (Number) entityManager.createNativeQuery(
                        "select coalesce(max(version), 0) from processing_definition where procedure_code = :code")
                .setParameter("code", procedureCode).getSingleResult();
        int version = Math.max(base, max.intValue()) + 1;
        ProcessingDefinition definition;
        try {
            definition = new ProcessingDefinition(procedureCode, version,
                    steps.stream().map(StepDocument::toStep).toList());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("steps", e.getMessage());
        }
        Instant now = clock.instant();
        int inserted = entityManager.createNativeQuery("""
                insert into processing_definition (procedure_code, version, steps, created_at, created_by)
                values (:code, :version, cast(:steps as jsonb), :at, :by) on conflict do nothing""")
                .setParameter("code", procedureCode).setParameter("version", version)
                .setParameter("steps", write(definition)).setParameter("at", now).setParameter("by", admin)
                .executeUpdate();
        if (inserted == 0) {
            throw ProblemException.conflict("concurrent-definition", "version " + version + " of the definition of "
                    + procedureCode + " was just added by someone else; read it and try again");
        }
        LOG.infof("Processing definition %s v%d added by %s (%d steps)", procedureCode, version, admin,
                definition.steps().size());
        return definition;
    }

    private Optional<ProcessingDefinition> latest(String procedureCode) {
        return rows("where procedure_code = :code and version = (select max(version) from processing_definition "
                + "where procedure_code = :code)", procedureCode, null).stream().findFirst();
    }

    private List<ProcessingDefinition> rows(String where, String code, Integer version) {
        var query = entityManager.createNativeQuery("select procedure_code, version, cast(steps as text) "
                + "from processing_definition " + where + " order by procedure_code, version");
        if (code != null) {
            query.setParameter("code", code);
        }
        if (version != null) {
            query.setParameter("version", version);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new ProcessingDefinition((String) r[0], ((Number) r[1]).intValue(),
                read((String) r[2]).stream().map(StepDocument::toStep).toList())).toList();
    }

    private String write(ProcessingDefinition definition) {
        try {
            return json.writeValueAsString(definition.steps().stream().map(StepDocument::of).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<StepDocument> read(String steps) {
        try {
            return json.readValue(steps, STEPS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored definition steps are unreadable", e);
        }
    }
}
