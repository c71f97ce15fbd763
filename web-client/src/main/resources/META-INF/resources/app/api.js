// Calls to the four services through this origin's gateway: /api/<service>/v1/... Errors become ApiError,
// whose message says in plain Vietnamese what happened; the problem+json `detail` is kept as the technical part.
import {accessToken, refresh} from './auth.js';

export class ApiError extends Error {
  constructor(status, message, detail) {
    super(message);
    this.status = status;
    this.detail = detail;
  }
}

const MESSAGES = {
  400: 'Thông tin chưa hợp lệ, vui lòng kiểm tra lại.',
  401: 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.',
  403: 'Tài khoản của bạn không có quyền thực hiện việc này.',
  404: 'Không tìm thấy: mã không đúng, hoặc hồ sơ không thuộc đơn vị của bạn.',
  409: 'Không thực hiện được: trạng thái hiện tại của hồ sơ không cho phép việc này.',
  412: 'Hồ sơ vừa được người khác thay đổi. Hãy tải lại trang rồi thử lại.',
  413: 'Tệp quá lớn.',
  415: 'Định dạng tệp không được chấp nhận.',
  429: 'Bạn đã thử quá nhiều lần trong thời gian ngắn.',
  502: 'Máy chủ dịch vụ đang không phản hồi. Vui lòng thử lại sau ít phút.',
  503: 'Dịch vụ tạm thời không sẵn sàng. Vui lòng thử lại sau ít phút.',
};

/** The sentence shown for an error answer. */
export function messageFor(status, problem, retryAfter) {
  let message = MESSAGES[status] ?? (status >= 500 ? 'Hệ thống gặp sự cố. Vui lòng thử lại sau.' : 'Yêu cầu không thực hiện được.');
  if (status === 409 && problem?.type?.includes('stale')) {
    message = MESSAGES[412];
  }
  if (status === 429 && retryAfter) {
    message += ` Vui lòng chờ ${retryAfter} giây rồi thử lại.`;
  }
  return message;
}

async function send(service, path, {method = 'GET', body, headers = {}, anonymous = false} = {}, retried = false) {
  const allHeaders = {Accept: 'application/json, application/problem+json', ...headers};
  if (!anonymous) {
    const token = await accessToken();
    if (token) {
      allHeaders.Authorization = 'Bearer ' + token;
    }
  }
  if (body !== undefined && !(body instanceof Blob)) {
    allHeaders['Content-Type'] = 'application/json';
  }
  const response = await fetch(`/api/${service}/v1${path}`, {
    method, headers: allHeaders, body: body === undefined || body instanceof Blob ? body : JSON.stringify(body),
  });
  if (response.status === 401 && !anonymous && !retried && await refresh()) {
    return send(service, path, {method, body, headers, anonymous}, true);
  }
  if (!response.ok) {
    let problem = null;
    try {
      problem = await response.json();
    } catch {
      // not JSON: the status alone says enough
    }
    const detail = [problem?.detail, ...(problem?.violations ?? problem?.errors ?? []).map(v => `${v.field ?? ''} ${v.message ?? ''}`.trim())]
      .filter(Boolean).join('; ');
    throw new ApiError(response.status, messageFor(response.status, problem, response.headers.get('Retry-After')), detail);
  }
  return response;
}

export async function getJson(service, path, options) {
  const response = await send(service, path, options);
  return {body: await response.json(), etag: response.headers.get('ETag')};
}

export async function get(service, path, options) {
  return (await getJson(service, path, options)).body;
}

export async function post(service, path, body, options = {}) {
  const response = await send(service, path, {...options, method: 'POST', body});
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}

/** Downloads a file (PDF, XLSX) the API answers, under the name the server gives, or `fallbackName`. */
export async function download(service, path, fallbackName, accept) {
  const response = await send(service, path, {headers: accept ? {Accept: accept} : {}});
  const blob = await response.blob();
  const disposition = response.headers.get('Content-Disposition') || '';
  const name = /filename="?([^";]+)"?/.exec(disposition)?.[1] || fallbackName;
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
  return name;
}
