package vn.motcua.stats.dossier;

/** What a daily counter counts. */
public enum Measure {
    RECEIVED,
    RESOLVED_EARLY,
    RESOLVED_ON_TIME,
    RESOLVED_LATE,
    WITHDRAWN,
    REFUSED,
    /**
     * Counted on the first day a received dossier is no longer "in progress within deadline" (trong hạn): the day
     * it finished, or the day after its due date, whichever comes first. Dossiers within deadline at the end of
     * day L are then {@code RECEIVED} up to L minus this measure up to L: a count at an instant, from prefix sums
     * like every other figure.
     */
    LEFT_DEADLINE;

    /** Resolved or withdrawn: the dossier leaves the "in progress" count. */
    public boolean finishes() {
        return this == RESOLVED_EARLY || this == RESOLVED_ON_TIME || this == RESOLVED_LATE || this == WITHDRAWN;
    }
}
