// Admin: users and the switchboard's extensions; supervisors and admin: the audit log.
import { I18n } from './i18n.js';
import { Api } from './api.js';
import { Ui } from './ui.js';

const { h, field, select, showErrors, clearErrors, message, when, table } = Ui;
const t = I18n.t;

// ---- Admin: users; supervisors: audit --------------------------------------------------------------------------
// One form creates a login or edits one (name, role, unit, locked or not, a password reset the user must change).
async function users(main, editing) {
  // a render that started earlier (the screen's first load) must not paint over a later one (the editor)
  const render = main.dataset.render = String(Math.random());
  const list = await Api.get('/api/auth/users');
  const roles = select('roles', ['OPERATOR', 'SUPERVISOR', 'UNIT', 'OPS', 'ADMIN'].map(r => ({ value: r, label: t('role_' + r) })));
  const units = await Api.get('/api/routing/units').catch(() => []);
  const unitNames = Object.fromEntries(units.map(u => [u.code, u.name]));
  const unit = select('unitCode', [{ value: '', label: t('noUnit') }].concat(units.slice()
    .sort((a, b) => String(a.name).localeCompare(String(b.name), 'vi')).map(u => ({ value: u.code, label: u.name }))), false);
  const who = h('input', { type: 'text', value: editing ? editing.username : '', disabled: !!editing });
  const name = h('input', { type: 'text', value: editing ? editing.displayName || '' : '' });
  const password = h('input', { type: 'password', autocomplete: 'new-password' });
  const enabled = h('input', { type: 'checkbox', id: 'user-enabled', checked: editing ? editing.enabled !== false : true });
  if (editing) { roles.value = (editing.roles || [])[0] || ''; unit.value = editing.unitCode || ''; }
  const form = h('form', { class: 'card', id: 'user-form', novalidate: true },
    editing ? h('h3', {}, t('edit') + ': ' + editing.username) : null,
    h('div', { class: 'row' }, field('username', 'username', who), field('displayName', 'displayName', name),
      field('password', editing ? 'resetPassword' : 'password', password)),
    h('div', { class: 'row' }, field('roles', 'roles', roles), field('unitCode', 'unit', unit),
      h('div', { class: 'field check' }, enabled, h('label', { for: 'user-enabled' }, t('enabledAccount')))),
    h('button', { type: 'submit', class: 'primary', id: 'user-save' }, t(editing ? 'save' : 'create')),
    editing ? h('button', { type: 'button', class: 'secondary', onclick: () => users(main) }, t('back')) : null);
  form.addEventListener('submit', async e => {
    e.preventDefault();
    const body = { username: who.value.trim(), displayName: name.value || null, password: password.value || null,
      roles: roles.value ? [roles.value] : [], unitCode: unit.value || null, enabled: enabled.checked };
    try {
      if (editing) await Api.put('/api/auth/users/' + encodeURIComponent(editing.username), body);
      else await Api.post('/api/auth/users', body);
      message(t(editing ? 'save' : 'create') + ' ✓', 'ok'); users(main);
    } catch (err) { showErrors(form, err); }
  });
  const switchboard = await extensions(main, list);
  if (main.dataset.render !== render) return;
  main.replaceChildren(h('h2', {}, t('navUsers')), form, table([
    { label: t('username'), value: u => u.username }, { label: t('displayName'), value: u => u.displayName },
    { label: t('roles'), value: u => (u.roles || []).map(r => t('role_' + r)).join(', ') },
    { label: t('unit'), value: u => u.unitCode ? (unitNames[u.unitCode] || u.unitCode) : '' },
    { label: t('status'), value: u => [u.enabled === false ? t('disabledAccount') : null,
      u.mustChangePassword ? t('mustChange') : null, u.demo ? t('demoAccount') : null].filter(Boolean).join(' · ') },
    { label: '', value: u => h('button', { type: 'button', class: 'secondary user-edit', 'data-user': u.username,
      onclick: () => users(main, u) }, t('edit')) }
  ], list), switchboard);
  (editing ? name : who).focus();
}

