package vn.motcua.workflow.reception;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import vn.motcua.backbone.inbox.EventBatches;
import vn.motcua.backbone.inbox.ReceivedEvent;
import vn.motcua.contracts.EventType;
import vn.motcua.contracts.dossier.DossierHistoryImported;
import vn.motcua.contracts.dossier.DossierReceived;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.workflow.config.Calendars;
import vn.motcua.workflow.definition.ProcessingDefinitions;
import vn.motcua.workflow.dossier.DossierCase;
import vn.motcua.workflow.dossier.DossierStatus;
import vn.motcua.workflow.dossier.HolderKind;
import vn.motcua.workflow.dossier.ProcessingDefinition;
import vn.motcua.workflow.dossier.ProcessingStep;
import vn.motcua.workflow.dossier.Steps;
import vn.motcua.workflow.dossier.Timeline;
import vn.motcua.workflow.migration.MigrationOutcomes;

/**
 * Opens a processing case for every {@code DossierReceived} on {@code motcua.dossier}, with the due date the
 * receipt appointed, and applies the legacy outcome of an imported dossier ({@code DossierHistoryImported}, which
 * follows its DossierReceived on the same key). Every other event type there (including this service's own) is
 * ignored.
 */
@ApplicationScoped
public class DossierEventsConsumer {

    private static final Logger LOG = Logger.getLogger(DossierEventsConsumer.class);
    static final String CONSUMER = "workflow-service.cases";

    private final EventBatches batches;
    private final EntityManager entityManager;
    private final ProcessingDefinitions definitions;
    private final Steps steps;
    private final Calendars calendars;
    private final Timeline timeline;
    private final MigrationOutcomes legacyOutcomes;

    DossierEventsConsumer(EventBatches batches, EntityManager entityManager, ProcessingDefinitions definitions,
            Steps steps, Calendars calendars, Timeline timeline, MigrationOutcomes legacyOutcomes) {
        this.timeline = timeline;
        this.legacyOutcomes = legacyOutcomes;
        this.batches = batches;
        this.entityManager = entityManager;
        this.definitions = definitions;
        this.steps = steps;
        this.calendars = calendars;
    }

    @Incoming("dossier-events")
    @Blocking(ordered = true)
    public void on(ConsumerRecords<String, String> records) {
        // one transaction per poll; transient failures retry the same poll, poison alone is dead-lettered
        batches.apply(CONSUMER, records, this::applyAll);
    }

    private void applyAll(List<ReceivedEvent> fresh) {
        fresh.forEach(this::apply);
    }

    private void apply(ReceivedEvent event) {
        if (EventType.DOSSIER_HISTORY_IMPORTED.type().equals(event.type())) {
            legacyOutcomes.apply(batches.payload(event, DossierHistoryImported.class));
            return;
        }
        if (!EventType.DOSSIER_RECEIVED.type().equals(event.type())) {
            return;
        }
        DossierReceived received = batches.payload(event, DossierReceived.class);
        // the dossier keeps the definition version it starts with, whatever admins add later
        ProcessingDefinition definition = definitions.current(received.procedureCode());
        // step deadlines count the hours the unit works, as its due date did
        String weekdays = received.workingHours() == null ? null : received.workingHours().weekdays();
        String sessions = received.workingHours() == null ? null : received.workingHours().sessions();
        WorkingCalendar calendar = calendars.of(received.unitCode(), weekdays, sessions);
        // the same dossier announced again under another event id (a producer retry) opens no second case
        int opened = entityManager.createNativeQuery("""
                insert into dossier_case (id, code, unit_code, procedure_code, procedure_version, field_code, level,
                    channel, received_at, due_at, original_due_at, status, lookup_secret_hash, definition_code,
                    definition_version, total_working_minutes, step_number, applicant_initials, working_weekdays,
                    working_sessions, legacy_id)
                values (:id, :code, :unit, :procedure, :procedureVersion, :field, :level,
                    :channel, :receivedAt, :dueAt, :dueAt, :status, :secret, :definitionCode,
                    :definitionVersion, :totalMinutes, 1, :initials, :weekdays, :sessions, :legacyId)
                on conflict do nothing""")
                .setParameter("legacyId", received.legacyId())
                .setParameter("definitionCode", definition.procedureCode())
                .setParameter("initials", received.applicantInitials())
                .setParameter("definitionVersion", definition.version())
                .setParameter("totalMinutes", calendar.workingTimeBetween(received.receivedAt(), received.dueAt())
                        .toMinutes())
                .setParameter("weekdays", weekdays)
                .setParameter("sessions", sessions)
                .setParameter("id", received.dossierId())
                .setParameter("code", received.dossierCode())
                .setParameter("unit", received.unitCode())
                .setParameter("procedure", received.procedureCode())
                .setParameter("procedureVersion", received.procedureVersion())
                .setParameter("field", received.fieldCode())
                .setParameter("level", received.level())
                .setParameter("channel", received.channel().name())
                .setParameter("receivedAt", received.receivedAt())
                .setParameter("dueAt", received.dueAt())
                .setParameter("status", DossierStatus.ACCEPTED.nationalCode())
                .setParameter("secret", received.lookupSecretHash())
                .executeUpdate();
        if (opened == 0) {
            LOG.debugf("Dossier %s already has a case", received.dossierCode());
            return;
        }
        DossierCase dossier = entityManager.find(DossierCase.class, received.dossierId());
        ProcessingStep first = definition.step(1);
        Steps.Leg receiving = steps.open(dossier, definition, 1, first.defaultHolder(), null, HolderKind.ROLE,
                event.source(), null, received.receivedAt());
        timeline.record(dossier, "RECEIVE", null, DossierStatus.ACCEPTED, event.source(), null, received.unitCode(),
                null, received.receivedAt(), Optional.empty(), Optional.of(receiving), null, Optional.empty());
        LOG.infof("Case opened for dossier %s of unit %s, due %s", received.dossierCode(), received.unitCode(),
                received.dueAt());
    }
}
