package vn.motcua.workflow.reception;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import vn.motcua.workflow.dossier.BatchedStatements;
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

    /**
     * The poll's receipts first, each kind of row in one statement for the whole poll, then the legacy outcomes
     * (which need their cases). A dossier's history follows its receipt on the same key, so this keeps each
     * dossier's order; receipts of different dossiers do not depend on each other.
     */
    private void applyAll(List<ReceivedEvent> fresh) {
        List<Receipt> receipts = new ArrayList<>();
        List<DossierHistoryImported> histories = new ArrayList<>();
        for (ReceivedEvent event : fresh) {
            if (EventType.DOSSIER_HISTORY_IMPORTED.type().equals(event.type())) {
                histories.add(batches.payload(event, DossierHistoryImported.class));
            } else if (EventType.DOSSIER_RECEIVED.type().equals(event.type())) {
                receipts.add(new Receipt(event.source(), batches.payload(event, DossierReceived.class)));
            }
        }
        open(receipts);
        legacyOutcomes.applyAll(histories);
    }

    private record Receipt(String source, DossierReceived received) {
    }

    /**
     * What stays the same within one poll, read once per poll: the definition a procedure's dossiers start with,
     * a unit's calendar with given hours. A new poll reads them again, so a definition added or a calendar
     * published between polls applies from the next one.
     */
    private final class PollMemo {
        private final Map<String, ProcessingDefinition> definitionsByProcedure = new HashMap<>();
        private final Map<List<String>, WorkingCalendar> calendarsByUnitAndHours = new HashMap<>();

        ProcessingDefinition definition(String procedureCode) {
            return definitionsByProcedure.computeIfAbsent(procedureCode, definitions::current);
        }

        WorkingCalendar calendar(String unitCode, String weekdays, String sessions) {
            return calendarsByUnitAndHours.computeIfAbsent(Arrays.asList(unitCode, weekdays, sessions),
                    key -> calendars.of(unitCode, weekdays, sessions));
        }
    }

    private void open(List<Receipt> receipts) {
        if (receipts.isEmpty()) {
            return;
        }
        PollMemo memo = new PollMemo();
        // the same dossier announced again under another event id (a producer retry) opens no second case
        Map<String, Receipt> byDossier = new LinkedHashMap<>();
        receipts.forEach(receipt -> byDossier.putIfAbsent(receipt.received().dossierId(), receipt));
        List<Receipt> candidates = new ArrayList<>(byDossier.values());
        List<ProcessingDefinition> startedOn = new ArrayList<>(candidates.size());
        List<WorkingCalendar> calendarOf = new ArrayList<>(candidates.size());
        List<Duration> workingTime = new ArrayList<>(candidates.size());
        List<Object[]> rows = new ArrayList<>(candidates.size());
        for (Receipt receipt : candidates) {
            DossierReceived received = receipt.received();
            // the dossier keeps the definition version it starts with, whatever admins add later
            ProcessingDefinition definition = memo.definition(received.procedureCode());
            // step deadlines count the hours the unit works, as its due date did
            String weekdays = received.workingHours() == null ? null : received.workingHours().weekdays();
            String sessions = received.workingHours() == null ? null : received.workingHours().sessions();
            WorkingCalendar calendar = memo.calendar(received.unitCode(), weekdays, sessions);
            Duration total = Duration.ofMinutes(
                    calendar.workingTimeBetween(received.receivedAt(), received.dueAt()).toMinutes());
            startedOn.add(definition);
            calendarOf.add(calendar);
            workingTime.add(total);
            rows.add(new Object[] {received.dossierId(), received.dossierCode(), received.unitCode(),
                received.procedureCode(), received.procedureVersion(), received.fieldCode(), received.level(),
                received.channel().name(), received.receivedAt(), received.dueAt(), received.dueAt(),
                DossierStatus.ACCEPTED.nationalCode(), received.lookupSecretHash(), definition.procedureCode(),
                definition.version(), total.toMinutes(), received.applicantInitials(), weekdays, sessions,
                received.legacyId()});
        }
        int[] opened = BatchedStatements.execute(entityManager, """
                insert into dossier_case (id, code, unit_code, procedure_code, procedure_version, field_code, level,
                    channel, received_at, due_at, original_due_at, status, lookup_secret_hash, definition_code,
                    definition_version, total_working_minutes, step_number, applicant_initials, working_weekdays,
                    working_sessions, legacy_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)
                on conflict do nothing""", rows);
        List<Steps.Opening> legs = new ArrayList<>();
        List<Timeline.Row> entries = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            DossierReceived received = candidates.get(i).received();
            if (opened[i] == 0) {
                LOG.debugf("Dossier %s already has a case", received.dossierCode());
                continue;
            }
            ProcessingDefinition definition = startedOn.get(i);
            ProcessingStep first = definition.step(1);
            Instant due = Steps.deadline(definition, 1, workingTime.get(i), calendarOf.get(i), received.receivedAt());
            String source = candidates.get(i).source();
            legs.add(new Steps.Opening(received.dossierId(), 1, first, first.defaultHolder(), null, HolderKind.ROLE,
                    source, null, received.receivedAt(), due));
            entries.add(new Timeline.Row(received.dossierId(), new Timeline.Entry("RECEIVE", null,
                    DossierStatus.ACCEPTED.nationalCode(), source, null, received.unitCode(), null,
                    received.receivedAt(), received.dueAt(), first.name(), due, null, null, null, null)));
            LOG.debugf("Case opened for dossier %s of unit %s, due %s", received.dossierCode(), received.unitCode(),
                    received.dueAt());
        }
        steps.openAll(legs);
        timeline.recordAll(entries);
        LOG.infof("%d case(s) opened from %d receipt(s)", legs.size(), receipts.size());
    }
}
