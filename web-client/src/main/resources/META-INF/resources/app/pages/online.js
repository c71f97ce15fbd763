// Front desk: dossiers submitted online to the unit, waiting for the desk (accept, ask for missing components on
// form 02, or refuse with a reason on form 03), and those waiting for the citizen's supplement. The files the
// citizen sent with the submission (document-service) are listed with download links.
import {download, getJson, get, post} from '../api.js';
import {clearNotice, showError, showInfo} from '../main.js';
import {dateTime, html, isoToday, number} from '../format.js';
import {STATUS} from '../words.js';

const WAITING = ['SUBMITTED_ONLINE', 'SUPPLEMENT_REQUESTED'];

/** Online dossiers of the last `days` days (intake lists by the day of the last decision: the submission's). */
const DAYS = 60;

export async function render(main) {
  main.innerHTML = html`
    <h1>Hồ sơ nộp trực tuyến</h1>
    <p class="muted">Hồ sơ công dân, doanh nghiệp nộp trực tuyến trong ${DAYS} ngày qua, chờ bộ phận một cửa kiểm tra.</p>
    <div class="layout-2">
      <section class="panel" id="online-list"><p class="muted">Đang tải…</p></section>
      <section class="panel" id="online-dossier" aria-live="polite">
        <p class="muted">Chọn một hồ sơ để kiểm tra thành phần và tiếp nhận.</p></section>
    </div>`;
  await list();
}

async function list() {
  const to = isoToday();
  const from = new Date(Date.parse(to + 'T00:00:00Z') - DAYS * 86_400_000).toISOString().slice(0, 10);
  const pages = await Promise.all(WAITING.map(status =>
    get('intake', `/dossiers?status=${status}&from=${from}&to=${to}&size=100`)));
  const items = pages.flatMap(p => p.items);
  const box = document.getElementById('online-list');
  if (!items.length) {
    box.innerHTML = '<p class="muted" id="online-empty">Không có hồ sơ trực tuyến nào đang chờ.</p>';
    return;
  }
  box.innerHTML = html`
    <p class="muted">${number(items.length)} hồ sơ</p>
    <table class="list" id="online-table"><thead><tr><th>Mã hồ sơ</th><th>Thủ tục</th><th>Người nộp</th><th>Nộp lúc</th>
      <th>Tình trạng</th></tr></thead>
    <tbody>${items.map(d => html`<tr data-code="${d.code}">
      <td><button type="button" class="link" data-open="${d.id}">${d.code}</button></td>
      <td>${d.procedureName}</td><td>${d.applicant?.name ?? '—'}</td><td>${dateTime(d.submittedAt)}</td>
      <td>${STATUS[d.status] ?? d.status}</td></tr>`)}</tbody></table>`;
  box.querySelectorAll('[data-open]').forEach(b => b.onclick = () => open(b.dataset.open).catch(showError));
}

