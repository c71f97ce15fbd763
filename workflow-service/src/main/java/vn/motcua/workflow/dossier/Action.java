package vn.motcua.workflow.dossier;

/** What an officer does to a dossier in processing, with its name on papers people read (form 05). */
public enum Action {
    ASSIGN("Chuyển xử lý"),                       // giao / chuyển xử lý (also a transfer while processing)
    REQUEST_SUPPLEMENT("Yêu cầu bổ sung hồ sơ"),  // form 02: the clock pauses
    RECEIVE_SUPPLEMENT("Nhận hồ sơ bổ sung"),      // the clock resumes
    REQUEST_FEE("Yêu cầu thực hiện nghĩa vụ tài chính"),
    RECORD_FEE_PAID("Thu phí, lệ phí"),
    EXTEND("Gia hạn, xin lỗi"),                    // form 04
    APPROVE("Phê duyệt kết quả"),
    REJECT("Từ chối giải quyết"),
    STOP("Dừng xử lý"),
    WITHDRAW("Rút hồ sơ theo yêu cầu"),            // công dân rút hồ sơ
    RETURN_RESULT("Trả kết quả");

    private final String title;

    Action(String title) {
        this.title = title;
    }

    /** The action's Vietnamese name. */
    public String title() {
        return title;
    }

    /** The Vietnamese name of the action called {@code name} (as kept in the timeline), else the name itself. */
    public static String titleOf(String name) {
        for (Action action : values()) {
            if (action.name().equals(name)) {
                return action.title;
            }
        }
        return "RECEIVE".equals(name) ? "Tiếp nhận hồ sơ" : name;
    }
}
