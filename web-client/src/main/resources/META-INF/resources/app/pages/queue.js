// Work queues: the dossiers whose step I hold, and my unit's, with due-soon and overdue highlighted.
import {get} from '../api.js';
import {dateTime, html, number} from '../format.js';
import {STATUS, STEPS} from '../words.js';

const RUNNING = ['ACCEPTED', 'PROCESSING', 'FEE_REQUESTED'];
const DAY = 24 * 3600 * 1000;

const TABS = [
  {id: 'mine', label: 'Hồ sơ tôi đang giữ', path: '/queues/mine?size=100', roles: ['front-desk', 'specialist', 'leader', 'clerk']},
  {id: 'unit', label: 'Hồ sơ của đơn vị', path: '/queues/unit?size=100'},
  {id: 'soon', label: 'Sắp đến hạn', path: '/queues/unit?due=soon&size=100'},
  {id: 'overdue', label: 'Quá hạn', path: '/queues/unit?due=overdue&size=100'},
];

/** overdue, soon (within two days) or '' for a dossier whose clock runs. */
export function urgency(d, now = Date.now()) {
  if (!RUNNING.includes(d.status) || !d.dueAt) {
    return '';
  }
  const due = new Date(d.dueAt).getTime();
  return due < now ? 'overdue' : due - now <= 2 * DAY ? 'soon' : '';
}

export async function render(main, {user, query}) {
  const tabs = TABS.filter(t => !t.roles || t.roles.some(r => user.has(r)));
  const current = tabs.find(t => t.id === query.get('xem')) ?? tabs[0];
  main.innerHTML = html`
    <h1>Hồ sơ cần xử lý</h1>
    <nav class="tabs" aria-label="Danh sách">${tabs.map(t => html`
      <a href="/hang-doi?xem=${t.id}" data-link ${t === current ? html`aria-current="page"` : ''}>${t.label}</a>`)}</nav>
    <div class="legend"><span class="tag overdue">Quá hạn</span><span class="tag soon">Đến hạn trong 2 ngày</span></div>
    <div id="queue" class="panel"><p class="muted">Đang tải…</p></div>`;
  const page = await get('workflow', current.path);
  const box = document.getElementById('queue');
  if (!page.items.length) {
    box.innerHTML = '<p class="muted">Không có hồ sơ nào.</p>';
    return;
  }
  box.innerHTML = html`
    <p class="muted">${number(page.total)} hồ sơ</p>
    <table class="list"><thead><tr><th>Mã hồ sơ</th><th>Thủ tục</th><th>Trạng thái</th><th>Bước</th>
      <th>Người giữ</th><th>Hạn trả kết quả</th></tr></thead>
    <tbody>${page.items.map(d => {
      const level = urgency(d);
      return html`<tr class="${level}" data-code="${d.code}">
        <td><a href="/ho-so/${encodeURIComponent(d.code)}" data-link>${d.code}</a></td>
        <td>${d.procedureCode}</td><td>${STATUS[d.status] ?? d.status}</td>
        <td>${STEPS[d.stepNumber - 1]?.label ?? d.stepNumber}</td><td>${d.assignee ?? '—'}</td>
        <td>${dateTime(d.dueAt)}${level === 'overdue' ? html` <span class="tag overdue">Quá hạn</span>`
          : level === 'soon' ? html` <span class="tag soon">Sắp đến hạn</span>` : ''}</td></tr>`;
    })}</tbody></table>`;
}
