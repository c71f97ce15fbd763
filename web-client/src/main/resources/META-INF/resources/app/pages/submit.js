// Citizen, without signing in: the procedure catalogue, and a dossier submitted online to the chosen unit. The
// desk checks it (Hồ sơ trực tuyến) and accepts it, asks for missing components, or refuses it; the citizen
// follows it with the code and lookup code shown here once. Each ticked component may carry files (PDF, images,
// office documents), sent to document-service with the lookup code right after the submission.
import {ApiError, get, post} from '../api.js';
import {currentUser} from '../auth.js';
import {clearNotice, showError} from '../main.js';
import {dateTime, html, number} from '../format.js';
import {applicant, applicantFields, bindProcedureSearch, componentsFieldset, handedComponents, procedureFieldset, value}
  from '../procedure.js';

const DURATION = {WORKING_DAYS: 'ngày làm việc', WORKING_HOURS: 'giờ làm việc', CALENDAR_DAYS: 'ngày'};
const LEVEL = {PROVINCE: 'Tỉnh, thành phố', DISTRICT: 'Huyện', COMMUNE: 'Xã, phường, thị trấn'};
let procedure = null;
let units = [];

export async function render(main) {
  procedure = null;
  main.innerHTML = html`
    <h1>Nộp hồ sơ trực tuyến</h1>
    <div class="layout-2">
      <form id="submission" class="panel" novalidate autocomplete="off">
        ${procedureFieldset('1. Chọn thủ tục hành chính')}
        <section id="procedure-info" hidden></section>
        <fieldset>
          <legend>2. Nơi nộp hồ sơ</legend>
          <label>Cơ quan giải quyết <span class="required">*</span> <select id="submit-unit" required></select></label>
        </fieldset>
        ${componentsFieldset('3. Thành phần hồ sơ (đánh dấu thành phần ông/bà có)')}
        <fieldset><legend>4. Người nộp hồ sơ</legend>${applicantFields()}</fieldset>
        <div class="actions"><button type="submit" id="submit">Nộp hồ sơ</button></div>
      </form>
      <section id="submit-outcome" class="panel outcome" aria-live="polite" tabindex="-1">
        <h2>Sau khi nộp</h2>
        <p class="muted">Bộ phận một cửa kiểm tra hồ sơ và tiếp nhận, hoặc hướng dẫn bổ sung. Giữ lại mã hồ sơ và mã
          tra cứu để theo dõi tại trang <a href="/tra-cuu" data-link>Tra cứu hồ sơ</a>.</p>
      </section>
    </div>`;
  units = flatten((await get('intake', '/units/tree', {anonymous: true})).units);
  showUnits();
  bindProcedureSearch(chosen => {
    procedure = chosen;
    showProcedure();
    showUnits();
    addFileInputs();
  });
  document.getElementById('submission').addEventListener('submit', event => {
    event.preventDefault();
    submit().catch(showError);
  });
}

function flatten(nodes, parents = []) {
  return nodes.flatMap(n => [{code: n.code, name: n.name, level: n.level, path: [...parents, n.name].join(', ')},
    ...flatten(n.children ?? [], [...parents, n.name])]);
}

/** The units that resolve the chosen procedure (its levels), communes first as people usually go there. */
function showUnits() {
  const levels = procedure?.levels ?? ['COMMUNE', 'DISTRICT', 'PROVINCE'];
  const offered = units.filter(u => levels.includes(u.level));
  const select = document.getElementById('submit-unit');
  const before = select.value;
  select.innerHTML = html`<option value="">— chọn —</option>${['COMMUNE', 'DISTRICT', 'PROVINCE'].map(level => {
    const of = offered.filter(u => u.level === level);
    return of.length ? html`<optgroup label="${LEVEL[level]}">${of.map(u =>
      html`<option value="${u.code}" ${u.code === before ? 'selected' : ''}>${u.path}</option>`)}</optgroup>` : '';
  })}`;
}

/** A file picker on each component's row (the desk sees the files when it checks the dossier). */
function addFileInputs() {
  document.querySelector('#components table.components thead tr')?.insertAdjacentHTML('beforeend', '<th>Tệp đính kèm</th>');
  document.querySelectorAll('#components .component').forEach(box => {
    const cell = document.createElement('td');
    cell.innerHTML = html`<input type="file" class="component-files" id="files-${box.dataset.no}" data-no="${box.dataset.no}"
      multiple accept=".pdf,.jpg,.jpeg,.png,.doc,.docx,.xls,.xlsx,.odt,.ods" aria-label="Tệp của thành phần ${box.dataset.no}">`
      .safeHtml;
    box.closest('tr').append(cell);
  });
}

