package vn.motcua.backbone.inbox;

/** An incoming message that can never be processed; it goes to the dead-letter topic with this reason. */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message) {
        super(message);
    }

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
