// Supervisor: today's live figures, Biểu 06 for a period (table, chart, XLSX), from stats-service.
import {download, get} from '../api.js';
import {date, html, isoToday, number, percent} from '../format.js';
import {GROUP_BY, fieldName} from '../words.js';

export async function render(main) {
  const today = isoToday();
  const monthStart = today.slice(0, 8) + '01';
  main.innerHTML = html`
    <h1>Theo dõi, báo cáo</h1>
    <section class="panel">
      <h2>Hôm nay, ${date(today)} <button type="button" class="ghost small" id="live-reload">Cập nhật</button></h2>
      <div class="cards four" id="live"><p class="muted">Đang tải…</p></div>
    </section>
    <section class="panel">
      <h2>Biểu 06 — Tình hình, kết quả giải quyết thủ tục hành chính</h2>
      <form id="report-form" class="inline">
        <label>Từ ngày <input type="date" id="report-from" value="${monthStart}" required></label>
        <label>Đến ngày <input type="date" id="report-to" value="${today}" required></label>
        <label>hoặc kỳ báo cáo <select id="report-period"><option value="">— theo ngày đã chọn —</option>${periods(today)}</select></label>
        <label>Chốt số liệu <select id="report-cutoff">
          <option value="official">theo quy định (từ ngày 15 tháng trước đến ngày 14)</option>
          <option value="calendar">theo tháng dương lịch</option></select></label>
        <label>Nhóm <select id="report-group">${Object.entries(GROUP_BY).map(([k, v]) => html`<option value="${k}" ${k === 'FIELD' ? 'selected' : ''}>${v}</option>`)}</select></label>
        <button type="submit">Xem báo cáo</button>
        <button type="button" class="ghost" id="report-xlsx">Tải Excel (XLSX)</button>
      </form>
      <div id="report"></div>
    </section>`;
  document.getElementById('live-reload').onclick = () => live();
  const form = document.getElementById('report-form');
  form.onsubmit = event => {
    event.preventDefault();
    report();
  };
  document.getElementById('report-xlsx').onclick = () => download('stats', reportQuery() + '&format=xlsx', 'bieu-06.xlsx');
  await Promise.all([live(), report()]);
}

async function live() {
  const f = await get('stats', '/reports/live');
  document.getElementById('live').innerHTML = html`
    <div class="card figure" id="live-received"><span class="value">${number(f.receivedToday)}</span><span>Tiếp nhận hôm nay</span></div>
    <div class="card figure" id="live-in-progress"><span class="value">${number(f.inProgress)}</span><span>Đang giải quyết</span></div>
    <div class="card figure warn" id="live-due-soon"><span class="value">${number(f.dueWithinWorkingDays)}</span><span>Đến hạn trước ${date(f.dueBy)}</span></div>
    <div class="card figure alert" id="live-overdue"><span class="value">${number(f.overdue)}</span><span>Quá hạn</span></div>`;
}

/** The periods a report is usually asked for: this year's and last year's, months, quarters, halves, years. */
function periods(today) {
  const year = Number(today.slice(0, 4));
  return [year, year - 1].map(y => html`<optgroup label="Năm ${y}">
    <option value="${y}">Năm ${y}</option>
    ${['H1', 'H2'].map((h, i) => html`<option value="${y}-${h}">6 tháng ${i ? 'cuối' : 'đầu'} năm ${y}</option>`)}
    ${[1, 2, 3, 4].map(q => html`<option value="${y}-Q${q}">Quý ${q}/${y}</option>`)}
    ${[...Array(12).keys()].map(m => html`<option value="${y}-${String(m + 1).padStart(2, '0')}">Tháng ${m + 1}/${y}</option>`)}
  </optgroup>`);
}

function reportQuery() {
  const period = document.getElementById('report-period').value;
  if (period) {
    const cutoff = document.getElementById('report-cutoff').value;
    return `/reports/dossiers?period=${period}&cutoff=${cutoff}&groupBy=${document.getElementById('report-group').value}`;
  }
  const from = document.getElementById('report-from').value;
  const to = document.getElementById('report-to').value;
  const group = document.getElementById('report-group').value;
  return `/reports/dossiers?from=${from}&to=${to}&groupBy=${group}`;
}

