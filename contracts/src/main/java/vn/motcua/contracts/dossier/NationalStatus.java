package vn.motcua.contracts.dossier;

import java.util.Arrays;

/**
 * The dossier status codes synchronised to provincial systems and the National Public Service Portal (1-10; de-facto
 * codes of the existing systems, see docs/DOMAIN.md). Every dossier event carries the code of the state it leads to
 * as {@code nationalStatus}; workflow-service's {@code DossierStatus} is the same list with its lifecycle rules.
 */
public enum NationalStatus {
    SUBMITTED_ONLINE(1, "mới đăng ký"),
    ACCEPTED(2, "được tiếp nhận"),
    REFUSED(3, "không được tiếp nhận"),
    PROCESSING(4, "đang xử lý"),
    SUPPLEMENT_REQUESTED(5, "yêu cầu bổ sung"),
    FEE_REQUESTED(6, "yêu cầu nghĩa vụ tài chính"),
    WITHDRAWAL_REQUESTED(7, "công dân yêu cầu rút"),
    STOPPED(8, "dừng xử lý"),
    RESULT_READY(9, "đã xử lý xong"),
    RESULT_RETURNED(10, "đã trả kết quả");

    private final int code;
    private final String label;

    NationalStatus(int code, String label) {
        this.code = code;
        this.label = label;
    }

    public int code() {
        return code;
    }

    /** The Vietnamese name of the status. */
    public String label() {
        return label;
    }

    public static NationalStatus of(int code) {
        return Arrays.stream(values()).filter(s -> s.code == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no national status " + code));
    }
}
