// Supervisor: the service index (Decision 766/2022) and the digitisation figures for a span of days, from
// stats-service (same scope as Biểu 06: the caller's unit and the units under it).
import {get} from '../api.js';
import {showError} from '../main.js';
import {date, html, isoToday, number} from '../format.js';
import {fieldName} from '../words.js';

const pct = value => value == null ? '—' : number(Number(value)) + ' %';

export async function render(main) {
  const today = isoToday();
  const yearStart = today.slice(0, 5) + '01-01';
  main.innerHTML = html`
    <h1>Chỉ số phục vụ, số hóa</h1>
    <form id="index-form" class="inline panel">
      <label>Từ ngày <input type="date" id="index-from" value="${yearStart}" required></label>
      <label>Đến ngày <input type="date" id="index-to" value="${today}" required></label>
      <button type="submit">Xem</button>
    </form>
    <section class="panel"><h2>Bộ chỉ số phục vụ người dân, doanh nghiệp</h2><div id="service-index"></div></section>
    <section class="panel"><h2>Số hóa hồ sơ, kết quả giải quyết</h2><div id="digitisation"></div></section>`;
  document.getElementById('index-form').onsubmit = event => {
    event.preventDefault();
    show().catch(showError);
  };
  await show();
}

async function show() {
  const query = `?from=${document.getElementById('index-from').value}&to=${document.getElementById('index-to').value}`;
  const [index, digitisation] = await Promise.all([
    get('stats', '/reports/service-index' + query), get('stats', '/reports/digitisation' + query)]);
  document.getElementById('service-index').innerHTML = html`
    <p class="muted">Kỳ: ${date(index.from)} – ${date(index.to)} · đơn vị ${index.unit}</p>
    <div class="cards four">
      <div class="card figure" id="index-online"><span class="value">${pct(index.onlineShare)}</span>
        <span>Tỷ lệ hồ sơ trực tuyến${index.onlineShareFull ? ' (đạt điểm tối đa)' : ''}</span></div>
      <div class="card figure" id="index-on-time"><span class="value">${pct(index.onTimeRate)}</span><span>Giải quyết trước, đúng hạn</span></div>
      <div class="card figure alert" id="index-late"><span class="value">${pct(index.lateRate)}</span><span>Giải quyết quá hạn</span></div>
      <div class="card figure" id="index-digitised"><span class="value">${pct(index.digitisationRate)}</span><span>Tỷ lệ số hóa hồ sơ</span></div>
    </div>
    <table class="list"><tbody>
      <tr><th scope="row">Hồ sơ tiếp nhận</th><td>${number(index.received)}</td></tr>
      <tr><th scope="row">Hồ sơ đã giải quyết</th><td>${number(index.resolved)}</td></tr>
      <tr><th scope="row">Mức độ hài lòng (100% − tỷ lệ quá hạn)</th><td>${pct(index.satisfaction)}</td></tr>
      <tr><th scope="row">Lượt đánh giá của người dân</th><td>${number(index.ratings)}</td></tr>
      <tr><th scope="row">Điểm đánh giá trung bình (1–5)</th><td>${index.averageScore == null ? '—' : number(Number(index.averageScore))}</td></tr>
      <tr><th scope="row">Hài lòng, rất hài lòng</th><td>${pct(index.satisfiedShare)}</td></tr>
      <tr><th scope="row">Không hài lòng</th><td>${pct(index.dissatisfiedShare)}</td></tr>
    </tbody></table>
    ${index.notComputed?.length ? html`<p class="muted">Chưa tính được: ${index.notComputed.join('; ')}</p>` : ''}`;
  const field = await fieldName(get);
  const row = (r, cls = '') => html`<tr class="${cls}"><th scope="row">${cls ? 'Tổng cộng' : field(r.field)}</th>
    <td>${number(r.received)}</td><td>${number(r.withDigitisedComponents)}</td><td>${number(r.withElectronicResult)}</td>
    <td>${pct(r.digitisationRate)}</td></tr>`;
  document.getElementById('digitisation').innerHTML = html`
    <table class="report" id="digitisation-table"><thead><tr><th>Lĩnh vực</th><th>Hồ sơ tiếp nhận</th>
      <th>Có thành phần được số hóa</th><th>Có kết quả điện tử</th><th>Tỷ lệ số hóa</th></tr></thead>
    <tbody>${digitisation.rows.map(r => row(r))}${row(digitisation.total, 'total')}</tbody></table>`;
}
