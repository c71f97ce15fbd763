// Front desk: receive a dossier handed in at the desk or by post, from the keyboard alone.
// Search field (Enter picks the first procedure, arrows pick another) → components (Space ticks) → channel →
// applicant → Enter submits. The outcome takes focus, with the receipt's download button first.
import {download, get, post} from '../api.js';
import {clearNotice, showError} from '../main.js';
import {date, dateTime, esc, html} from '../format.js';
import {CHANNEL} from '../words.js';

let procedure = null;
let searchSeq = 0;

export async function render(main) {
  procedure = null;
  main.innerHTML = html`
    <h1>Tiếp nhận hồ sơ</h1>
    <div class="layout-2">
      <form id="reception" class="panel" novalidate autocomplete="off">
        <fieldset>
          <legend>1. Thủ tục hành chính</legend>
          <label for="procedure-search">Tìm thủ tục (gõ có dấu hoặc không dấu, Enter để chọn)</label>
          <input id="procedure-search" type="search" autofocus placeholder="ví dụ: chứng thực, khai sinh">
          <div id="procedure-results" role="radiogroup" aria-label="Kết quả tìm thủ tục" class="results"></div>
        </fieldset>
        <fieldset id="components-box" hidden>
          <legend>2. Thành phần hồ sơ đã nộp</legend>
          <p class="hint">Dấu cách để đánh dấu; <span class="required">*</span> là thành phần bắt buộc.</p>
          <div id="components"></div>
        </fieldset>
        <fieldset>
          <legend>3. Người nộp hồ sơ</legend>
          <div class="grid">
            <label>Hình thức nộp
              <select id="channel">${Object.entries(CHANNEL).filter(([k]) => k !== 'ONLINE')
                .map(([k, v]) => html`<option value="${k}">${v}</option>`)}</select></label>
            <label>Loại
              <select id="applicant-kind"><option value="PERSON">Cá nhân</option><option value="ORGANISATION">Tổ chức</option></select></label>
            <label class="wide">Họ và tên / tên tổ chức <span class="required">*</span>
              <input id="applicant-name" required maxlength="200"></label>
            <label>Số định danh / mã số thuế <span class="required">*</span>
              <input id="applicant-id" required maxlength="20" inputmode="numeric"></label>
            <label>Ngày sinh (ngày/tháng/năm)
              <input id="applicant-dob" placeholder="dd/mm/yyyy" maxlength="10" inputmode="numeric"></label>
            <label>Điện thoại <input id="applicant-phone" type="tel" maxlength="30"></label>
            <label>Thư điện tử <input id="applicant-email" type="email" maxlength="254"></label>
            <label class="wide">Địa chỉ <input id="applicant-address" maxlength="500"></label>
            <label class="wide">Ghi chú <input id="notes" maxlength="2000"></label>
          </div>
        </fieldset>
        <fieldset>
          <legend>4. Từ chối tiếp nhận (nếu có)</legend>
          <label class="check"><input type="checkbox" id="refuse"> Từ chối tiếp nhận hồ sơ này</label>
          <label for="refusal-reason" class="hidden-unless-refuse">Lý do từ chối (in trên mẫu 03)</label>
          <textarea id="refusal-reason" rows="2" maxlength="2000" class="hidden-unless-refuse"></textarea>
        </fieldset>
        <div class="actions"><button type="submit" id="receive">Tiếp nhận hồ sơ</button>
          <span class="hint">hoặc nhấn Enter</span></div>
      </form>
      <section id="outcome" class="panel outcome" aria-live="polite" tabindex="-1">
        <h2>Kết quả tiếp nhận</h2>
        <p class="muted">Chọn thủ tục, đánh dấu thành phần và nhập thông tin người nộp.</p>
      </section>
    </div>`;
  const search = document.getElementById('procedure-search');
  let timer;
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => findProcedures(search.value), 250);
  });
  search.addEventListener('keydown', async event => {
    if (event.key === 'Enter') {
      event.preventDefault();
      clearTimeout(timer);
      await findProcedures(search.value);
      const first = document.querySelector('#procedure-results input');
      if (first) {
        first.checked = true;
        await choose(first.value);
      }
    }
  });
  document.getElementById('procedure-results').addEventListener('change', event => choose(event.target.value));
  document.getElementById('reception').addEventListener('submit', event => {
    event.preventDefault();
    receive().catch(showError);
  });
  search.focus();
}

async function findProcedures(text) {
  const seq = ++searchSeq;
  const box = document.getElementById('procedure-results');
  if (text.trim().length < 2) {
    box.innerHTML = '';
    return;
  }
  try {
    const page = await get('intake', '/procedures?size=8&q=' + encodeURIComponent(text.trim()), {anonymous: true});
    if (seq !== searchSeq) {
      return;
    }
    box.innerHTML = page.items.length ? html`${page.items.map(p => html`
      <label class="result"><input type="radio" name="procedure" value="${p.code}">
        <span><strong>${p.name}</strong><small>${p.code} · ${p.fieldName ?? p.fieldCode}</small></span></label>`)}`
      .safeHtml : '<p class="muted">Không tìm thấy thủ tục phù hợp.</p>';
  } catch (e) {
    showError(e);
  }
}

