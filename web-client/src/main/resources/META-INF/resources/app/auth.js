// Sign-in with Keycloak (realm client motcua-web): authorization code + PKCE (RFC 7636), written here in
// ~100 lines rather than taken from a library, so nothing but the browser's Web Crypto is needed.
// Tokens live in sessionStorage (gone when the tab closes) and are refreshed while the page is open.

const config = window.MOTCUA_CONFIG;
const CALLBACK = '/dang-nhap';
const KEY = 'motcua.tokens';
const PENDING = 'motcua.pkce';
let refreshTimer = null;
let refreshing = null;

const base64url = bytes => btoa(String.fromCharCode(...new Uint8Array(bytes)))
  .replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

function randomString(size = 32) {
  return base64url(crypto.getRandomValues(new Uint8Array(size)));
}

function redirectUri() {
  return location.origin + CALLBACK;
}

function claimsOf(jwt) {
  const payload = jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
  const text = atob(payload + '='.repeat((4 - payload.length % 4) % 4));
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(text, c => c.charCodeAt(0))));
}

function stored() {
  try {
    return JSON.parse(sessionStorage.getItem(KEY));
  } catch {
    return null;
  }
}

function store(tokens) {
  const now = Date.now();
  const saved = {
    access: tokens.access_token, refresh: tokens.refresh_token, id: tokens.id_token,
    accessExpires: now + tokens.expires_in * 1000,
    refreshExpires: tokens.refresh_expires_in ? now + tokens.refresh_expires_in * 1000 : null,
  };
  sessionStorage.setItem(KEY, JSON.stringify(saved));
  scheduleRefresh(saved);
  return saved;
}

async function tokenRequest(fields) {
  const response = await fetch(config.realmUrl + '/protocol/openid-connect/token', {
    method: 'POST',
    headers: {'Content-Type': 'application/x-www-form-urlencoded'},
    body: new URLSearchParams({client_id: config.clientId, ...fields}),
  });
  if (!response.ok) {
    throw new Error('token endpoint answered ' + response.status);
  }
  return store(await response.json());
}

function scheduleRefresh(saved) {
  clearTimeout(refreshTimer);
  // refresh a little before the access token expires, for as long as the page is open
  const wait = Math.max(5_000, saved.accessExpires - Date.now() - 30_000);
  refreshTimer = setTimeout(() => refresh().catch(() => {}), wait);
}

/** A new access token from the refresh token; null when the session has ended. */
export function refresh() {
  const saved = stored();
  if (!saved?.refresh) {
    return Promise.resolve(null);
  }
  refreshing ??= tokenRequest({grant_type: 'refresh_token', refresh_token: saved.refresh})
    .catch(() => {
      sessionStorage.removeItem(KEY);
      return null;
    })
    .finally(() => { refreshing = null; });
  return refreshing;
}

/**
 * Sends the browser to Keycloak's login page (or, with {register: true}, its registration form: a citizen's account,
 * role citizen); it comes back to /dang-nhap with a code.
 */
export async function signIn(returnTo = location.pathname + location.search, {register = false} = {}) {
  const verifier = randomString(48);
  const challenge = base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  const state = randomString(16);
  sessionStorage.setItem(PENDING, JSON.stringify({verifier, state, returnTo}));
  const query = new URLSearchParams({
    client_id: config.clientId, redirect_uri: redirectUri(), response_type: 'code', scope: 'openid',
    code_challenge: challenge, code_challenge_method: 'S256', state, ui_locales: 'vi',
  });
  const endpoint = register ? '/protocol/openid-connect/registrations?' : '/protocol/openid-connect/auth?';
  location.assign(config.realmUrl + endpoint + query);
}

/** On /dang-nhap: trades the code for tokens; answers where to go next. */
export async function completeSignIn() {
  const params = new URLSearchParams(location.search);
  const pending = JSON.parse(sessionStorage.getItem(PENDING) || 'null');
  sessionStorage.removeItem(PENDING);
  if (params.get('error')) {
    throw new Error(params.get('error_description') || params.get('error'));
  }
  if (!pending || pending.state !== params.get('state')) {
    throw new Error('phiên đăng nhập không khớp (state)');
  }
  await tokenRequest({
    grant_type: 'authorization_code', code: params.get('code'), redirect_uri: redirectUri(),
    code_verifier: pending.verifier,
  });
  return pending.returnTo && pending.returnTo !== CALLBACK ? pending.returnTo : '/';
}

export function signOut() {
  const saved = stored();
  sessionStorage.removeItem(KEY);
  clearTimeout(refreshTimer);
  const query = new URLSearchParams({client_id: config.clientId, post_logout_redirect_uri: location.origin + '/'});
  if (saved?.id) {
    query.set('id_token_hint', saved.id);
  }
  location.assign(config.realmUrl + '/protocol/openid-connect/logout?' + query);
}

/** The current access token, refreshed first if it has expired; null when signed out. */
export async function accessToken() {
  const saved = stored();
  if (!saved) {
    return null;
  }
  if (saved.accessExpires - Date.now() > 5_000) {
    return saved.access;
  }
  return (await refresh())?.access ?? null;
}

/** Who is signed in: username, display name, unit and roles, from the access token; null when nobody. */
export function currentUser() {
  const saved = stored();
  if (!saved) {
    return null;
  }
  if (!refreshTimer) {
    scheduleRefresh(saved);
  }
  const claims = claimsOf(saved.access);
  const roles = new Set([...(claims.realm_access?.roles ?? []), ...(claims.roles ?? [])]);
  return {
    username: claims.preferred_username, name: claims.name || claims.preferred_username,
    unit: claims.unit, roles, has: role => roles.has(role),
  };
}

export const CALLBACK_PATH = CALLBACK;
