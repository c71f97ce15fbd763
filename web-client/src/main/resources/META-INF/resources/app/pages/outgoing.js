// Outgoing documents (Decree 30/2020): a specialist drafts, the leader signs as the competent person, the clerk
// numbers it in the register, signs for the organisation and issues it; the register books as PDF.
// The buttons mirror document-service's OutgoingLifecycle; the service checks again.
import {download, get, post} from '../api.js';
import {clearNotice, showError, showInfo} from '../main.js';
import {date, dateTime, html, isoToday, number} from '../format.js';

const STATUS = {
  DRAFT: 'Dự thảo', SIGNED_BY_PERSON: 'Người có thẩm quyền đã ký', REGISTERED: 'Đã vào sổ, cấp số',
  SIGNED_BY_ORGANISATION: 'Đã ký số cơ quan', ISSUED: 'Đã phát hành',
};
const DELIVERY = {FULLY_ELECTRONIC: 'Điện tử', ELECTRONIC_AND_PAPER: 'Điện tử và bản giấy', PAPER_ONLY: 'Bản giấy'};
const TYPES = {QD: 'Quyết định', CV: 'Công văn', TB: 'Thông báo', GM: 'Giấy mời', BC: 'Báo cáo', KH: 'Kế hoạch', TTR: 'Tờ trình'};

/** What the caller may do next to a document: the step, its button and the call. */
function nextSteps(d, user) {
  const paper = d.deliveryMode === 'PAPER_ONLY';
  const steps = [];
  if (user.has('leader') && !paper && d.status === 'DRAFT') {
    steps.push({id: 'sign-person', label: 'Ký duyệt (người có thẩm quyền)', call: () => post('document', `/outgoing-documents/${d.id}/signatures`, {role: 'PERSON'})});
  }
  if (user.has('clerk') && ((paper && d.status === 'DRAFT') || d.status === 'SIGNED_BY_PERSON')) {
    steps.push({id: 'register', label: 'Vào sổ, cấp số', call: () => post('document', `/outgoing-documents/${d.id}/registration`)});
  }
  if (user.has('clerk') && !paper && d.status === 'REGISTERED') {
    steps.push({id: 'sign-organisation', label: 'Ký số cơ quan', call: () => post('document', `/outgoing-documents/${d.id}/signatures`, {role: 'ORGANISATION'})});
  }
  if (user.has('clerk') && ((paper && d.status === 'REGISTERED') || d.status === 'SIGNED_BY_ORGANISATION')) {
    steps.push({id: 'issue', label: 'Phát hành', call: () => post('document', `/outgoing-documents/${d.id}/issue`)});
  }
  return steps;
}

export async function render(main, {user}) {
  const year = Number(isoToday().slice(0, 4));
  const today = isoToday();
  const books = user.has('clerk') || user.has('leader');
  main.innerHTML = html`
    <h1>Văn bản đi</h1>
    <div class="layout-2">
      <section class="panel">
        <form id="outgoing-filter" class="inline">
          <label>Năm cấp số (để trống: mọi năm, cả dự thảo) <input type="number" id="outgoing-year" min="2000" max="2100"
            placeholder="${year}"></label>
          <label>Trạng thái <select id="outgoing-status"><option value="">Tất cả</option>
            ${Object.entries(STATUS).map(([k, v]) => html`<option value="${k}">${v}</option>`)}</select></label>
          <button type="submit">Xem</button>
        </form>
        <div id="outgoing-list"><p class="muted">Đang tải…</p></div>
      </section>
      <section class="panel">
        <h2>Dự thảo văn bản mới</h2>
        <form id="outgoing-draft" autocomplete="off">
          <div class="grid">
            <label>Loại văn bản <select id="draft-type">${Object.entries(TYPES).map(([k, v]) => html`<option value="${k}">${v}</option>`)}</select></label>
            <label>Cơ quan ban hành (viết tắt) <span class="required">*</span> <input id="draft-issuer" value="UBND" maxlength="20" required></label>
            <label>Đơn vị soạn thảo (viết tắt, bắt buộc với công văn) <input id="draft-unit" maxlength="20"></label>
            <label>Hình thức phát hành <select id="draft-delivery">${Object.entries(DELIVERY).map(([k, v]) => html`<option value="${k}">${v}</option>`)}</select></label>
            <label class="wide">Trích yếu <span class="required">*</span> <textarea id="draft-summary" rows="2" maxlength="2000" required></textarea></label>
            <label>Người ký <span class="required">*</span> <input id="draft-signer" maxlength="200" required></label>
            <label>Chức vụ <input id="draft-title" maxlength="200"></label>
            <label class="wide">Nơi nhận (mỗi dòng một nơi) <span class="required">*</span> <textarea id="draft-recipients" rows="2" required></textarea></label>
            <label>Mã hồ sơ (nếu là kết quả giải quyết) <input id="draft-dossier" maxlength="100"></label>
            <label>Tệp PDF (bắt buộc khi phát hành điện tử) <input type="file" id="draft-file" accept="application/pdf"></label>
            <label class="check"><input type="checkbox" id="draft-secret"> Văn bản mật (sổ riêng)</label>
          </div>
          <div class="actions"><button type="submit">Lưu dự thảo</button></div>
        </form>
      </section>
    </div>
    ${books ? html`<section class="panel">
      <h2>Sổ đăng ký văn bản (PDF)</h2>
      <form id="register-books" class="inline">
        <label>Từ ngày <input type="date" id="book-from" value="${year}-01-01"></label>
        <label>Đến ngày <input type="date" id="book-to" value="${today}"></label>
        <button type="button" data-book="outgoing">Sổ văn bản đi</button>
        <button type="button" class="ghost" data-book="incoming">Sổ văn bản đến</button>
      </form></section>` : ''}`;
  const filter = document.getElementById('outgoing-filter');
  filter.onsubmit = event => {
    event.preventDefault();
    list(user).catch(showError);
  };
  document.getElementById('outgoing-draft').onsubmit = event => {
    event.preventDefault();
    draft(user).catch(showError);
  };
  document.querySelectorAll('[data-book]').forEach(b => b.onclick = () => {
    const from = document.getElementById('book-from').value;
    const to = document.getElementById('book-to').value;
    download('document', `/register-books/${b.dataset.book}?from=${from}&to=${to}`, `so-van-ban-${b.dataset.book}.pdf`,
      'application/pdf').catch(showError);
  });
  await list(user);
}

