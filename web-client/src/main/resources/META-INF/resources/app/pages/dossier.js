// A dossier's page: where it stands, its timeline, form 05, and only the actions its state allows the caller.
import {download, get, getJson, post} from '../api.js';
import {clearNotice, showError, showInfo} from '../main.js';
import {dateTime, html} from '../format.js';
import {ACTION, STATUS, STEPS, TIMELINESS} from '../words.js';
import {urgency} from './queue.js';

export async function render(main, {user, params: [code]}) {
  main.innerHTML = '<p class="muted">Đang tải hồ sơ…</p>';
  const {body: d, etag} = await getJson('workflow', '/dossiers/' + encodeURIComponent(code));
  // what the caller may do now, as the workflow decides it (status, role, the step of the dossier's definition)
  const [timeline, allowed] = await Promise.all([get('workflow', `/timelines/${encodeURIComponent(code)}`),
    get('workflow', `/dossiers/${encodeURIComponent(code)}/actions`)]);
  const level = urgency(d);
  const actions = allowed.actions;
  const steps = allowed.steps.map(s => ({...s, label: STEPS.find(known => known.name === s.name)?.label ?? s.name}));
  main.innerHTML = html`
    <p><a href="/hang-doi" data-link>← Hồ sơ cần xử lý</a></p>
    <h1>Hồ sơ <span class="code" id="dossier-code">${d.code}</span></h1>
    <div class="layout-2">
      <section class="panel">
        <h2>Tình trạng</h2>
        <dl class="facts">
          <dt>Trạng thái</dt><dd id="dossier-status" data-status="${d.status}">${STATUS[d.status] ?? d.status}</dd>
          <dt>Bước hiện tại</dt><dd>${steps[d.stepNumber - 1]?.label ?? d.stepNumber}</dd>
          <dt>Người giữ</dt><dd>${allowed.holder ? (allowed.holder.name ?? allowed.holder.holder) : '—'}</dd>
          <dt>Thủ tục</dt><dd>${d.procedureCode}</dd>
          <dt>Ngày tiếp nhận</dt><dd>${dateTime(d.receivedAt)}</dd>
          <dt>Hạn trả kết quả</dt><dd class="${level}">${dateTime(d.dueAt)}${level === 'overdue' ? ' (quá hạn)' : level === 'soon' ? ' (sắp đến hạn)' : ''}</dd>
          ${d.extensions ? html`<dt>Hạn ban đầu</dt><dd>${dateTime(d.originalDueAt)}</dd>` : ''}
          ${d.missing ? html`<dt>Cần bổ sung</dt><dd>${d.missing}</dd>` : ''}
        </dl>
        <p><button type="button" class="ghost" id="control-sheet">Tải phiếu kiểm soát quá trình (mẫu 05)</button></p>
      </section>
      <section class="panel" id="actions">
        <h2>Xử lý</h2>
        ${actions.length ? html`<div class="action-buttons">${actions.map(a => html`
          <button type="button" data-action="${a.action}" class="${a.action === 'REJECT' || a.action === 'STOP' ? 'danger' : ''}">${ACTION[a.action]}</button>`)}</div>
          <form id="action-form" class="action-form" hidden></form>`
          : html`<p class="muted">Ở trạng thái này, tài khoản của bạn không có thao tác nào với hồ sơ.</p>`}
      </section>
    </div>
    <section class="panel">
      <h2>Quá trình xử lý</h2>
      <ol class="timeline">${timeline.map(t => html`<li>
        <time>${dateTime(t.at)}</time>
        <strong>${ACTION[t.action] ?? t.action}</strong> → ${STATUS[statusName(t.toStatus)] ?? t.toStatus}
        ${t.step ? html`<span class="muted"> · bước ${STEPS.find(s => s.name === t.step)?.label ?? t.step}</span>` : ''}
        ${t.stepTimeliness ? html`<span class="tag">${TIMELINESS[t.stepTimeliness] ?? t.stepTimeliness}</span>` : ''}
        ${t.actorName ? html`<span class="muted"> · ${t.actorName}</span>` : ''}
        ${t.amountVnd ? html`<div>${t.amountVnd.toLocaleString('vi-VN')} đồng${t.receiptNumber ? html`, biên lai số ${t.receiptNumber}` : ''}</div>` : ''}
        ${t.reason ? html`<div class="muted">${t.reason}</div>` : ''}</li>`)}</ol>
    </section>`;
  document.getElementById('control-sheet').onclick = () =>
    download('workflow', `/dossiers/${encodeURIComponent(code)}/control-sheet/pdf`, `phieu-kiem-soat-${code}.pdf`, 'application/pdf')
      .catch(showError);
  document.querySelectorAll('[data-action]').forEach(button => button.addEventListener('click', () =>
    openForm(actions.find(a => a.action === button.dataset.action), steps, d, etag, user)));
}

