package vn.motcua.contracts;

import java.util.Arrays;
import java.util.Optional;
import vn.motcua.contracts.document.ComponentsDigitised;
import vn.motcua.contracts.document.DocumentIssued;
import vn.motcua.contracts.document.DocumentRegistered;
import vn.motcua.contracts.document.DocumentSigned;
import vn.motcua.contracts.document.IncomingDocumentRegistered;
import vn.motcua.contracts.document.ResultDigitised;
import vn.motcua.contracts.dossier.DossierIncomplete;
import vn.motcua.contracts.dossier.DossierAssigned;
import vn.motcua.contracts.dossier.SupplementRequested;
import vn.motcua.contracts.dossier.SupplementReceived;
import vn.motcua.contracts.dossier.FeeRequested;
import vn.motcua.contracts.dossier.FeePaid;
import vn.motcua.contracts.dossier.DeadlineExtended;
import vn.motcua.contracts.dossier.DossierWithdrawn;
import vn.motcua.contracts.dossier.ResultReturned;
import vn.motcua.contracts.dossier.DossierOverdue;
import vn.motcua.contracts.dossier.DossierHistoryImported;
import vn.motcua.contracts.dossier.DossierReceived;
import vn.motcua.contracts.dossier.DossierRefused;
import vn.motcua.contracts.dossier.DossierResolved;
import vn.motcua.contracts.dossier.DossierSubmittedOnline;
import vn.motcua.contracts.dossier.ServiceRated;
import vn.motcua.contracts.dossier.StepCompleted;
import vn.motcua.contracts.reference.CalendarPublished;
import vn.motcua.contracts.reference.ProcedurePublished;
import vn.motcua.contracts.reference.UnitChanged;

/**
 * Every event type of the platform: its CloudEvents type ({@code vn.motcua.<aggregate>.<event>.v<n>}),
 * its topic and its payload record. The JSON Schema of each lies at {@code /schemas/<type>.json}.
 * Evolve a type by adding optional fields; a breaking change is a new {@code .v2} constant.
 */
public enum EventType {
    DOSSIER_RECEIVED("vn.motcua.dossier.received.v1", Topics.DOSSIER, DossierReceived.class),
    DOSSIER_RESOLVED("vn.motcua.dossier.resolved.v1", Topics.DOSSIER, DossierResolved.class),
    DOSSIER_SUBMITTED_ONLINE("vn.motcua.dossier.submitted-online.v1", Topics.DOSSIER, DossierSubmittedOnline.class),
    DOSSIER_REFUSED("vn.motcua.dossier.refused.v1", Topics.DOSSIER, DossierRefused.class),
    DOSSIER_INCOMPLETE("vn.motcua.dossier.incomplete.v1", Topics.DOSSIER, DossierIncomplete.class),
    DOSSIER_ASSIGNED("vn.motcua.dossier.assigned.v1", Topics.DOSSIER, DossierAssigned.class),
    SUPPLEMENT_REQUESTED("vn.motcua.dossier.supplement-requested.v1", Topics.DOSSIER, SupplementRequested.class),
    SUPPLEMENT_RECEIVED("vn.motcua.dossier.supplement-received.v1", Topics.DOSSIER, SupplementReceived.class),
    FEE_REQUESTED("vn.motcua.dossier.fee-requested.v1", Topics.DOSSIER, FeeRequested.class),
    FEE_PAID("vn.motcua.dossier.fee-paid.v1", Topics.DOSSIER, FeePaid.class),
    DEADLINE_EXTENDED("vn.motcua.dossier.deadline-extended.v1", Topics.DOSSIER, DeadlineExtended.class),
    DOSSIER_WITHDRAWN("vn.motcua.dossier.withdrawn.v1", Topics.DOSSIER, DossierWithdrawn.class),
    RESULT_RETURNED("vn.motcua.dossier.result-returned.v1", Topics.DOSSIER, ResultReturned.class),
    DOSSIER_OVERDUE("vn.motcua.dossier.overdue.v1", Topics.DOSSIER, DossierOverdue.class),
    STEP_COMPLETED("vn.motcua.dossier.step-completed.v1", Topics.DOSSIER, StepCompleted.class),
    SERVICE_RATED("vn.motcua.dossier.service-rated.v1", Topics.DOSSIER, ServiceRated.class),
    DOSSIER_HISTORY_IMPORTED("vn.motcua.dossier.history-imported.v1", Topics.DOSSIER, DossierHistoryImported.class),
    UNIT_CHANGED("vn.motcua.unit.changed.v1", Topics.REFERENCE, UnitChanged.class),
    PROCEDURE_PUBLISHED("vn.motcua.procedure.published.v1", Topics.REFERENCE, ProcedurePublished.class),
    CALENDAR_PUBLISHED("vn.motcua.calendar.published.v1", Topics.REFERENCE, CalendarPublished.class),
    DOCUMENT_REGISTERED("vn.motcua.document.registered.v1", Topics.DOCUMENT, DocumentRegistered.class),
    DOCUMENT_SIGNED("vn.motcua.document.signed.v1", Topics.DOCUMENT, DocumentSigned.class),
    DOCUMENT_ISSUED("vn.motcua.document.issued.v1", Topics.DOCUMENT, DocumentIssued.class),
    INCOMING_DOCUMENT_REGISTERED("vn.motcua.document.incoming-registered.v1", Topics.DOCUMENT,
            IncomingDocumentRegistered.class),
    COMPONENTS_DIGITISED("vn.motcua.document.components-digitised.v1", Topics.DOCUMENT, ComponentsDigitised.class),
    RESULT_DIGITISED("vn.motcua.document.result-digitised.v1", Topics.DOCUMENT, ResultDigitised.class);

    private final String type;
    private final String topic;
    private final Class<? extends Record> payload;

    EventType(String type, String topic, Class<? extends Record> payload) {
        this.type = type;
        this.topic = topic;
        this.payload = payload;
    }

    public String type() {
        return type;
    }

    public String topic() {
        return topic;
    }

    public Class<? extends Record> payload() {
        return payload;
    }

    /** The classpath location of this type's JSON Schema (draft 2020-12). */
    public String schemaResource() {
        return "/schemas/" + type + ".json";
    }

    public static Optional<EventType> of(String ceType) {
        return Arrays.stream(values()).filter(t -> t.type.equals(ceType)).findFirst();
    }
}
