// Front desk: receive a dossier handed in at the desk or by post, from the keyboard alone.
// Search field (Enter picks the first procedure, arrows pick another) → components (Space ticks) → channel →
// applicant → Enter submits. The outcome takes focus, with the receipt's download button first.
import {download, post} from '../api.js';
import {clearNotice, showError} from '../main.js';
import {date, dateTime, html} from '../format.js';
import {CHANNEL} from '../words.js';
import {applicant, applicantFields, bindProcedureSearch, componentsFieldset, handedComponents, procedureFieldset, value}
  from '../procedure.js';

let procedure = null;

export async function render(main) {
  procedure = null;
  main.innerHTML = html`
    <h1>Tiếp nhận hồ sơ</h1>
    <div class="layout-2">
      <form id="reception" class="panel" novalidate autocomplete="off">
        ${procedureFieldset('1. Thủ tục hành chính')}
        ${componentsFieldset('2. Thành phần hồ sơ đã nộp')}
        <fieldset>
          <legend>3. Người nộp hồ sơ</legend>
          ${applicantFields(html`<label>Hình thức nộp
              <select id="channel">${Object.entries(CHANNEL).filter(([k]) => k !== 'ONLINE')
                .map(([k, v]) => html`<option value="${k}">${v}</option>`)}</select></label>`)}
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
  bindProcedureSearch(chosen => {
    procedure = chosen;
  });
  document.getElementById('reception').addEventListener('submit', event => {
    event.preventDefault();
    receive().catch(showError);
  });
}

async function receive() {
  clearNotice();
  if (!procedure) {
    document.getElementById('procedure-search').focus();
    throw new Error('Chưa chọn thủ tục hành chính.');
  }
  const refused = document.getElementById('refuse').checked;
  const body = {
    procedureCode: procedure.code, channel: value('channel'), components: handedComponents(),
    applicant: applicant(),
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
      <div class="actions">
        <button type="button" id="download-form">Tải phiếu yêu cầu bổ sung (mẫu 02)</button>
        <button type="button" class="ghost" id="next-dossier">Tiếp nhận hồ sơ khác</button>
      </div>`;
    document.getElementById('download-form').onclick = () =>
      download('intake', `/dossiers/${dossier.id}/forms/supplement-request`, `yeu-cau-bo-sung-${dossier.id}.pdf`,
        'application/pdf').catch(showError);
  } else {
    box.className = 'panel outcome refused';
    box.innerHTML = html`
      <h2>Đã từ chối tiếp nhận</h2>
      <p>Lý do (mẫu 03): <span id="outcome-reason">${dossier.refusalReason}</span></p>
      <p class="muted">Ngày ${date(dossier.decidedAt)}</p>
      <div class="actions">
        <button type="button" id="download-form">Tải phiếu từ chối (mẫu 03)</button>
        <button type="button" class="ghost" id="next-dossier">Tiếp nhận hồ sơ khác</button>
      </div>`;
    document.getElementById('download-form').onclick = () =>
      download('intake', `/dossiers/${dossier.id}/forms/refusal`, `tu-choi-${dossier.id}.pdf`, 'application/pdf')
        .catch(showError);
  }
  document.getElementById('next-dossier').onclick = () => render(document.getElementById('main'));
  (document.getElementById('download-receipt') ?? document.getElementById('download-form')
    ?? document.getElementById('next-dossier')).focus();
  box.dataset.status = dossier.status;
}
