package vn.motcua.intake.reception;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.motcua.backbone.lookup.LookupSecretKey;
import vn.motcua.backbone.outbox.Outbox;
import vn.motcua.calendar.ProcessingTime;
import vn.motcua.contracts.EventType;
import vn.motcua.contracts.dossier.DossierIncomplete;
import vn.motcua.contracts.dossier.DossierReceived;
import vn.motcua.contracts.dossier.DossierRefused;
import vn.motcua.contracts.dossier.DossierSubmittedOnline;
import vn.motcua.contracts.dossier.NationalStatus;
import vn.motcua.contracts.dossier.ProcessingTimeRule;
import vn.motcua.contracts.dossier.WorkingHoursRule;
import vn.motcua.intake.catalogue.Component;

/**
 * The dossier events of reception, appended to the outbox in the transaction of the change. They carry
 * codes, units, procedures and instants, never the applicant's personal data.
 */
@ApplicationScoped
public class DossierEvents {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private final Outbox outbox;
    private final LookupSecretKey lookupKey;

    DossierEvents(Outbox outbox, LookupSecretKey lookupKey) {
        this.outbox = outbox;
        this.lookupKey = lookupKey;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void received(Dossier d, ProcessingTime time, WorkingHoursRule hours) {
        ProcessingTimeRule rule = new ProcessingTimeRule(time.amount(), time.unit().name(),
                time.cutOff().map(HOUR::format).orElse(null));
        append(EventType.DOSSIER_RECEIVED, d, new DossierReceived(d.id.toString(), d.code, d.unitCode, d.procedureCode,
                d.procedureVersion, d.fieldCode, d.level, d.channel, d.receivedAt, d.dueAt, rule, hours,
                d.lookupSecretHash, d.applicant == null ? null : d.applicant.initials(), d.legacyId,
                NationalStatus.ACCEPTED.code()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void submittedOnline(Dossier d, boolean supplement) {
        append(EventType.DOSSIER_SUBMITTED_ONLINE, d, new DossierSubmittedOnline(d.id.toString(), d.code, d.unitCode,
                d.procedureCode, d.procedureVersion, d.fieldCode, d.level, d.submittedAt, supplement, d.lookupSecretHash,
                NationalStatus.SUBMITTED_ONLINE.code(),
                // the account as a keyed hash, never the subject itself: document-service serves its results
                d.ownerSubject == null ? null : lookupKey.ownerHash(d.ownerSubject)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void refused(Dossier d) {
        append(EventType.DOSSIER_REFUSED, d, new DossierRefused(d.id.toString(), d.code, d.unitCode, d.procedureCode,
                d.procedureVersion, d.fieldCode, d.level, d.channel, d.refusalReason, d.decidedAt,
                NationalStatus.REFUSED.code()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void incomplete(Dossier d) {
        List<String> missing = d.missingComponents.stream().map(Component::name).toList();
        append(EventType.DOSSIER_INCOMPLETE, d, new DossierIncomplete(d.id.toString(), d.code, d.unitCode,
                d.procedureCode, d.procedureVersion, d.fieldCode, d.level, d.channel, missing, d.decidedAt,
                // an online submission keeps its code and awaits the supplement; at the desk nothing was accepted
                d.code == null ? null : NationalStatus.SUPPLEMENT_REQUESTED.code()));
    }

    private void append(EventType type, Dossier d, Record payload) {
        outbox.append(type, d.id.toString(), d.code != null ? d.code : d.id.toString(), payload);
    }
}
