// Talking to the gateway: bearer token, one silent refresh on 401, problem+json turned into readable errors.
export const Api = (() => {
  const KEY = { access: 'hotline.accessToken', refresh: 'hotline.refreshToken', user: 'hotline.user' };

  class ApiError extends Error {
    constructor(status, problem) {
      super((problem && (problem.detail || problem.title)) || ('HTTP ' + status));
      this.status = status;
      this.problem = problem || {};
      this.fieldErrors = Array.isArray(this.problem.errors) ? this.problem.errors : [];
    }
  }

  function session() {
    const user = localStorage.getItem(KEY.user);
    return user ? JSON.parse(user) : null;
  }

  function store(tokens) {
    localStorage.setItem(KEY.access, tokens.accessToken);
    localStorage.setItem(KEY.refresh, tokens.refreshToken);
    localStorage.setItem(KEY.user, JSON.stringify(tokens.user));
  }

  function clear() {
    Object.values(KEY).forEach(k => localStorage.removeItem(k));
  }

  async function parse(response) {
    const type = response.headers.get('Content-Type') || '';
    if (response.status === 204) return null;
    if (type.includes('json')) return response.json();
    return response.text();
  }

  let refreshing = null;
  async function refresh() {
    const token = localStorage.getItem(KEY.refresh);
    if (!token) return false;
    if (!refreshing) {
      refreshing = fetch('/api/auth/refresh', {
        method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ refreshToken: token })
      }).then(async r => {
        if (!r.ok) { clear(); return false; }
        store(await r.json());
        return true;
      }).finally(() => { refreshing = null; });
    }
    return refreshing;
  }

  async function request(method, path, body, options = {}) {
    const send = () => {
      const headers = Object.assign({}, options.headers || {});
      const token = localStorage.getItem(KEY.access);
      if (token) headers.Authorization = 'Bearer ' + token;
      // server errors in the console's language, not the browser's (#12: problems follow Accept-Language)
      headers['Accept-Language'] = headers['Accept-Language'] || (localStorage.getItem('hotline.lang') === 'en' ? 'en' : 'vi');
      let payload = body;
      if (body !== undefined && !(body instanceof FormData) && !(body instanceof Blob)) {
        headers['Content-Type'] = headers['Content-Type'] || 'application/json';
        payload = typeof body === 'string' ? body : JSON.stringify(body);
      }
      return fetch(path, { method, headers, body: payload, cache: 'no-store', signal: options.signal });
    };
    let response = await send();
    if (response.status === 401 && !path.startsWith('/api/auth/') && await refresh()) {
      response = await send();
    }
    if (options.raw) {
      if (!response.ok) throw new ApiError(response.status, await parse(response).catch(() => null));
      return response;
    }
    const data = await parse(response).catch(() => null);
    if (!response.ok) {
      if (response.status === 401 && !path.startsWith('/api/auth/')) {
        clear();
        window.dispatchEvent(new Event('hotline:logged-out'));
      }
      throw new ApiError(response.status, typeof data === 'object' ? data : { detail: String(data || '') });
    }
    return data;
  }

  async function login(username, password) {
    const tokens = await request('POST', '/api/auth/login', { username, password });
    store(tokens);
    return tokens.user;
  }

  /** The user's own password after an admin set one: signs in like a login. */
  async function changePassword(username, currentPassword, newPassword) {
    const tokens = await request('POST', '/api/auth/password', { username, currentPassword, newPassword });
    store(tokens);
    return tokens.user;
  }

  async function logout() {
    const token = localStorage.getItem(KEY.refresh);
    clear();
    await fetch('/api/auth/logout', {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ refreshToken: token || '' })
    }).catch(() => null);
  }

  /** Downloads a protected file (CSV, XLSX, DOCX) with the token, then hands it to the browser. */
  async function download(path, filename) {
    const response = await request('GET', path, undefined, { raw: true });
    const blob = await response.blob();
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = filename;
    document.body.appendChild(a);
    a.click();
    setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }

  return {
    ApiError, session, login, changePassword, logout, download, clear,
    get: (p, o) => request('GET', p, undefined, o),
    post: (p, b, o) => request('POST', p, b === undefined ? {} : b, o),
    put: (p, b, o) => request('PUT', p, b, o),
    del: (p, o) => request('DELETE', p, undefined, o)
  };
})();
