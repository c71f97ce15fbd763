package vn.motcua.workflow.dossier;

/** What an officer does to a dossier in processing. */
public enum Action {
    ASSIGN,              // giao / chuyển xử lý (also a transfer while processing)
    REQUEST_SUPPLEMENT,  // yêu cầu bổ sung (form 02): the clock pauses
    RECEIVE_SUPPLEMENT,  // nhận bổ sung: the clock resumes
    REQUEST_FEE,         // yêu cầu nghĩa vụ tài chính
    RECORD_FEE_PAID,
    EXTEND,              // gia hạn kèm thư xin lỗi (form 04)
    APPROVE,
    REJECT,
    STOP,                // dừng xử lý
    WITHDRAW,            // công dân rút hồ sơ
    RETURN_RESULT        // trả kết quả
}
