import {navigate} from '../main.js';
import {signIn} from '../auth.js';

/** Signed in: the page of one's main role. Not signed in: the two ways in. */
export async function render(main, {user}) {
  if (user) {
    const first = user.has('front-desk') ? '/tiep-nhan' : user.has('citizen') ? '/cua-toi'
      : user.has('supervisor') ? '/bao-cao' : user.has('clerk') ? '/van-ban-di' : '/hang-doi';
    navigate(first);
    return;
  }
  main.innerHTML = `
    <section class="hero">
      <h1>Bộ phận tiếp nhận và trả kết quả</h1>
      <p>Tiếp nhận, xử lý và trả kết quả thủ tục hành chính theo cơ chế một cửa, một cửa liên thông.</p>
      <div class="cards two">
        <div class="card">
          <h2>Cán bộ, công chức</h2>
          <p>Đăng nhập bằng tài khoản được cấp để tiếp nhận, xử lý hồ sơ và theo dõi báo cáo.</p>
          <button type="button" id="home-signin">Đăng nhập</button>
        </div>
        <div class="card">
          <h2>Người dân, doanh nghiệp</h2>
          <p>Nộp hồ sơ trực tuyến, hoặc tra cứu tình trạng hồ sơ bằng mã hồ sơ và mã tra cứu in trên giấy biên nhận.</p>
          <a class="button" href="/nop-truc-tuyen" data-link>Nộp hồ sơ trực tuyến</a>
          <a class="button" href="/tra-cuu" data-link>Tra cứu hồ sơ</a>
          <p>Có tài khoản, hồ sơ nộp trực tuyến khi đã đăng nhập và kết quả điện tử của chúng ở mục “Hồ sơ của tôi”.</p>
          <button type="button" id="home-register">Đăng ký / Đăng nhập</button>
        </div>
      </div>
    </section>`;
  document.getElementById('home-signin').onclick = () => signIn('/');
  document.getElementById('home-register').onclick = () => signIn('/cua-toi', {register: true});
}