// Who answers at which extension of the switchboard (or under which name the switchboard knows them): a call picked
// up there pops up on that person's screen, and their outbound dials feed the transfer by themselves.
async function extensions(main, people) {
  const rows = await Api.get('/api/cti/extensions').catch(() => []);
  const nameOf = login => { const u = people.find(p => p.username === login); return u && u.displayName ? u.displayName + ' (' + login + ')' : login; };
  const ext = h('input', { type: 'text', id: 'ext-key', maxlength: 64 });
  const desk = people.filter(u => (u.roles || []).some(r => r === 'OPERATOR' || r === 'SUPERVISOR') && u.enabled !== false);
  const who = select('ext-login', desk.map(u => ({ value: u.username, label: nameOf(u.username) })));
  const form = h('form', { class: 'card', id: 'extension-form', novalidate: true },
    h('p', { class: 'hint' }, t('ctiExtensionsHelp')),
    h('div', { class: 'row' }, field('extension', 'extension', ext), field('login', 'extensionUser', who)),
    h('button', { type: 'submit', class: 'primary', id: 'extension-save' }, t('assign')));
  form.addEventListener('submit', async e => {
    e.preventDefault();
    try {
      await Api.put('/api/cti/extensions', { extension: ext.value.trim(), login: who.value || null });
      message(t('extensionAssigned', ext.value.trim(), nameOf(who.value)), 'ok');
      users(main);
    } catch (err) { showErrors(form, err); }
  });
  const remove = async row => {
    try {
      await Api.del('/api/cti/extensions/' + encodeURIComponent(row.extension));
      message(t('extensionRemoved', row.extension), 'ok');
      users(main);
    } catch (err) { message(Ui.plain(err), 'error'); }
  };
  return h('section', { id: 'extensions' }, h('h3', {}, t('ctiExtensions')), form, table([
    // what the switchboard sends and a login are quoted as they are, not named
    { label: t('extension'), value: r => h('span', { 'data-raw': '' }, r.extension) },
    { label: t('extensionUser'), value: r => h('span', { 'data-raw': '' }, nameOf(r.login)) },
    { label: t('updatedAt'), value: r => r.at ? when(r.at) : '' },
    { label: '', value: r => h('button', { type: 'button', class: 'secondary ext-remove', 'data-extension': r.extension,
      onclick: () => remove(r) }, t('removeExtension')) }
  ], rows));
}

async function audit(main) {
  const phone = h('input', { type: 'tel', id: 'audit-phone' });
  const principal = h('input', { type: 'text', id: 'audit-principal' });
  const out = h('div', {});
  const form = h('form', { class: 'toolbar', novalidate: true },
    field('phone', 'phone', phone), field('principal', 'principal', principal),
    h('button', { type: 'submit', class: 'primary' }, t('search')));
  form.addEventListener('submit', async e => {
    e.preventDefault();
    const params = new URLSearchParams({ limit: 200 });
    if (phone.value.trim()) params.set('phone', phone.value.trim());
    if (principal.value.trim()) params.set('principal', principal.value.trim());
    try {
      const rows = await Api.get('/api/audit?' + params);
      clearErrors(form);
      out.replaceChildren(table([
        { label: t('time'), value: r => when(r.at) }, { label: t('principal'), value: r => r.principal },
        { label: t('action'), value: r => t('au_' + r.action) === 'au_' + r.action ? r.action : t('au_' + r.action) },
        // the request as the audit keeps it; ids shortened to what a person quotes
        { label: t('auditWhat'), value: r => h('code', { 'data-raw': '' }, r.method + ' ' + String(r.path || '').replace(/([0-9a-f]{8})-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '#$1')) },
        { label: t('status'), value: r => r.status }], rows));
    } catch (err) { showErrors(form, err); }
  });
  main.replaceChildren(h('h2', {}, t('navAudit')), form, out);
  form.requestSubmit();
}

export { users, audit };
