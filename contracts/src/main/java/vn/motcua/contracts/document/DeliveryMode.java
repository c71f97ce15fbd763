package vn.motcua.contracts.document;

/** How an outgoing document is issued (hình thức phát hành). */
public enum DeliveryMode {
    /** Issued and sent only as the digitally signed electronic file (phát hành điện tử hoàn toàn). */
    FULLY_ELECTRONIC,
    /** Issued on paper only. */
    PAPER_ONLY,
    /** The signed electronic file and paper copies. */
    ELECTRONIC_AND_PAPER
}
