// The shell: which page an address shows, who may see it, the navigation and the notices.
import {CALLBACK_PATH, completeSignIn, currentUser, signIn, signOut} from './auth.js';
import {ApiError} from './api.js';
import {esc, date, isoToday} from './format.js';
import {ROLE} from './words.js';
import * as reception from './pages/reception.js';
import * as queue from './pages/queue.js';
import * as dossier from './pages/dossier.js';
import * as reports from './pages/reports.js';
import * as lookup from './pages/lookup.js';
import * as home from './pages/home.js';
import * as online from './pages/online.js';
import * as outgoing from './pages/outgoing.js';
import * as indexReport from './pages/index-report.js';
import * as submit from './pages/submit.js';
import * as mine from './pages/mine.js';

const OFFICERS = ['front-desk', 'specialist', 'leader', 'clerk', 'supervisor'];

/** Page addresses; the gateway serves index.html for each (web-client PageRoutes.PAGES). */
const ROUTES = [
  {path: /^\/$/, page: home, title: 'Trang chủ', public: true},
  {path: /^\/tiep-nhan$/, page: reception, title: 'Tiếp nhận hồ sơ', roles: ['front-desk'], nav: 'Tiếp nhận', href: '/tiep-nhan'},
  {path: /^\/truc-tuyen$/, page: online, title: 'Hồ sơ nộp trực tuyến', roles: ['front-desk'], nav: 'Hồ sơ trực tuyến', href: '/truc-tuyen'},
  {path: /^\/hang-doi$/, page: queue, title: 'Hồ sơ cần xử lý', roles: OFFICERS, nav: 'Hồ sơ cần xử lý', href: '/hang-doi'},
  {path: /^\/ho-so\/([^/]+)$/, page: dossier, title: 'Hồ sơ', roles: OFFICERS},
  {path: /^\/bao-cao$/, page: reports, title: 'Theo dõi, báo cáo', roles: ['supervisor', 'leader', 'admin'], nav: 'Theo dõi, báo cáo', href: '/bao-cao'},
  {path: /^\/van-ban-di$/, page: outgoing, title: 'Văn bản đi', roles: ['specialist', 'leader', 'clerk'], nav: 'Văn bản đi', href: '/van-ban-di'},
  {path: /^\/chi-so$/, page: indexReport, title: 'Chỉ số phục vụ, số hóa', roles: ['supervisor', 'leader', 'admin'], nav: 'Chỉ số, số hóa', href: '/chi-so'},
  {path: /^\/nop-truc-tuyen$/, page: submit, title: 'Nộp hồ sơ trực tuyến', public: true, nav: 'Nộp hồ sơ trực tuyến', href: '/nop-truc-tuyen'},
  {path: /^\/tra-cuu$/, page: lookup, title: 'Tra cứu hồ sơ', public: true, nav: 'Tra cứu hồ sơ', href: '/tra-cuu'},
  {path: /^\/cua-toi$/, page: mine, title: 'Hồ sơ của tôi', roles: ['citizen'], nav: 'Hồ sơ của tôi', href: '/cua-toi'},
];

const main = document.getElementById('main');
const notice = document.getElementById('notice');

export function navigate(path) {
  history.pushState(null, '', path);
  render();
}

/** Shows an error (ApiError or other) in words; the technical detail in smaller print. */
export function showError(error) {
  const detail = error instanceof ApiError && error.detail ? `<small>Chi tiết: ${esc(error.detail)}</small>` : '';
  notice.className = 'notice error';
  notice.innerHTML = `<strong>${esc(error.message || 'Đã có lỗi xảy ra.')}</strong>${detail}`;
  notice.hidden = false;
  if (error instanceof ApiError && error.status === 401) {
    notice.insertAdjacentHTML('beforeend', ' <button type="button" class="link" id="signin-again">Đăng nhập lại</button>');
    document.getElementById('signin-again').onclick = () => signIn();
  }
}

export function showInfo(message) {
  notice.className = 'notice info';
  notice.textContent = message;
  notice.hidden = false;
}

export function clearNotice() {
  notice.hidden = true;
  notice.textContent = '';
}

function renderChrome(user, route) {
  document.getElementById('today').textContent = 'Hôm nay ' + date(isoToday());
  const links = ROUTES.filter(r => r.nav && (r.public || (user && r.roles.some(role => user.has(role)))))
    .map(r => {
      const current = r === route ? ' aria-current="page"' : '';
      return `<a href="${r.href}" data-link${current}>${esc(r.nav)}</a>`;
    });
  document.getElementById('nav').innerHTML = links.join('');
  const who = document.getElementById('who');
  if (user) {
    const roles = [...user.roles].filter(r => ROLE[r]).map(r => ROLE[r]).join(', ');
    const unit = user.unit ? ` · đơn vị ${esc(user.unit)}` : '';
    who.innerHTML = `<span class="user">${esc(user.name)}<small>${esc(roles)}${unit}</small></span>
      <button type="button" class="ghost" id="signout">Đăng xuất</button>`;
    document.getElementById('signout').onclick = signOut;
  } else {
    who.innerHTML = '<button type="button" class="ghost" id="register">Đăng ký</button>'
      + '<button type="button" class="ghost" id="signin">Đăng nhập</button>';
    document.getElementById('register').onclick = () => signIn('/cua-toi', {register: true});
    document.getElementById('signin').onclick = () => signIn('/');
  }
}

async function render() {
  clearNotice();
  if (location.pathname === CALLBACK_PATH) {
    try {
      const next = await completeSignIn();
      history.replaceState(null, '', next);
    } catch (e) {
      history.replaceState(null, '', '/');
      showError(new Error('Đăng nhập không thành công: ' + e.message));
    }
  }
  const user = currentUser();
  const route = ROUTES.find(r => r.path.test(location.pathname));
  renderChrome(user, route);
  if (!route) {
    main.innerHTML = '<h1>Không có trang này</h1><p><a href="/" data-link>Về trang chủ</a></p>';
    return;
  }
  document.title = route.title + ' — Một cửa';
  if (!route.public && !user) {
    signIn();
    return;
  }
  if (!route.public && !route.roles.some(role => user.has(role))) {
    main.innerHTML = `<h1>${esc(route.title)}</h1><p class="muted">Tài khoản của bạn không có quyền mở trang này.</p>`;
    return;
  }
  const params = route.path.exec(location.pathname).slice(1).map(decodeURIComponent);
  try {
    await route.page.render(main, {user, params, query: new URLSearchParams(location.search)});
  } catch (e) {
    showError(e);
  }
}

document.addEventListener('click', event => {
  const link = event.target.closest('a[data-link]');
  if (link && !event.ctrlKey && !event.metaKey && !event.shiftKey && link.origin === location.origin) {
    event.preventDefault();
    navigate(link.pathname + link.search);
  }
});
window.addEventListener('popstate', render);
render();
