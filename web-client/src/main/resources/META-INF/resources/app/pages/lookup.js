// Citizen, without signing in: a dossier's status by code and the receipt's lookup code; rating once returned.
// The receipt's QR code opens /tra-cuu?ma=<code> (intake's motcua.receipt.lookup-url); ?code= works too.
import {post} from '../api.js';
import {clearNotice, showError, showInfo} from '../main.js';
import {date, html} from '../format.js';
import {STATUS} from '../words.js';

export async function render(main, {query}) {
  const code = query.get('ma') ?? query.get('code');
  main.innerHTML = html`
    <h1>Tra cứu hồ sơ</h1>
    <div class="layout-2">
      <form id="lookup-form" class="panel" autocomplete="off">
        <p>Nhập mã hồ sơ và mã tra cứu in trên giấy biên nhận.</p>
        <label>Mã hồ sơ <input id="lookup-code" required maxlength="64" value="${code ?? ''}"></label>
        <label>Mã tra cứu <input id="lookup-secret" required maxlength="128"></label>
        <div class="actions"><button type="submit">Tra cứu</button></div>
      </form>
      <section id="lookup-result" class="panel" aria-live="polite"></section>
    </div>`;
  document.getElementById(code ? 'lookup-secret' : 'lookup-code').focus();
  document.getElementById('lookup-form').onsubmit = event => {
    event.preventDefault();
    lookup().catch(showError);
  };
}

const credentials = () => ({
  code: document.getElementById('lookup-code').value.trim(),
  secret: document.getElementById('lookup-secret').value.trim(),
});

async function lookup() {
  clearNotice();
  const s = await post('workflow', '/public/status', credentials(), {anonymous: true});
  const box = document.getElementById('lookup-result');
  box.innerHTML = html`
    <h2>Hồ sơ ${s.code}</h2>
    <dl class="facts">
      <dt>Người nộp</dt><dd>${s.applicantInitials ?? '—'}</dd>
      <dt>Tình trạng</dt><dd id="lookup-status" data-status="${s.status}">${STATUS[s.status] ?? s.status}</dd>
      <dt>Ngày hẹn trả</dt><dd>${date(s.appointedAt)}</dd>
      ${s.missing ? html`<dt>Cần bổ sung</dt><dd>${s.missing}</dd>` : ''}
    </dl>
    ${s.status === 'RESULT_RETURNED' && !s.rated ? html`
      <form id="rating-form">
        <fieldset class="stars"><legend>Ông/bà đánh giá thế nào về việc giải quyết hồ sơ?</legend>
          ${[5, 4, 3, 2, 1].map(n => html`<label><input type="radio" name="score" value="${n}" ${n === 5 ? 'checked' : ''}>
            ${['', 'Rất không hài lòng', 'Không hài lòng', 'Bình thường', 'Hài lòng', 'Rất hài lòng'][n]}</label>`)}
        </fieldset>
        <label>Góp ý (không bắt buộc) <textarea id="rating-comment" rows="2" maxlength="2000"></textarea></label>
        <div class="actions"><button type="submit" id="rate">Gửi đánh giá</button></div>
      </form>` : s.rated ? html`<p class="muted" id="rated">Ông/bà đã đánh giá hồ sơ này. Xin cảm ơn.</p>` : ''}`;
  const form = document.getElementById('rating-form');
  if (form) {
    form.onsubmit = async event => {
      event.preventDefault();
      try {
        await post('workflow', '/public/rating', {
          ...credentials(), score: Number(new FormData(form).get('score')),
          comment: document.getElementById('rating-comment').value.trim() || null,
        }, {anonymous: true});
        form.outerHTML = '<p id="rated">Cảm ơn ông/bà đã đánh giá.</p>';
        showInfo('Đã ghi nhận đánh giá.');
      } catch (e) {
        showError(e);
      }
    };
  }
}
