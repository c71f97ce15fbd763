package vn.motcua.contracts.dossier;

/** How processing ended (kết quả giải quyết). */
public enum Outcome {
    /** Result approved and ready to return. */
    APPROVED,
    /** Rejected with reasons (từ chối giải quyết). */
    REJECTED,
    /** Processing stopped (dừng xử lý). */
    STOPPED
}
