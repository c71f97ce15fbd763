package vn.motcua.workflow.dossier;

import java.util.Arrays;

/** A dossier's state, with the status code synchronised to provincial systems and the national portal (1-10). */
public enum DossierStatus {
    SUBMITTED_ONLINE(1),      // mới đăng ký
    ACCEPTED(2),              // được tiếp nhận
    REFUSED(3),               // không được tiếp nhận
    PROCESSING(4),            // đang xử lý
    SUPPLEMENT_REQUESTED(5),  // yêu cầu bổ sung
    FEE_REQUESTED(6),         // yêu cầu nghĩa vụ tài chính
    WITHDRAWAL_REQUESTED(7),  // công dân yêu cầu rút
    STOPPED(8),               // dừng xử lý
    RESULT_READY(9),          // đã xử lý xong
    RESULT_RETURNED(10);      // đã trả kết quả

    /** National codes of the statuses in which the processing clock runs (a supplement request stops it). */
    public static final java.util.List<Integer> CLOCK_RUNNING = java.util.List.of(ACCEPTED.nationalCode,
            PROCESSING.nationalCode, FEE_REQUESTED.nationalCode);

    private final int nationalCode;

    DossierStatus(int nationalCode) {
        this.nationalCode = nationalCode;
    }

    public int nationalCode() {
        return nationalCode;
    }

    /** Processing has ended for good: nothing but reading (and rating, once returned) is left. */
    public boolean isFinal() {
        return this == REFUSED || this == WITHDRAWAL_REQUESTED || this == STOPPED || this == RESULT_RETURNED;
    }

    public static DossierStatus ofNationalCode(int code) {
        return Arrays.stream(values()).filter(s -> s.nationalCode == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no dossier status " + code));
    }
}