async function list(user) {
  const year = document.getElementById('outgoing-year').value;
  const status = document.getElementById('outgoing-status').value;
  // a draft has no year until it is numbered: without a year, drafts come first, then the newest numbers
  const page = await get('document', `/outgoing-documents?size=100${year ? '&year=' + year : ''}${status ? '&status=' + status : ''}`);
  const box = document.getElementById('outgoing-list');
  if (!page.items.length) {
    box.innerHTML = '<p class="muted">Không có văn bản nào.</p>';
    return;
  }
  box.innerHTML = html`
    <p class="muted">${number(page.total)} văn bản</p>
    <table class="list" id="outgoing-table"><thead><tr><th>Số, ký hiệu</th><th>Loại, trích yếu</th><th>Hồ sơ</th>
      <th>Trạng thái</th><th></th></tr></thead>
    <tbody>${page.items.map(d => html`<tr data-id="${d.id}" data-status="${d.status}">
      <td>${d.symbol ? html`<strong>${d.symbol}</strong><br><small>${date(d.documentDate)}</small>` : '—'}</td>
      <td>${d.typeName}: ${d.summary}<br><small>${DELIVERY[d.deliveryMode] ?? d.deliveryMode} · ${d.signerName}</small></td>
      <td>${d.dossierCode ?? '—'}</td>
      <td>${STATUS[d.status] ?? d.status}${d.issuedAt ? html`<br><small>${dateTime(d.issuedAt)}</small>` : ''}</td>
      <td class="action-buttons">${nextSteps(d, user).map(s => html`<button type="button" class="small" data-step="${s.id}">${s.label}</button>`)}</td>
    </tr>`)}</tbody></table>`;
  for (const d of page.items) {
    for (const step of nextSteps(d, user)) {
      box.querySelector(`tr[data-id="${d.id}"] [data-step="${step.id}"]`).onclick = async () => {
        clearNotice();
        try {
          const after = await step.call();
          showInfo(`Đã thực hiện: ${step.label.toLowerCase()}${after.symbol ? ' — ' + after.symbol : ''}.`);
          await list(user);
        } catch (e) {
          showError(e);
        }
      };
    }
  }
}

async function draft(user) {
  clearNotice();
  const value = id => document.getElementById(id).value.trim();
  const file = document.getElementById('draft-file').files[0];
  const dossierCode = value('draft-dossier') || null;
  let fileId = null;
  if (file) {
    const provenance = dossierCode ? 'RESULT' : 'DRAFTED';
    const query = `provenance=${provenance}&name=${encodeURIComponent(file.name)}${dossierCode ? '&dossierCode=' + encodeURIComponent(dossierCode) : ''}`;
    fileId = (await post('document', '/files?' + query, file, {headers: {'Idempotency-Key': crypto.randomUUID()}})).id;
  }
  const created = await post('document', '/outgoing-documents', {
    type: value('draft-type'), issuer: value('draft-issuer'), draftingUnit: value('draft-unit') || null,
    secret: document.getElementById('draft-secret').checked, summary: value('draft-summary'),
    signerName: value('draft-signer'), signerTitle: value('draft-title') || null,
    recipients: value('draft-recipients').split('\n').map(r => r.trim()).filter(Boolean),
    deliveryMode: value('draft-delivery'), dossierCode, fileId,
  }, {headers: {'Idempotency-Key': crypto.randomUUID()}});
  showInfo(`Đã thực hiện: lưu dự thảo ${created.typeName.toLowerCase()} "${created.summary}".`);
  document.getElementById('outgoing-draft').reset();
  await list(user);
}