const NATIONAL = ['SUBMITTED_ONLINE', 'ACCEPTED', 'REFUSED', 'PROCESSING', 'SUPPLEMENT_REQUESTED', 'FEE_REQUESTED',
  'WITHDRAWAL_REQUESTED', 'STOPPED', 'RESULT_READY', 'RESULT_RETURNED'];
const statusName = code => NATIONAL[code - 1];

function openForm(spec, steps, d, etag, user) {
  const form = document.getElementById('action-form');
  const nextStep = steps[Math.min(d.stepNumber, steps.length - 1)];
  const field = {
    assignee: html`<label>Chuyển cho (tên đăng nhập cán bộ)
      <input name="assignee" required maxlength="128" value="${spec.assigneeMustBeSelf ? user.username : ''}"
        ${spec.assigneeMustBeSelf ? 'readonly' : ''}></label>`,
    step: html`<label>Đến bước <select name="step">${steps.map(s => html`
      <option value="${s.name}" ${s === nextStep ? 'selected' : ''}>${s.number}. ${s.label}</option>`)}</select></label>`,
    missing: html`<label>Thành phần cần bổ sung <input name="missing" required maxlength="2000"></label>`,
    reason: html`<label>${spec.reasonRequired ? 'Lý do' : 'Ý kiến'} <textarea name="reason" rows="2" maxlength="2000"
      ${spec.reasonRequired ? 'required' : ''}></textarea></label>`,
    amountVnd: html`<label>Số tiền (đồng) <input name="amountVnd" type="number" min="1" step="1000" required></label>`,
    receiptNumber: html`<label>Số biên lai <input name="receiptNumber" required maxlength="64"></label>`,
    newDueAt: html`<label>Ngày hẹn mới <input name="newDueAt" type="datetime-local" required></label>`,
  };
  // a field the page has no input for (a hand-off's assigneeKind) keeps the service's default
  form.innerHTML = html`<h3>${ACTION[spec.action]}</h3>${spec.fields.filter(f => field[f]).map(f => field[f])}
    <div class="actions"><button type="submit">Xác nhận: ${ACTION[spec.action]}</button>
    <button type="button" class="ghost" id="action-cancel">Hủy</button></div>`.safeHtml;
  form.hidden = false;
  (form.querySelector('input, textarea, select') ?? form.querySelector('button')).focus();
  document.getElementById('action-cancel').onclick = () => { form.hidden = true; };
  form.onsubmit = async event => {
    event.preventDefault();
    clearNotice();
    const data = Object.fromEntries(new FormData(form));
    const body = {};
    for (const [name, value] of Object.entries(data)) {
      if (value === '') continue;
      body[name] = name === 'amountVnd' ? Number(value) : name === 'newDueAt' ? new Date(value).toISOString() : value;
    }
    try {
      await post('workflow', `/dossiers/${encodeURIComponent(d.code)}/${spec.path}`, body, {headers: {'If-Match': etag}});
      await render(document.getElementById('main'), {user, params: [d.code]});
      showInfo(`Đã thực hiện: ${ACTION[spec.action]}.`);
    } catch (e) {
      showError(e);
    }
  };
}
