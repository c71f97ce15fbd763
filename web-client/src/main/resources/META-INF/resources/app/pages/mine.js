// A citizen's account: the dossiers submitted online while signed in (intake GET /me/dossiers) and the issued
// electronic results of each (document-service GET /me/dossiers/{code}/results), downloaded without the secret.
import {download, get} from '../api.js';
import {dateTime, html} from '../format.js';
import {showError} from '../main.js';
import {STATUS} from '../words.js';

export async function render(main) {
  main.innerHTML = html`
    <h1>Hồ sơ của tôi</h1>
    <p class="muted">Hồ sơ bạn đã nộp trực tuyến khi đăng nhập bằng tài khoản này. Hồ sơ nộp không đăng nhập vẫn
      tra cứu được bằng mã hồ sơ và mã tra cứu (<a href="/tra-cuu" data-link>Tra cứu hồ sơ</a>).</p>
    <div id="mine" class="panel"><p class="muted">Đang tải…</p></div>`;
  const dossiers = await get('intake', '/me/dossiers');
  const box = document.getElementById('mine');
  if (!dossiers.length) {
    box.innerHTML = html`<p class="muted">Chưa có hồ sơ nào.
      <a href="/nop-truc-tuyen" data-link>Nộp hồ sơ trực tuyến</a></p>`;
    return;
  }
  box.innerHTML = html`
    <table class="list"><thead><tr><th>Mã hồ sơ</th><th>Thủ tục</th><th>Trạng thái</th><th>Nộp lúc</th>
      <th>Hẹn trả kết quả</th><th>Kết quả điện tử</th></tr></thead>
    <tbody>${dossiers.map(d => html`<tr data-code="${d.code}">
      <td>${d.code}</td><td>${d.procedureCode}</td><td>${STATUS[d.status] ?? d.status}</td>
      <td>${dateTime(d.submittedAt)}</td><td>${d.dueAt ? dateTime(d.dueAt) : '—'}</td>
      <td><button type="button" class="link" data-results="${d.code}">Xem kết quả</button>
        <div class="results"></div></td></tr>`)}</tbody></table>`;
  box.querySelectorAll('button[data-results]').forEach(button => {
    button.onclick = () => showResults(button.dataset.results, button.nextElementSibling).catch(showError);
  });
}

async function showResults(code, target) {
  const path = `/me/dossiers/${encodeURIComponent(code)}/results`;
  const results = await get('document', path);
  if (!results.length) {
    target.innerHTML = '<span class="muted">Chưa có kết quả điện tử.</span>';
    return;
  }
  target.innerHTML = html`${results.map(r => html`<div>
    <button type="button" class="link" data-document="${r.documentId}">${r.symbol ?? r.typeName}: ${r.summary}</button>
    <small class="muted">ban hành ${dateTime(r.issuedAt)}</small></div>`)}`;
  target.querySelectorAll('button[data-document]').forEach(button => {
    button.onclick = () => download('document', `${path}/${button.dataset.document}/content`,
      `ket-qua-${code}.pdf`).catch(showError);
  });
}
