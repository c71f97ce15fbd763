package vn.motcua.intake.notification;

import java.util.Optional;
import vn.motcua.contracts.EventType;

/** What the applicant is told, one per dossier event that concerns them; each has a template per channel. */
public enum Kind {
    /** Accepted: code, appointment, lookup link. */
    ACCEPTED(EventType.DOSSIER_RECEIVED, "tiep-nhan"),
    /** A supplement was requested during processing (workflow): what is missing. */
    SUPPLEMENT_REQUESTED(EventType.SUPPLEMENT_REQUESTED, "bo-sung"),
    /**
     * The desk found an online submission incomplete: what is missing, to be sent online under the same code. (At
     * the desk the applicant is handed form 02 in person, and the request has no code: nothing is sent.)
     */
    INCOMPLETE_ONLINE(EventType.DOSSIER_INCOMPLETE, "bo-sung"),
    /** Refused: the reason. */
    REFUSED(EventType.DOSSIER_REFUSED, "tu-choi"),
    /** Deadline extended: the apology (form 04) with the new appointment. */
    DEADLINE_EXTENDED(EventType.DEADLINE_EXTENDED, "gia-han"),
    /** Result ready: where and how to collect it. */
    RESULT_READY(EventType.DOSSIER_RESOLVED, "co-ket-qua"),
    /** Result returned: invitation to rate the service. */
    RESULT_RETURNED(EventType.RESULT_RETURNED, "da-tra-ket-qua");

    private final EventType event;
    private final String template;

    Kind(EventType event, String template) {
        this.event = event;
        this.template = template;
    }

    public EventType event() {
        return event;
    }

    /** The template's base name: {@code <template>.email.txt}, {@code <template>.sms.txt}. */
    public String template() {
        return template;
    }

    public static Optional<Kind> of(String ceType) {
        for (Kind kind : values()) {
            if (kind.event.type().equals(ceType)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
