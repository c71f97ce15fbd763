package vn.motcua.intake.reception;

import java.time.Instant;
import java.util.List;
import java.util.SortedSet;
import java.util.UUID;
import vn.motcua.contracts.dossier.Channel;
import vn.motcua.intake.catalogue.Component;

/** What the reception API shows. */
public final class DossierViews {

    private DossierViews() {
    }

    /** A component handed in, with its catalogue name. */
    public record ComponentView(int no, String name, int originals, int copies) {
    }

    /**
     * A dossier as the desk sees it, personal data included.
     *
     * @param dueDateConfirmed false if the due date counts days of a year whose holidays are not announced yet
     *                         (the statutory days off were used); null while there is no due date
     * @param unconfirmedYears those years, empty when confirmed or without a due date
     */
    public record DossierView(UUID id, String code, DossierStatus status, Channel channel, String unitCode,
            String procedureCode, int procedureVersion, String procedureName, String fieldCode, String level,
            Applicant applicant, Representative representative, List<ComponentView> components,
            List<Component> missingComponents, String notes, String refusalReason, Instant submittedAt,
            Instant receivedAt, Instant dueAt, Boolean dueDateConfirmed, SortedSet<Integer> unconfirmedYears,
            Instant decidedAt, int revision) {
    }

    /**
     * The outcome of a reception or online submission.
     *
     * @param lookupSecret the citizen's lookup secret: shown once, here and on the receipt printed with it;
     *                     only its hash is kept. Null when nothing was received.
     * @param replayed     true when this answers a retried request (same Idempotency-Key)
     */
    public record ReceptionResult(DossierView dossier, String lookupSecret, boolean replayed) {
    }

    /** What a citizen sees after submitting online: no personal data echoed back. */
    public record OnlineResult(UUID id, String code, DossierStatus status, String unitCode, String procedureCode,
            Instant submittedAt, String lookupSecret, boolean replayed) {
    }

    /** Counts of reception outcomes of a unit over a period (by the day of the decision). */
    public record Summary(String unitCode, java.time.LocalDate from, java.time.LocalDate to, long accepted,
            long acceptedInPerson, long acceptedPostal, long acceptedOnline, long refused, long incomplete,
            long awaitingAcceptance, long supplementRequested) {
    }
}