async function open(id) {
  clearNotice();
  const {body: d, etag} = await getJson('intake', '/dossiers/' + id);
  const procedure = await get('intake', `/procedures/${encodeURIComponent(d.procedureCode)}/versions/${d.procedureVersion}`,
    {anonymous: true});
  const handed = new Map((d.components ?? []).map(c => [c.no, c]));
  const box = document.getElementById('online-dossier');
  const waiting = d.status === 'SUBMITTED_ONLINE';
  box.innerHTML = html`
    <h2>Hồ sơ <span class="code" id="online-code">${d.code}</span></h2>
    <dl class="facts">
      <dt>Thủ tục</dt><dd>${d.procedureName} <small>(${d.procedureCode})</small></dd>
      <dt>Người nộp</dt><dd>${d.applicant?.name} · ${d.applicant?.idNumber}</dd>
      <dt>Liên hệ</dt><dd>${[d.applicant?.phone, d.applicant?.email, d.applicant?.address].filter(Boolean).join(' · ') || '—'}</dd>
      <dt>Nộp lúc</dt><dd>${dateTime(d.submittedAt)}</dd>
      <dt>Tình trạng</dt><dd id="online-status" data-status="${d.status}">${STATUS[d.status] ?? d.status}</dd>
      ${d.notes ? html`<dt>Ghi chú</dt><dd>${d.notes}</dd>` : ''}
    </dl>
    <form id="online-form">
      <table class="components"><thead><tr><th>Thiếu</th><th>Thành phần</th><th>Đã nộp</th></tr></thead>
      <tbody>${procedure.components.map(c => html`<tr>
        <td><input type="checkbox" class="missing" value="${c.no}" id="missing-${c.no}" ${!handed.has(c.no) && c.mandatory ? 'checked' : ''}
          ${waiting ? '' : 'disabled'} aria-label="Thiếu thành phần ${c.no}"></td>
        <td><label for="missing-${c.no}">${c.no}. ${c.name}${c.mandatory ? html` <span class="required">*</span>` : ''}</label></td>
        <td>${handed.has(c.no) ? `${handed.get(c.no).originals ?? 0} bản chính, ${handed.get(c.no).copies ?? 0} bản sao` : '—'}</td>
      </tr>`)}</tbody></table>
      ${waiting ? html`
        <label>Ghi chú, lý do (bắt buộc khi từ chối) <textarea id="online-reason" rows="2" maxlength="2000"></textarea></label>
        <div class="actions">
          <button type="button" id="online-accept">Tiếp nhận</button>
          <button type="button" class="ghost" id="online-supplement">Yêu cầu bổ sung các thành phần thiếu (mẫu 02)</button>
          <button type="button" class="danger" id="online-refuse">Từ chối tiếp nhận (mẫu 03)</button>
        </div>` : d.status === 'SUPPLEMENT_REQUESTED' ? html`<p class="muted">Đang chờ công dân bổ sung hồ sơ trực tuyến.</p>
          <p><button type="button" class="ghost" id="online-desk-form" data-form="supplement-request">Tải phiếu yêu cầu bổ sung (mẫu 02)</button></p>`
        : d.status === 'REFUSED' ? html`<p>Đã từ chối tiếp nhận. Lý do: ${d.refusalReason}</p>
          <p><button type="button" class="ghost" id="online-desk-form" data-form="refusal">Tải phiếu từ chối (mẫu 03)</button></p>`
        : d.status === 'ACCEPTED' ? html`<p id="online-accepted">Đã tiếp nhận; hẹn trả kết quả ${dateTime(d.dueAt)}. Hồ sơ đã chuyển
          sang <a href="/ho-so/${encodeURIComponent(d.code)}" data-link>xử lý</a>.</p>` : ''}
    </form>
    <h3>Tệp công dân gửi kèm</h3>
    <div id="online-files"><p class="muted">Đang tải…</p></div>`;
  showFiles(d.code).catch(showError);
  const deskForm = document.getElementById('online-desk-form');
  if (deskForm) {
    const which = deskForm.dataset.form;
    deskForm.onclick = () => download('intake', `/dossiers/${id}/forms/${which}`,
      `${which === 'refusal' ? 'tu-choi' : 'yeu-cau-bo-sung'}-${d.code}.pdf`, 'application/pdf').catch(showError);
  }
  if (!waiting) {
    return;
  }
  const headers = etag ? {'If-Match': etag} : {};
  const reason = () => document.getElementById('online-reason').value.trim();
  const done = async (call, message) => {
    try {
      const after = await call();
      await list();
      await open(id);
      showInfo(message(after));
    } catch (e) {
      showError(e);
    }
  };
  document.getElementById('online-accept').onclick = () => done(
    () => post('intake', `/dossiers/${id}/accept`, undefined, {headers}),
    after => `Đã thực hiện: tiếp nhận hồ sơ ${after.code}, hẹn trả ${dateTime(after.dueAt)}.`);
  document.getElementById('online-supplement').onclick = () => {
    const missing = [...document.querySelectorAll('#online-form .missing:checked')].map(b => Number(b.value));
    if (!missing.length) {
      showError(new Error('Đánh dấu ít nhất một thành phần còn thiếu.'));
      return;
    }
    done(() => post('intake', `/dossiers/${id}/request-supplement`, {missingComponents: missing, note: reason() || null}, {headers}),
      () => 'Đã thực hiện: gửi yêu cầu bổ sung cho người nộp.');
  };
  document.getElementById('online-refuse').onclick = () => {
    if (!reason()) {
      document.getElementById('online-reason').focus();
      showError(new Error('Cần ghi lý do từ chối tiếp nhận.'));
      return;
    }
    done(() => post('intake', `/dossiers/${id}/refuse`, {reason: reason()}, {headers}),
      () => 'Đã thực hiện: từ chối tiếp nhận hồ sơ.');
  };
}

/** The dossier's files at document-service: the citizen's (SUBMITTED_ONLINE) and any the desk added. */
async function showFiles(code) {
  const box = document.getElementById('online-files');
  let files;
  try {
    files = await get('document', `/dossiers/${encodeURIComponent(code)}/files`);
  } catch (e) {
    if (e.status !== 404) {
      throw e;
    }
    files = []; // document-service has not heard of the dossier yet (a moment after submission): no file either
  }
  if (!files.length) {
    box.innerHTML = '<p class="muted" id="online-no-files">Công dân không gửi kèm tệp nào.</p>';
    return;
  }
  box.innerHTML = html`<table class="list" id="online-file-table"><thead><tr><th>Thành phần</th><th>Tệp</th><th>Dung lượng</th>
    <th></th></tr></thead><tbody>${files.map(f => {
      const v = f.versions[f.versions.length - 1];
      return html`<tr data-file="${f.id}"><td>${f.component ?? '—'}</td><td>${v.name ?? v.contentType}</td>
        <td>${number(Math.ceil(v.sizeBytes / 1024))} KB</td>
        <td><button type="button" class="link" data-download="${f.id}" data-name="${v.name ?? f.id}"
          data-type="${v.contentType}">Tải về</button></td></tr>`;
    })}</tbody></table>`;
  box.querySelectorAll('[data-download]').forEach(b => b.onclick = () =>
    download('document', `/files/${b.dataset.download}/content`, b.dataset.name, b.dataset.type).catch(showError));
}