/** The chosen files of the ticked components, each with the component's label as the desk will read it. */
function chosenFiles() {
  return [...document.querySelectorAll('#components .component:checked')].flatMap(box => {
    const label = document.querySelector(`label[for="component-${box.dataset.no}"]`).textContent.replace('*', '').trim();
    return [...(document.getElementById('files-' + box.dataset.no)?.files ?? [])].map(file => ({label, file}));
  });
}

/**
 * Sends one file with the lookup code. document-service learns of the dossier from intake's event a moment
 * after the submission: until then it answers 404, so a 404 is tried again for a few seconds.
 */
async function sendFile(code, secret, {label, file}) {
  const path = `/online/dossiers/${encodeURIComponent(code)}/files?component=${encodeURIComponent(label)}`
    + `&name=${encodeURIComponent(file.name)}`;
  for (let attempt = 0; ; attempt++) {
    try {
      return await post('document', path, file, {anonymous: true, headers: {'Lookup-Secret': secret}});
    } catch (e) {
      if (!(e instanceof ApiError) || e.status !== 404 || attempt >= 20) {
        throw e;
      }
      await new Promise(resolve => setTimeout(resolve, 750));
    }
  }
}

async function sendFiles(code, secret, files) {
  const list = document.getElementById('submitted-files');
  for (const [i, item] of files.entries()) {
    const row = list.querySelector(`[data-file="${i}"]`);
    try {
      await sendFile(code, secret, item);
      row.dataset.state = 'sent';
      row.querySelector('.state').textContent = 'đã gửi';
    } catch (e) {
      row.dataset.state = 'failed';
      row.querySelector('.state').textContent = `không gửi được: ${e.message} ${e.detail ?? ''}`;
    }
  }
}

function showProcedure() {
  const box = document.getElementById('procedure-info');
  const time = procedure.processingTime;
  box.innerHTML = html`<dl class="facts">
    <dt>Lĩnh vực</dt><dd>${procedure.fieldName ?? procedure.fieldCode}</dd>
    ${time ? html`<dt>Thời hạn giải quyết</dt><dd>${time.amount} ${DURATION[time.unit] ?? time.unit} ${procedure.processingNote ?? ''}</dd>` : ''}
    ${procedure.fees?.length ? html`<dt>Phí, lệ phí</dt><dd>${procedure.fees.map(f =>
      f.amountVnd == null ? f.description : `${f.description}: ${number(f.amountVnd)} đồng`).join('; ')}</dd>` : ''}
    ${procedure.legalBasis ? html`<dt>Căn cứ pháp lý</dt><dd>${procedure.legalBasis}</dd>` : ''}
  </dl>`;
  box.hidden = false;
}

async function submit() {
  clearNotice();
  if (!procedure) {
    document.getElementById('procedure-search').focus();
    throw new Error('Chưa chọn thủ tục hành chính.');
  }
  if (!value('submit-unit')) {
    document.getElementById('submit-unit').focus();
    throw new Error('Chưa chọn cơ quan giải quyết.');
  }
  const components = handedComponents();
  if (!components.length) {
    throw new Error('Cần đánh dấu ít nhất một thành phần hồ sơ.');
  }
  const files = chosenFiles();
  const button = document.getElementById('submit');
  button.disabled = true;
  try {
    const result = await post('intake', '/online/dossiers', {
      unitCode: value('submit-unit'), procedureCode: procedure.code, applicant: applicant(), components,
      notes: value('notes') || null,
    // a citizen signed in submits with their token, so the dossier is theirs (Hồ sơ của tôi); anyone else without one
    }, {anonymous: !currentUser()?.has('citizen'), headers: {'Idempotency-Key': crypto.randomUUID()}});
    const box = document.getElementById('submit-outcome');
    box.className = 'panel outcome accepted';
    box.innerHTML = html`
      <h2>Đã nộp hồ sơ</h2>
      <dl class="facts">
        <dt>Mã hồ sơ</dt><dd id="submitted-code" class="code">${result.code}</dd>
        <dt>Mã tra cứu</dt><dd id="submitted-secret" class="code">${result.lookupSecret}</dd>
        <dt>Nộp lúc</dt><dd>${dateTime(result.submittedAt)}</dd>
      </dl>
      <p><strong>Mã tra cứu chỉ hiện một lần.</strong> Hãy ghi lại hoặc chụp màn hình này.</p>
      ${files.length ? html`<h3>Tệp đính kèm</h3><ul id="submitted-files">${files.map((f, i) =>
        html`<li data-file="${i}" data-state="sending">${f.label}: ${f.file.name} — <span class="state">đang gửi…</span></li>`)}</ul>` : ''}
      <p><a class="button" href="/tra-cuu?ma=${encodeURIComponent(result.code)}" data-link>Theo dõi hồ sơ</a></p>`;
    box.focus();
    if (files.length) {
      await sendFiles(result.code, result.lookupSecret, files);
    }
  } finally {
    button.disabled = false;
  }
}