async function choose(code) {
  procedure = await get('intake', '/procedures/' + encodeURIComponent(code), {anonymous: true});
  const box = document.getElementById('components');
  box.innerHTML = html`
    <p class="chosen">${procedure.name} <small>(${procedure.code})</small></p>
    <table class="components"><thead><tr><th>Đã nộp</th><th>Thành phần</th><th>Bản chính</th><th>Bản sao</th></tr></thead>
    <tbody>${procedure.components.map(c => html`<tr>
      <td><input type="checkbox" class="component" id="component-${c.no}" data-no="${c.no}"
        aria-label="${c.no}. ${c.name}"></td>
      <td><label for="component-${c.no}">${c.no}. ${c.name}${c.mandatory ? html` <span class="required">*</span>` : ''}</label></td>
      <td><input type="number" min="0" max="50" value="${c.originals}" id="originals-${c.no}" tabindex="-1" aria-label="Số bản chính"></td>
      <td><input type="number" min="0" max="50" value="${c.copies}" id="copies-${c.no}" tabindex="-1" aria-label="Số bản sao"></td>
    </tr>`)}</tbody></table>`;
  document.getElementById('components-box').hidden = false;
  document.querySelector('#components .component')?.focus();
}

/** dd/mm/yyyy as typed at the desk → 2026-12-07; empty stays empty. */
function isoDate(text) {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  if (!text.trim()) {
    return null;
  }
  if (!m) {
    throw new Error('Ngày sinh cần có dạng ngày/tháng/năm, ví dụ 02/03/1985.');
  }
  return `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
}

const value = id => document.getElementById(id).value.trim();

async function receive() {
  clearNotice();
  if (!procedure) {
    document.getElementById('procedure-search').focus();
    throw new Error('Chưa chọn thủ tục hành chính.');
  }
  if (!value('applicant-name') || !value('applicant-id')) {
    document.getElementById(value('applicant-name') ? 'applicant-id' : 'applicant-name').focus();
    throw new Error('Cần nhập họ tên và số định danh của người nộp.');
  }
  const refused = document.getElementById('refuse').checked;
  const components = [...document.querySelectorAll('#components .component:checked')].map(box => ({
    no: Number(box.dataset.no),
    originals: Number(document.getElementById('originals-' + box.dataset.no).value || 0),
    copies: Number(document.getElementById('copies-' + box.dataset.no).value || 0),
  }));
  const body = {
    procedureCode: procedure.code, channel: value('channel'), components,
    applicant: {
      kind: value('applicant-kind'), name: value('applicant-name'), idNumber: value('applicant-id'),
      dateOfBirth: isoDate(value('applicant-dob')), phone: value('applicant-phone') || null,
      email: value('applicant-email') || null, address: value('applicant-address') || null,
    },
    notes: value('notes') || null,
    refusal: refused ? {reason: value('refusal-reason')} : null,
  };
  const button = document.getElementById('receive');
  button.disabled = true;
  try {
    const result = await post('intake', '/dossiers', body, {headers: {'Idempotency-Key': crypto.randomUUID()}});
    showOutcome(result);
  } finally {
    button.disabled = false;
  }
}

function showOutcome({dossier, lookupSecret}) {
  const box = document.getElementById('outcome');
  const components = (dossier.missingComponents ?? []).map(c => html`<li>${c.no}. ${c.name}</li>`);
  if (dossier.status === 'ACCEPTED') {
    box.className = 'panel outcome accepted';
    box.innerHTML = html`
      <h2>Đã tiếp nhận hồ sơ</h2>
      <dl class="facts">
        <dt>Mã hồ sơ</dt><dd id="outcome-code" class="code">${dossier.code}</dd>
        <dt>Ngày hẹn trả kết quả</dt><dd id="outcome-due">${dateTime(dossier.dueAt)}</dd>
        <dt>Mã tra cứu</dt><dd id="outcome-secret" class="code">${lookupSecret ?? '—'}</dd>
        <dt>Người nộp</dt><dd>${dossier.applicant?.name}</dd>
        <dt>Thủ tục</dt><dd>${dossier.procedureName}</dd>
      </dl>
      <p class="hint">Mã tra cứu chỉ hiện một lần và được in trên giấy biên nhận.</p>
      <div class="actions">
        <button type="button" id="download-receipt">Tải giấy biên nhận (mẫu 01)</button>
        <button type="button" class="ghost" id="next-dossier">Tiếp nhận hồ sơ khác</button>
      </div>`;
    document.getElementById('download-receipt').onclick = () =>
      download('intake', `/dossiers/${dossier.id}/receipt`, `bien-nhan-${dossier.code}.pdf`, 'application/pdf')
        .catch(showError);
  } else if (dossier.status === 'INCOMPLETE') {
    box.className = 'panel outcome incomplete';
    box.innerHTML = html`
      <h2>Hồ sơ chưa đủ thành phần</h2>
      <p>Chưa tiếp nhận. Hướng dẫn người nộp bổ sung (mẫu 02) các thành phần sau:</p>
      <ul id="outcome-missing">${components}</ul>
      <div class="actions"><button type="button" class="ghost" id="next-dossier">Tiếp nhận hồ sơ khác</button></div>`;
  } else {
    box.className = 'panel outcome refused';
    box.innerHTML = html`
      <h2>Đã từ chối tiếp nhận</h2>
      <p>Lý do (mẫu 03): <span id="outcome-reason">${dossier.refusalReason}</span></p>
      <p class="muted">Ngày ${date(dossier.decidedAt)}</p>
      <div class="actions"><button type="button" class="ghost" id="next-dossier">Tiếp nhận hồ sơ khác</button></div>`;
  }
  document.getElementById('next-dossier').onclick = () => render(document.getElementById('main'));
  (document.getElementById('download-receipt') ?? document.getElementById('next-dossier')).focus();
  box.dataset.status = dossier.status;
}
