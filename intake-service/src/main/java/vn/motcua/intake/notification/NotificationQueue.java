package vn.motcua.intake.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.motcua.backbone.inbox.EventBatches;
import vn.motcua.backbone.inbox.ReceivedEvent;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.contracts.dossier.DeadlineExtended;
import vn.motcua.contracts.dossier.DossierIncomplete;
import vn.motcua.contracts.dossier.DossierReceived;
import vn.motcua.contracts.dossier.DossierRefused;
import vn.motcua.contracts.dossier.DossierResolved;
import vn.motcua.contracts.dossier.Outcome;
import vn.motcua.contracts.dossier.ResultReturned;
import vn.motcua.contracts.dossier.SupplementRequested;
import vn.motcua.intake.unit.UnitRepository;
import vn.motcua.intake.unit.UnitVersion;

/**
 * Turns a dossier event into notifications, in the consumer's transaction: for each channel the applicant consented
 * to (and this installation has enabled), one rendered row of {@code notification}, unique per (event id, channel),
 * so a redelivered event queues nothing new. The sender delivers them.
 */
@ApplicationScoped
public class NotificationQueue {

    private static final Logger LOG = Logger.getLogger(NotificationQueue.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy")
            .withZone(WorkingCalendar.ZONE);

    private final EntityManager entityManager;
    private final EventBatches batches;
    private final Templates templates;
    private final UnitRepository units;
    private final boolean emailEnabled;
    private final boolean smsEnabled;
    private final String lookupUrl;
    private final String collectAt;

    NotificationQueue(EntityManager entityManager, EventBatches batches, Templates templates, UnitRepository units,
            @ConfigProperty(name = "motcua.notification.email.enabled") boolean emailEnabled,
            @ConfigProperty(name = "motcua.notification.sms.enabled") boolean smsEnabled,
            @ConfigProperty(name = "motcua.receipt.lookup-url") String lookupUrl,
            @ConfigProperty(name = "motcua.receipt.collect-at") String collectAt) {
        this.entityManager = entityManager;
        this.batches = batches;
        this.templates = templates;
        this.units = units;
        this.emailEnabled = emailEnabled;
        this.smsEnabled = smsEnabled;
        this.lookupUrl = lookupUrl;
        this.collectAt = collectAt;
    }

    /** What an event tells the applicant: the dossier it concerns and the template's data. */
    private record News(String dossierId, Map<String, Object> data) {
    }

    public void queue(ReceivedEvent event) {
        if (!emailEnabled && !smsEnabled) {
            return; // nothing could be sent: spare every dossier event its consent lookup (./platform's default)
        }
        Kind kind = Kind.of(event.type()).orElse(null);
        if (kind == null) {
            return;
        }
        News news = news(kind, event);
        if (news == null || news.dossierId() == null) {
            return;
        }
        UUID dossierId;
        try {
            dossierId = UUID.fromString(news.dossierId());
        } catch (IllegalArgumentException notOurs) {
            return; // not a dossier received here: no consent can exist for it
        }
        @SuppressWarnings("unchecked")
        List<Object[]> consents = entityManager.createNativeQuery(
                "select email, phone, unit_code from notification_consent where dossier_id = :id")
                .setParameter("id", dossierId).getResultList();
        if (consents.isEmpty()) {
            return; // no consent, no message
        }
        Object[] consent = consents.get(0);
        String unitCode = (String) consent[2];
        if (consent[0] != null && emailEnabled) {
            insert(event, kind, ChannelKind.EMAIL, news, unitCode, (String) consent[0]);
        }
        if (consent[1] != null && smsEnabled) {
            insert(event, kind, ChannelKind.SMS, news, unitCode, (String) consent[1]);
        }
    }

    private void insert(ReceivedEvent event, Kind kind, ChannelKind channel, News news, String unitCode,
            String contact) {
        Templates.Message message = templates.render(kind, channel, news.data());
        int queued = entityManager.createNativeQuery("""
                insert into notification (id, event_id, channel, dossier_id, unit_code, kind, contact, subject, body)
                values (:id, :event, :channel, :dossier, :unit, :kind, :contact, :subject, :body)
                on conflict (event_id, channel) do nothing""")
                .setParameter("id", UUID.randomUUID())
                .setParameter("event", event.id())
                .setParameter("channel", channel.name())
                .setParameter("dossier", UUID.fromString(news.dossierId()))
                .setParameter("unit", unitCode)
                .setParameter("kind", kind.name())
                .setParameter("contact", contact)
                .setParameter("subject", message.subject())
                .setParameter("body", message.body())
                .executeUpdate();
        LOG.debugf("%s notification %s of dossier %s by %s", queued == 1 ? "Queued" : "Already queued", kind,
                news.dossierId(), channel);
    }

    private News news(Kind kind, ReceivedEvent event) {
        Map<String, Object> data = new HashMap<>();
        switch (kind) {
            case ACCEPTED -> {
                DossierReceived e = batches.payload(event, DossierReceived.class);
                if (e.legacyId() != null) {
                    return null; // an imported dossier: the applicant was told long ago, by the legacy system
                }
                data.put("code", e.dossierCode());
                data.put("receivedAt", when(e.receivedAt()));
                data.put("appointment", when(e.dueAt()));
                data.put("lookupUrl", lookupUrl.replace("{code}", e.dossierCode()));
                return new News(e.dossierId(), data);
            }
            case SUPPLEMENT_REQUESTED -> {
                SupplementRequested e = batches.payload(event, SupplementRequested.class);
                data.put("code", e.dossierCode());
                data.put("missing", e.missing() == null ? "" : e.missing());
                data.put("reason", e.reason() == null ? "" : e.reason());
                data.put("lookupUrl", lookupUrl.replace("{code}", e.dossierCode()));
                return new News(e.dossierId(), data);
            }
            case INCOMPLETE_ONLINE -> {
                DossierIncomplete e = batches.payload(event, DossierIncomplete.class);
                if (e.dossierCode() == null) {
                    return null; // at the desk: form 02 is handed over in person
                }
                data.put("code", e.dossierCode());
                data.put("missing", e.missingComponents() == null ? "" : String.join("; ", e.missingComponents()));
                data.put("reason", "");
                data.put("lookupUrl", lookupUrl.replace("{code}", e.dossierCode()));
                return new News(e.dossierId(), data);
            }
            case REFUSED -> {
                DossierRefused e = batches.payload(event, DossierRefused.class);
                data.put("code", e.dossierCode() == null ? "" : e.dossierCode());
                data.put("reason", e.reason() == null ? "" : e.reason());
                return new News(e.dossierId(), data);
            }
            case DEADLINE_EXTENDED -> {
                DeadlineExtended e = batches.payload(event, DeadlineExtended.class);
                data.put("code", e.dossierCode());
                data.put("appointment", when(e.dueAt()));
                data.put("previousAppointment", when(e.previousDueAt()));
                data.put("reason", e.reason() == null ? "" : e.reason());
                return new News(e.dossierId(), data);
            }
            case RESULT_READY -> {
                DossierResolved e = batches.payload(event, DossierResolved.class);
                data.put("code", e.dossierCode());
                data.put("outcome", outcome(e.outcome()));
                data.put("collectAt", collectAt.replace("{unit}", unitName(e.unitCode())));
                data.put("lookupUrl", lookupUrl.replace("{code}", e.dossierCode()));
                return new News(e.dossierId(), data);
            }
            case RESULT_RETURNED -> {
                ResultReturned e = batches.payload(event, ResultReturned.class);
                data.put("code", e.dossierCode());
                data.put("lookupUrl", lookupUrl.replace("{code}", e.dossierCode()));
                return new News(e.dossierId(), data);
            }
            default -> throw new IllegalStateException("no notification for " + kind);
        }
    }

    private static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    private static String outcome(Outcome outcome) {
        if (outcome == null) {
            return "đã được giải quyết";
        }
        return switch (outcome) {
            case APPROVED -> "đã được giải quyết";
            case REJECTED -> "đã có văn bản trả lời không giải quyết";
            case STOPPED -> "đã dừng xử lý";
        };
    }

    private String unitName(String unitCode) {
        return units.validOn(unitCode, LocalDate.now(WorkingCalendar.ZONE)).map(UnitVersion::name).orElse(unitCode);
    }
}
