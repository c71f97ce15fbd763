package vn.motcua.contracts.dossier;

/** Early (trước hạn), on time (đúng hạn) or late (quá hạn), by calendar date in Asia/Ho_Chi_Minh. */
public enum Timeliness {
    EARLY,
    ON_TIME,
    LATE
}
