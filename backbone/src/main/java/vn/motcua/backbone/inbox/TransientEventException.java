package vn.motcua.backbone.inbox;

/**
 * An event that cannot be applied yet but will be later: a reference it names has not arrived, a dependency is
 * down. The consumer retries the same batch with capped backoff and never dead-letters it.
 */
public class TransientEventException extends RuntimeException {

    public TransientEventException(String message) {
        super(message);
    }

    public TransientEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
