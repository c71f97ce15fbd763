// What the APIs' codes are called at a Vietnamese desk.
export const STATUS = {
  SUBMITTED_ONLINE: 'Mới đăng ký (trực tuyến)', ACCEPTED: 'Đã tiếp nhận', REFUSED: 'Không được tiếp nhận',
  PROCESSING: 'Đang xử lý', SUPPLEMENT_REQUESTED: 'Yêu cầu bổ sung', FEE_REQUESTED: 'Chờ nộp phí, lệ phí',
  WITHDRAWAL_REQUESTED: 'Công dân xin rút', STOPPED: 'Dừng xử lý', RESULT_READY: 'Đã có kết quả',
  RESULT_RETURNED: 'Đã trả kết quả', INCOMPLETE: 'Chưa đủ thành phần',
};

export const ROLE = {
  'front-desk': 'Một cửa', specialist: 'Chuyên viên', leader: 'Lãnh đạo', clerk: 'Văn thư',
  supervisor: 'Giám sát', admin: 'Quản trị', citizen: 'Công dân',
};

/** The default processing definition's steps (workflow-service ProcessingDefinition.standard()). */
export const STEPS = [
  {no: 1, name: 'receive', label: 'Tiếp nhận', role: 'front-desk'},
  {no: 2, name: 'appraise', label: 'Thẩm định', role: 'specialist'},
  {no: 3, name: 'approve', label: 'Phê duyệt', role: 'leader'},
  {no: 4, name: 'issue', label: 'Ban hành, phát hành', role: 'clerk'},
  {no: 5, name: 'return', label: 'Trả kết quả', role: 'front-desk'},
];

export const ACTION = {
  ASSIGN: 'Chuyển xử lý', REQUEST_SUPPLEMENT: 'Yêu cầu bổ sung', RECEIVE_SUPPLEMENT: 'Nhận bổ sung',
  REQUEST_FEE: 'Yêu cầu nộp phí', RECORD_FEE_PAID: 'Đã nộp phí', EXTEND: 'Gia hạn', APPROVE: 'Phê duyệt',
  REJECT: 'Từ chối giải quyết', STOP: 'Dừng xử lý', WITHDRAW: 'Rút hồ sơ', RETURN_RESULT: 'Trả kết quả',
  RECEIVE: 'Tiếp nhận', RESOLVE: 'Giải quyết', OVERDUE: 'Quá hạn', RATE: 'Đánh giá',
};

export const TIMELINESS = {EARLY: 'Trước hạn', ON_TIME: 'Đúng hạn', LATE: 'Trễ hạn'};

export const CHANNEL = {IN_PERSON: 'Trực tiếp', POSTAL: 'Qua bưu chính', ONLINE: 'Trực tuyến'};

export const GROUP_BY = {NONE: 'Toàn đơn vị', FIELD: 'Theo lĩnh vực', UNIT: 'Theo đơn vị', PROCEDURE: 'Theo thủ tục'};

let fieldNames = null;

/** The catalogue's field names by code (intake, public), fetched once per page load; codes stay if it fails. */
export async function fieldName(get) {
  if (!fieldNames) {
    fieldNames = get('intake', '/fields', {anonymous: true})
      .then(list => new Map(list.map(f => [f.code, f.name])))
      .catch(() => new Map());
  }
  const names = await fieldNames;
  return code => names.get(code) ?? code;
}
