package vn.motcua.intake.notification;

/**
 * Sends one SMS. An exception means "not sent, try again later"; the sender retries with backoff. The key is the same
 * on every attempt of one notification, so a provider that honours it never delivers a retry twice.
 */
public interface SmsProvider {

    void send(String idempotencyKey, String phone, String text) throws Exception;
}
