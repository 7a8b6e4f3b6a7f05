// The console shell: login, role-based navigation, hash routes, keyboard shortcuts, language switch.
import { I18n } from './i18n.js';
import { Api } from './api.js';
import { Ui } from './ui.js';
import { CallScreens } from './call.js';
import { SupervisorScreens } from './supervisor.js';

const App = (() => {
  const { h, field, showErrors } = Ui;
  const t = I18n.t;

  const SCREENS = [
    { hash: '#/call', key: 'navCall', roles: ['OPERATOR', 'SUPERVISOR'], show: CallScreens.newCall, shortcut: 'n' },
    { hash: '#/mine', key: 'navMine', roles: ['OPERATOR', 'SUPERVISOR'], show: CallScreens.mine, shortcut: 'm' },
    { hash: '#/callbacks', key: 'navCallbacks', roles: ['OPERATOR', 'SUPERVISOR'], show: CallScreens.callbacks },
    { hash: '#/knowledge', key: 'navKnowledge', roles: ['SUPERVISOR'], show: SupervisorScreens.knowledge },
    { hash: '#/directory', key: 'navDirectory', roles: ['SUPERVISOR'], show: SupervisorScreens.directory },
    { hash: '#/escalations', key: 'navEscalations', roles: ['SUPERVISOR'], show: SupervisorScreens.escalationBoard },
    { hash: '#/unit', key: 'navUnit', roles: ['UNIT'], show: SupervisorScreens.unitEscalations },
    { hash: '#/reports', key: 'navReports', roles: ['SUPERVISOR', 'OPS'], show: SupervisorScreens.reports },
    { hash: '#/audit', key: 'navAudit', roles: ['SUPERVISOR', 'ADMIN'], show: SupervisorScreens.audit },
    { hash: '#/users', key: 'navUsers', roles: ['ADMIN'], show: SupervisorScreens.users }
  ];

  function allowed(user) {
    return SCREENS.filter(s => s.roles.some(r => (user.roles || []).includes(r)));
  }

  function renderChrome(user) {
    const nav = document.getElementById('nav');
    const logout = document.getElementById('logout');
    document.getElementById('lang-switch').textContent = I18n.lang === 'vi' ? 'EN' : 'VI';
    if (!user) {
      nav.replaceChildren();
      logout.hidden = true;
      document.getElementById('whoami').textContent = '';
      return;
    }
    nav.replaceChildren(...allowed(user).map(s => h('a', { href: s.hash, 'data-screen': s.hash.slice(2),
      'aria-current': location.hash === s.hash ? 'page' : null }, t(s.key))));
    logout.hidden = false;
    document.getElementById('whoami').textContent = user.displayName || (user.username + (user.unitCode ? ' · ' + user.unitCode : ''));
    I18n.apply();
    reminders(user);
  }

  // A unit sees on its menu how many questions are due within 24 h or overdue (the reminder before the deadline);
  // a supervisor sees how many are overdue across units (the escalation once a deadline passed). Every minute.
  let reminderTimer = null;
  function reminders(user) {
    clearInterval(reminderTimer);
    const roles = user.roles || [];
    const screen = roles.includes('UNIT') ? 'unit' : roles.includes('SUPERVISOR') ? 'escalations' : null;
    if (!screen) return;
    const paint = async () => {
      const link = document.querySelector('#nav a[data-screen=' + screen + ']');
      if (!link || !Api.session()) { clearInterval(reminderTimer); return; }
      let open = [];
      try { open = await Api.get('/api/escalations?status=OPEN'); } catch (err) { return; }
      const now = Date.now();
      const count = (open || []).filter(e => {
        const due = new Date(e.dueAt).getTime();
        return screen === 'unit' ? due - now < 24 * 3600 * 1000 : due < now;
      }).length;
      let badge = link.querySelector('.badge');
      if (!count) { if (badge) badge.remove(); return; }
      if (!badge) { badge = h('span', { class: 'badge alert', id: 'reminder-badge' }); link.append(badge); }
      badge.textContent = String(count);
      badge.title = t(screen === 'unit' ? 'dueSoonCount' : 'overdueCount', count);
    };
    paint();
    reminderTimer = setInterval(paint, 60000);
  }

  function loginScreen(main) {
    const username = h('input', { type: 'text', autocomplete: 'username', autocapitalize: 'off', spellcheck: 'false' });
    const password = h('input', { type: 'password', autocomplete: 'current-password' });
    const form = h('form', { id: 'login-form', class: 'card narrow', novalidate: true },
      h('h1', {}, 'Tổng đài 1022'), h('h2', {}, t('loginTitle')),
      field('username', 'username', username), field('password', 'password', password),
      h('button', { type: 'submit', class: 'primary', id: 'login-submit' }, t('signIn')));
    form.addEventListener('submit', async e => {
      e.preventDefault();
      try {
        const user = await Api.login(username.value.trim(), password.value);
        Ui.message('', null);
        const first = allowed(user)[0];
        location.hash = first ? first.hash : '#/';
        route(true);
      } catch (err) {
        // a password an admin set: the user chooses their own before anything else
        if (err instanceof Api.ApiError && err.problem && err.problem.code === 'password-change-required') {
          changePasswordScreen(main, username.value.trim(), password.value);
          return;
        }
        showErrors(form, err);
      }
    });
    main.replaceChildren(form);
    username.focus();
  }

  function changePasswordScreen(main, username, current) {
    const fresh = h('input', { type: 'password', autocomplete: 'new-password', id: 'new-password' });
    const again = h('input', { type: 'password', autocomplete: 'new-password', id: 'new-password-again' });
    const form = h('form', { id: 'password-form', class: 'card narrow', novalidate: true },
      h('h2', {}, t('choosePassword')), h('p', { class: 'muted' }, t('choosePasswordWhy')),
      field('newPassword', 'newPassword', fresh), field('newPasswordAgain', 'newPasswordAgain', again),
      h('button', { type: 'submit', class: 'primary', id: 'password-submit' }, t('save')));
    form.addEventListener('submit', async e => {
      e.preventDefault();
      if (fresh.value !== again.value) {
        showErrors(form, new Api.ApiError(400, { errors: [{ field: 'newPasswordAgain', message: t('passwordsDiffer') }] }));
        return;
      }
      try {
        const user = await Api.changePassword(username, current, fresh.value);
        const first = allowed(user)[0];
        location.hash = first ? first.hash : '#/';
        Ui.message(t('passwordChanged'), 'ok');   // after the move: it is news on the screen the user lands on
        route(true);
      } catch (err) { showErrors(form, err); }
    });
    main.replaceChildren(form);
    fresh.focus();
  }

  let lastHash = null;
  async function route(force) {
    const main = document.getElementById('main');
    const user = Api.session();
    renderChrome(user);
    if (!user) { lastHash = null; loginScreen(main); return; }
    const screens = allowed(user);
    let screen = screens.find(s => s.hash === location.hash);
    if (!screen) {
      screen = screens[0];
      if (screen && location.hash !== screen.hash) { location.hash = screen.hash; return; }
    }
    if (!screen) { main.replaceChildren(h('p', {}, t('err403'))); return; }
    Ui.forgetOtherScreens();
    if (!force && lastHash === location.hash && main.childElementCount) return;
    lastHash = location.hash;
    main.replaceChildren(h('p', { class: 'muted' }, t('loading')));
    try {
      await screen.show(main);
    } catch (err) {
      main.replaceChildren(h('p', { class: 'field-error', role: 'alert' }, Ui.plain(err)));
    }
  }

  function helpDialog() {
    const existing = document.getElementById('help');
    if (existing) { existing.remove(); return; }
    const rows = [['Alt+N', 'navCall'], ['Alt+K', 'kbSearch'], ['Alt+T', 'transfer'], ['Alt+E', 'escalate'], ['Alt+Q', 'anotherQuestion'],
      ['Alt+M', 'navMine'], ['1–5', 'attempts'], ['Ctrl+Enter', 'logCall'], ['Alt+L', 'EN/VI'], ['F1 / ?', 'help']];
    const dialog = h('div', { id: 'help', class: 'card help', role: 'dialog', 'aria-label': t('help') },
      h('h2', {}, t('help')), h('dl', {}, rows.map(([k, v]) => [h('dt', {}, h('kbd', {}, k)), h('dd', {}, t(v))])));
    document.body.appendChild(dialog);
  }

  function shortcuts(e) {
    if (e.altKey && !e.ctrlKey) {
      const k = e.key.toLowerCase();
      const screen = SCREENS.find(s => s.shortcut === k);
      if (screen && Api.session()) { e.preventDefault(); location.hash = screen.hash; route(true); return; }
      if (k === 'k') { e.preventDefault(); CallScreens.focusSearch(); return; }
      if (k === 't') { e.preventDefault(); CallScreens.transfer(); return; }
      if (k === 'e') { e.preventDefault(); CallScreens.escalate(); return; }
      if (k === 'q') { e.preventDefault(); CallScreens.another(); return; }
      if (k === 'l') { e.preventDefault(); switchLanguage(); return; }
    }
    // ? outside a field, or F1 anywhere (in the phone field ? would be typed)
    if (e.key === 'F1' || (e.key === '?' && !/INPUT|TEXTAREA|SELECT/.test(e.target.tagName))) { e.preventDefault(); helpDialog(); return; }
    if (e.key === 'Escape') { const help = document.getElementById('help'); if (help) help.remove(); }
    CallScreens.attemptKey(e);
  }

  function switchLanguage() {
    I18n.toggle();
    I18n.apply();
    route(true);
  }

  function start() {
    document.getElementById('lang-switch').addEventListener('click', switchLanguage);
    document.getElementById('logout').addEventListener('click', async () => { await Api.logout(); Ui.message('', null); location.hash = ''; route(true); });
    window.addEventListener('hashchange', () => route(false));
    window.addEventListener('hotline:logged-out', () => route(true));
    document.addEventListener('keydown', shortcuts);
    I18n.apply();
    route(true);
  }

  return { start, route };
})();

App.start();
