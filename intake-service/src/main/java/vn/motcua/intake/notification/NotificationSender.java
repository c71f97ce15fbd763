package vn.motcua.intake.notification;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Delivers the queued notifications: every {@code motcua.notification.send-every}, up to
 * {@code motcua.notification.batch-size} due rows, taken with {@code FOR UPDATE SKIP LOCKED} (several instances
 * share the queue), each sent and marked in the same transaction. A provider that fails leaves the row PENDING with
 * its attempts, the last error and the next attempt after a capped exponential backoff
 * ({@code retry.initial-backoff} doubling to {@code retry.max-backoff}); after {@code retry.max-attempts} it is
 * FAILED. An unreachable provider never blocks a desk action: receptions only write the consent.
 *
 * <p>At least once, never twice to the person: the row's id is the email's Message-ID and the SMS gateway's
 * idempotency key, the same on every attempt. The remaining window: a provider that accepted the message while this
 * transaction then failed to commit (a crash, the database lost in between) sees the same message again at the next
 * attempt, with the same key; a provider that ignores the key (plain SMTP relays do not deduplicate Message-IDs)
 * may then deliver it twice.
 */
@ApplicationScoped
public class NotificationSender {

    private static final Logger LOG = Logger.getLogger(NotificationSender.class);

    private final EntityManager entityManager;
    private final Mailer mailer;
    private final SmsProvider sms;
    private final int batchSize;
    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final String messageIdDomain;

    NotificationSender(EntityManager entityManager, Mailer mailer, SmsProvider sms,
            @ConfigProperty(name = "motcua.notification.batch-size", defaultValue = "20") int batchSize,
            @ConfigProperty(name = "motcua.notification.retry.max-attempts", defaultValue = "10") int maxAttempts,
            @ConfigProperty(name = "motcua.notification.retry.initial-backoff", defaultValue = "30s") Duration initialBackoff,
            @ConfigProperty(name = "motcua.notification.retry.max-backoff", defaultValue = "1h") Duration maxBackoff,
            @ConfigProperty(name = "motcua.notification.email.message-id-domain", defaultValue = "motcua.invalid")
            String messageIdDomain) {
        this.entityManager = entityManager;
        this.mailer = mailer;
        this.sms = sms;
        this.batchSize = batchSize;
        this.maxAttempts = maxAttempts;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
        this.messageIdDomain = messageIdDomain;
    }

    @Scheduled(every = "${motcua.notification.send-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        int sent;
        do {
            sent = sendDue();
        } while (sent == batchSize);
    }

    /** Sends one batch of due notifications; returns how many rows it took. */
    public int sendDue() {
        return QuarkusTransaction.requiringNew().timeout(600).call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> due = entityManager.createNativeQuery("""
                    select id, channel, contact, subject, body, attempts from notification
                    where status = 'PENDING' and next_attempt_at <= now()
                    order by next_attempt_at limit :n for update skip locked""")
                    .setParameter("n", batchSize).getResultList();
            for (Object[] row : due) {
                deliver((UUID) row[0], ChannelKind.valueOf((String) row[1]), (String) row[2], (String) row[3],
                        (String) row[4], ((Number) row[5]).intValue());
            }
            return due.size();
        });
    }

    private void deliver(UUID id, ChannelKind channel, String contact, String subject, String body, int attempts) {
        try {
            if (channel == ChannelKind.EMAIL) {
                mailer.send(Mail.withText(contact, subject, body)
                        .addHeader("Message-ID", "<" + id + "@" + messageIdDomain + ">")
                        .addHeader("X-MotCua-Notification", id.toString()));
            } else {
                sms.send(id.toString(), contact, body);
            }
            entityManager.createNativeQuery("""
                    update notification set status = 'DELIVERED', attempts = attempts + 1, delivered_at = now(),
                        last_error = null where id = :id""").setParameter("id", id).executeUpdate();
        } catch (Exception failure) {
            if (failure instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            int attempt = attempts + 1;
            boolean last = attempt >= maxAttempts;
            String error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
            entityManager.createNativeQuery("""
                    update notification set status = :status, attempts = :attempts, last_error = :error,
                        next_attempt_at = now() + make_interval(secs => :backoff) where id = :id""")
                    .setParameter("status", last ? "FAILED" : "PENDING")
                    .setParameter("attempts", attempt)
                    .setParameter("error", error.length() > 1000 ? error.substring(0, 1000) : error)
                    .setParameter("backoff", backoff(attempt).toMillis() / 1000.0)
                    .setParameter("id", id).executeUpdate();
            LOG.warnf("%s notification %s failed (attempt %d of %d): %s", channel, id, attempt, maxAttempts,
                    last ? error + "; given up" : error);
        }
    }

    /** Capped exponential backoff after the given attempt (1 = the first). */
    Duration backoff(int attempt) {
        Duration delay = initialBackoff;
        for (int i = 1; i < attempt && delay.compareTo(maxBackoff) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay;
    }
}
