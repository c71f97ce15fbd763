// What the front desk's reception and the citizen's online submission share: the catalogue search (with or
// without accents, Enter picks the first procedure), the procedure's components (Space ticks), the applicant's
// fields and the dd/mm/yyyy dates people type.
import {get} from './api.js';
import {showError} from './main.js';
import {html} from './format.js';

let searchSeq = 0;

/** The search fieldset; `legend` numbers it on the page. */
export function procedureFieldset(legend) {
  return html`
    <fieldset>
      <legend>${legend}</legend>
      <label for="procedure-search">Tìm thủ tục (gõ có dấu hoặc không dấu, Enter để chọn)</label>
      <input id="procedure-search" type="search" autofocus placeholder="ví dụ: chứng thực, khai sinh">
      <div id="procedure-results" role="radiogroup" aria-label="Kết quả tìm thủ tục" class="results"></div>
    </fieldset>`;
}

export function componentsFieldset(legend) {
  return html`
    <fieldset id="components-box" hidden>
      <legend>${legend}</legend>
      <p class="hint">Dấu cách để đánh dấu; <span class="required">*</span> là thành phần bắt buộc.</p>
      <div id="components"></div>
    </fieldset>`;
}

/** The applicant's fields; `before` goes first in the grid (the desk's channel, for instance). */
export function applicantFields(before = '') {
  return html`
    <div class="grid">
      ${before}
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
    </div>`;
}

/** Wires the search: typing searches after a pause, Enter picks the first result; `chosen(procedure)` follows. */
export function bindProcedureSearch(chosen) {
  const search = document.getElementById('procedure-search');
  let timer;
  const pick = async code => chosen(await showComponents(code));
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
        await pick(first.value).catch(showError);
      }
    }
  });
  document.getElementById('procedure-results').addEventListener('change', event => pick(event.target.value).catch(showError));
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

async function showComponents(code) {
  const procedure = await get('intake', '/procedures/' + encodeURIComponent(code), {anonymous: true});
  document.getElementById('components').innerHTML = html`
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
  return procedure;
}

/** The ticked components with their counts of originals and copies. */
export function handedComponents() {
  return [...document.querySelectorAll('#components .component:checked')].map(box => ({
    no: Number(box.dataset.no),
    originals: Number(document.getElementById('originals-' + box.dataset.no).value || 0),
    copies: Number(document.getElementById('copies-' + box.dataset.no).value || 0),
  }));
}

export const value = id => document.getElementById(id).value.trim();

/** dd/mm/yyyy as people type it → 2026-12-07; empty stays empty. */
export function isoDate(text) {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  if (!text.trim()) {
    return null;
  }
  if (!m) {
    throw new Error('Ngày sinh cần có dạng ngày/tháng/năm, ví dụ 02/03/1985.');
  }
  return `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
}

/** The applicant as intake takes it; asks for the name and identity number first. */
export function applicant() {
  if (!value('applicant-name') || !value('applicant-id')) {
    document.getElementById(value('applicant-name') ? 'applicant-id' : 'applicant-name').focus();
    throw new Error('Cần nhập họ tên và số định danh của người nộp.');
  }
  return {
    kind: value('applicant-kind'), name: value('applicant-name'), idNumber: value('applicant-id'),
    dateOfBirth: isoDate(value('applicant-dob')), phone: value('applicant-phone') || null,
    email: value('applicant-email') || null, address: value('applicant-address') || null,
  };
}