async function report() {
  const r = await get('stats', reportQuery());
  const rows = r.groupBy === 'NONE' ? [] : r.rows;
  const field = r.groupBy === 'FIELD' ? await fieldName(get) : key => key;
  const label = key => key === 'total' ? 'Tổng cộng' : field(key);
  const line = (row, cls = '') => html`<tr class="${cls}"><th scope="row">${label(row.key)}</th>
    <td>${number(row.receivedTotal)}</td><td>${number(row.receivedOnline)}</td><td>${number(row.receivedInPerson)}</td>
    <td>${number(row.carriedOver)}</td><td>${number(row.resolvedTotal)}</td><td>${number(row.resolvedEarly)}</td>
    <td>${number(row.resolvedOnTime)}</td><td>${number(row.resolvedLate)}</td><td>${number(row.inProgressTotal)}</td>
    <td>${number(row.inProgressWithinDeadline)}</td><td>${number(row.inProgressOverdue)}</td>
    <td>${number(row.withdrawn)}</td><td>${percent(row.resolvedEarly + row.resolvedOnTime, row.resolvedTotal)}</td></tr>`;
  document.getElementById('report').innerHTML = html`
    <p class="muted">Kỳ báo cáo: ${date(r.from)} – ${date(r.to)} · đơn vị ${r.unit}
      ${r.consistent ? '' : html` · <strong class="alert-text">số liệu không khớp: ${r.total.invariantViolations.join('; ')}</strong>`}</p>
    <div class="scroll"><table class="report" id="report-table">
      <thead>
        <tr><th rowspan="2">Nhóm</th><th colspan="4">Số hồ sơ nhận giải quyết</th><th colspan="4">Đã giải quyết</th>
          <th colspan="3">Đang giải quyết</th><th rowspan="2">Rút hồ sơ</th><th rowspan="2">Tỷ lệ đúng hạn</th></tr>
        <tr><th>Tổng</th><th>Trực tuyến</th><th>Trực tiếp, bưu chính</th><th>Kỳ trước chuyển qua</th>
          <th>Tổng</th><th>Trước hạn</th><th>Đúng hạn</th><th>Quá hạn</th><th>Tổng</th><th>Trong hạn</th><th>Quá hạn</th></tr>
      </thead>
      <tbody>${rows.map(row => line(row))}${line(r.total, 'total')}</tbody>
    </table></div>
    ${chart(rows.length ? rows : [r.total], label)}`;
}

/** Horizontal bars per row: resolved early/on time, late, still in progress. Plain SVG, no library. */
function chart(rows, label) {
  const max = Math.max(1, ...rows.map(r => r.resolvedTotal + r.inProgressTotal + r.withdrawn));
  const height = 30;
  const width = 560;
  const bars = rows.map((r, i) => {
    const y = i * height + 24;
    const parts = [[r.resolvedEarly + r.resolvedOnTime, 'ok'], [r.resolvedLate, 'late'], [r.inProgressWithinDeadline, 'open'], [r.inProgressOverdue, 'overdue']];
    let x = 180;
    const rects = parts.map(([value, cls]) => {
      const w = value * width / max;
      const rect = html`<rect class="${cls}" x="${x}" y="${y}" width="${w}" height="${height - 10}"><title>${number(value)}</title></rect>`;
      x += w;
      return rect;
    });
    return html`<text x="172" y="${y + 14}" text-anchor="end">${label(r.key)}</text>${rects}
      <text x="${x + 6}" y="${y + 14}">${number(r.resolvedTotal + r.inProgressTotal)}</text>`;
  });
  return html`<figure class="chart"><svg role="img" aria-label="Biểu đồ kết quả giải quyết" viewBox="0 0 800 ${rows.length * height + 34}">
    ${bars}</svg>
    <figcaption><span class="swatch ok"></span>Giải quyết trước, đúng hạn <span class="swatch late"></span>Giải quyết quá hạn
      <span class="swatch open"></span>Đang giải quyết trong hạn <span class="swatch overdue"></span>Đang giải quyết quá hạn</figcaption></figure>`;
}
