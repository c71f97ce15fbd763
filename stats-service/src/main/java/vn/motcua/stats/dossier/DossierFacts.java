package vn.motcua.stats.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.motcua.calendar.TimelinessRule;

/**
 * What stats-service knows of one dossier, merged from its events in whatever order they arrive.
 * Every merge is commutative and idempotent (a fact already known is kept; of two finishes the earlier
 * wins), so the {@link #tallies} the facts imply do not depend on delivery order or repetition.
 *
 * @param receivedDueAt due instant announced at receipt
 * @param finalDueAt    due instant after pauses and extensions, announced by a deadline extension or a resolution;
 *                      wins over the first
 * @param finalDueAsOf  when {@code finalDueAt} was announced: of two announcements the later one wins, whatever
 *                      order they arrive in
 */
public record DossierFacts(
        String dossierId,
        String unitCode,
        String fieldCode,
        String procedureCode,
        String channel,
        Instant receivedAt,
        Instant receivedDueAt,
        Instant finalDueAt,
        Instant finalDueAsOf,
        Finish finish,
        Instant finishedAt,
        Instant refusedAt) {

    /** How processing ended, for the report: resolved (approved, rejected, stopped) or withdrawn. */
    public enum Finish { RESOLVED, WITHDRAWN }

    /** Where a dossier was received and under which procedure. */
    public record Where(String unitCode, String fieldCode, String procedureCode, String channel) {
    }

    public static DossierFacts unknown(String dossierId) {
        return new DossierFacts(dossierId, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** A receipt: the receipt's description of the dossier wins over any other event's. */
    public DossierFacts received(Where where, Instant at, Instant dueAt) {
        return new DossierFacts(dossierId, where.unitCode(), where.fieldCode(), where.procedureCode(),
                where.channel(), at, dueAt, finalDueAt, finalDueAsOf, finish, finishedAt, refusedAt);
    }

    /** A resolution; it also carries receipt facts, which fill what is not yet known, and the final due date. */
    public DossierFacts resolved(Where where, Instant receivedAt, Instant dueAt, Instant resolvedAt) {
        DossierFacts described = describedIfUnknown(where);
        Instant received = described.receivedAt != null ? described.receivedAt : receivedAt;
        DossierFacts f = new DossierFacts(dossierId, described.unitCode, described.fieldCode,
                described.procedureCode, described.channel, received, described.receivedDueAt, described.finalDueAt,
                described.finalDueAsOf, finish, finishedAt, refusedAt);
        return f.dueAnnounced(dueAt, resolvedAt).finished(Finish.RESOLVED, resolvedAt);
    }

    /** A new return date announced at {@code at} (form 04, gia hạn); a later announcement wins. */
    public DossierFacts deadlineExtended(Where where, Instant dueAt, Instant at) {
        return describedIfUnknown(where).dueAnnounced(dueAt, at);
    }

    private DossierFacts dueAnnounced(Instant dueAt, Instant at) {
        if (dueAt == null || at == null) {
            return this;
        }
        boolean later = finalDueAsOf == null || at.isAfter(finalDueAsOf)
                || (at.equals(finalDueAsOf) && dueAt.isAfter(finalDueAt));
        if (!later) {
            return this;
        }
        return new DossierFacts(dossierId, unitCode, fieldCode, procedureCode, channel, receivedAt, receivedDueAt,
                dueAt, at, finish, finishedAt, refusedAt);
    }

    /** A withdrawal; where the dossier was is taken from the receipt when the event does not say. */
    public DossierFacts withdrawn(Where where, Instant at) {
        return describedIfUnknown(where).finished(Finish.WITHDRAWN, at);
    }

    /** A refusal at intake: the dossier was never received. */
    public DossierFacts refused(Where where, Instant at) {
        DossierFacts described = describedIfUnknown(where);
        Instant first = described.refusedAt == null || at.isBefore(described.refusedAt) ? at : described.refusedAt;
        return new DossierFacts(dossierId, described.unitCode, described.fieldCode, described.procedureCode,
                described.channel, described.receivedAt, described.receivedDueAt, described.finalDueAt,
                described.finalDueAsOf, described.finish, described.finishedAt, first);
    }

    private DossierFacts describedIfUnknown(Where where) {
        if (unitCode != null || where == null || where.unitCode() == null) {
            return this;
        }
        return new DossierFacts(dossierId, where.unitCode(), where.fieldCode(), where.procedureCode(),
                where.channel(), receivedAt, receivedDueAt, finalDueAt, finalDueAsOf, finish, finishedAt, refusedAt);
    }

    private DossierFacts finished(Finish how, Instant at) {
        Objects.requireNonNull(at, "finished at");
        boolean earlier = finishedAt == null || at.isBefore(finishedAt)
                || (at.equals(finishedAt) && how == Finish.RESOLVED);
        if (!earlier) {
            return this;
        }
        return new DossierFacts(dossierId, unitCode, fieldCode, procedureCode, channel, receivedAt, receivedDueAt,
                finalDueAt, finalDueAsOf, how, at, refusedAt);
    }

    public Instant dueAt() {
        return finalDueAt != null ? finalDueAt : receivedDueAt;
    }

    /**
     * The counters these facts add to. A dossier counts as received once its receipt and due date are known,
     * and as finished only once it counts as received, so every row keeps
     * {@code received = finished + in progress}.
     */
    public List<Tally> tallies(TimelinessRule rule, ZoneId zone) {
        List<Tally> tallies = new ArrayList<>(4);
        boolean described = unitCode != null;
        if (described && refusedAt != null) {
            tallies.add(tally(Measure.REFUSED, LocalDate.ofInstant(refusedAt, zone)));
        }
        if (!described || receivedAt == null || dueAt() == null) {
            return tallies;
        }
        LocalDate receivedOn = LocalDate.ofInstant(receivedAt, zone);
        tallies.add(tally(Measure.RECEIVED, receivedOn));
        // within deadline while not finished and its due date is not before the day (Comparison by date)
        LocalDate leftDeadline = LocalDate.ofInstant(dueAt(), zone).plusDays(1);
        if (finish != null) {
            Measure measure = finish == Finish.WITHDRAWN ? Measure.WITHDRAWN
                    : switch (rule.classify(finishedAt, dueAt())) {
                        case EARLY -> Measure.RESOLVED_EARLY;
                        case ON_TIME -> Measure.RESOLVED_ON_TIME;
                        case LATE -> Measure.RESOLVED_LATE;
                    };
            LocalDate finishedOn = LocalDate.ofInstant(finishedAt, zone);
            tallies.add(tally(measure, finishedOn));
            leftDeadline = finishedOn.isBefore(leftDeadline) ? finishedOn : leftDeadline;
        }
        tallies.add(tally(Measure.LEFT_DEADLINE, leftDeadline.isBefore(receivedOn) ? receivedOn : leftDeadline));
        return tallies;
    }

    private Tally tally(Measure measure, LocalDate day) {
        return new Tally(unitCode, fieldCode == null ? "" : fieldCode, procedureCode == null ? "" : procedureCode,
                channel == null ? "" : channel, measure, day);
    }
}
