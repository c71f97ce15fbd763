package vn.motcua.stats.dossier;

/** What a daily counter counts. */
public enum Measure {
    RECEIVED,
    RESOLVED_EARLY,
    RESOLVED_ON_TIME,
    RESOLVED_LATE,
    WITHDRAWN,
    REFUSED;

    /** Resolved or withdrawn: the dossier leaves the "in progress" count. */
    public boolean finishes() {
        return this != RECEIVED && this != REFUSED;
    }
}
