// Supervisors: the directory of units (add, edit, retire) and the routing rules.
import { I18n } from './i18n.js';
import { Api } from './api.js';
import { Ui } from './ui.js';
import { CallScreens } from './call.js';
import { lines, commas } from './format.js';

const { h, field, select, showErrors, message, table } = Ui;
const t = I18n.t;

// ---- Directory and rules -----------------------------------------------------------------------------------
const PLACEHOLDER = 'CHỜ BỔ SUNG';

const KINDS = ['DEPARTMENT', 'DISTRICT_PEOPLES_COMMITTEE', 'DISTRICT_STEERING_COMMITTEE', 'PROVINCIAL_STEERING_COMMITTEE',
  'DISEASE_CONTROL', 'HEALTH_CENTRE', 'HOSPITAL'];

// The hotlines box, one line a number: "0913 555 111 | Trực ban | MOBILE | 1"; "CHỜ BỔ SUNG" for a number still to
// come. What the one-line form cannot show (opening hours, a line switched off) is kept from the stored line.
function hotlineLines(text, stored, defaultType) {
  return lines(text).map(l => {
    const [number, label, lineType, priority] = l.split('|').map(x => x.trim());
    const placeholder = !number || number.toLocaleUpperCase('vi') === PLACEHOLDER;
    const before = stored.find(x => placeholder ? x.placeholder && x.label === label : x.number === number) || {};
    return { number: placeholder ? null : number, label: label || number || before.label, placeholder,
      lineType: (lineType || before.lineType || defaultType).toUpperCase(), priority: Number(priority) || 1,
      active: placeholder ? false : before.active !== false, hours: before.hours || null };
  });
}

// A unit that joins the directory (a new department, a field hospital): code, name, kind and its numbers
function newUnitForm(main) {
  const form = h('form', { class: 'card', id: 'new-unit-form', novalidate: true },
    h('h3', {}, t('newUnit')),
    h('div', { class: 'row' },
      field('code', 'unitCode', h('input', { type: 'text', placeholder: 'BV_DA_CHIEN_1', maxlength: 60 }), 'unitCodeHint'),
      field('name', 'unitName', h('input', { type: 'text', maxlength: 200 })),
      field('kind', 'unitKind', select('kind', KINDS.map(k => ({ value: k, label: t('kind_' + k) }))))),
    field('hotlines', 'hotlines', h('textarea', { rows: 3, placeholder: '0913 555 111 | Trực ban | MOBILE | 1' })),
    h('div', { class: 'field check' }, h('input', { type: 'checkbox', id: 'new-transferable', checked: true }),
      h('label', { for: 'new-transferable' }, t('transferable'))),
    h('button', { type: 'submit', class: 'primary', id: 'new-unit-save' }, t('create')));
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    const f = form.elements;
    const hotlines = hotlineLines(f.hotlines.value, [], 'MOBILE');
    const code = f.code.value.trim().toUpperCase();
    try {
      await Api.post('/api/routing/units/' + encodeURIComponent(code), { name: f.name.value, kind: f.kind.value || null,
        jurisdiction: [], topics: [], hotlines, transferable: f['new-transferable'].checked });
      message(t('unitCreated', f.name.value), 'ok'); directory(main);
    } catch (err) { showErrors(form, err); }
  });
  return form;
}

async function directory(main) {
  const everyUnit = await Api.get('/api/routing/units?retired=true');
  const units = everyUnit.filter(u => !u.retired);
  const retired = everyUnit.filter(u => u.retired);
  const lifecycle = async (u, action) => {
    if (action === 'retire' && !confirm(t('retireConfirm', u.name))) return;
    try {
      await Api.post('/api/routing/units/' + encodeURIComponent(u.code) + '/' + action, {});
      message(t(action === 'retire' ? 'unitRetired' : 'unitReinstated', u.name), 'ok'); directory(main);
    } catch (err) { message(Ui.plain(err), 'error'); }
  };
  const editor = h('div', { id: 'unit-editor' });
  const rulesBox = h('div', { id: 'rules' });
  const edit = u => {
    // a line without its number yet is written as "CHỜ BỔ SUNG", so an unchanged unit saves as it was
    const hot = (u.hotlines || []).map(x => [x.placeholder ? PLACEHOLDER : x.number, x.label, x.lineType, x.priority].join(' | ')).join('\n');
    const form = h('form', { class: 'card', id: 'unit-form', novalidate: true },
      // the code is quoted, not read: it names the unit's topic and its system's login
      h('h3', {}, u.name, ' ', h('small', { class: 'muted', title: t('unitCode'), 'data-raw': '' }, u.code)),
      field('name', 'unitName', h('input', { type: 'text', value: u.name })),
      h('div', { class: 'field check' }, h('input', { type: 'checkbox', id: 'transferable', checked: u.transferable }),
        h('label', { for: 'transferable' }, t('transferable'))),
      field('notTransferableReason', 'notTransferableReason', h('input', { type: 'text', value: u.notTransferableReason || '' })),
      field('alternative', 'alternative', h('input', { type: 'text', value: u.alternative || '' })),
      field('hotlines', 'hotlines', h('textarea', { rows: 5 }, hot)),
      h('button', { type: 'submit', class: 'primary' }, t('save')));
    form.addEventListener('submit', async ev => {
      ev.preventDefault();
      const f = form.elements;
      const hotlines = hotlineLines(f.hotlines.value, u.hotlines || [], 'LANDLINE');
      try {
        await Api.put('/api/routing/units/' + encodeURIComponent(u.code), {
          name: f.name.value, kind: u.kind, jurisdiction: u.jurisdiction, topics: u.topics, hotlines,
          transferable: f.transferable.checked, notTransferableReason: f.notTransferableReason.value || null,
          alternative: f.alternative.value || null, strategy: u.strategy, escalationDue: u.escalationDue, version: u.version });
        message(t('save') + ' ✓', 'ok'); directory(main);
      } catch (err) { showErrors(form, err); }
    });
    editor.replaceChildren(form);
    form.elements.name.focus();
  };
  main.replaceChildren(h('h2', {}, t('navDirectory')),
    h('div', { class: 'toolbar' }, h('button', { type: 'button', id: 'new-unit', onclick: () => editor.replaceChildren(newUnitForm(main)) }, t('newUnit'))),
    editor, table([
    { label: t('unit'), value: u => h('a', { href: '#', onclick: e => { e.preventDefault(); edit(u); } }, u.name) },
    { label: t('transferable'), value: u => u.transferable ? '✓' : '✗ ' + (u.notTransferableReason || '') },
    { label: t('hotlines'), value: u => (u.hotlines || []).length
      ? u.hotlines.map(x => x.placeholder ? t('placeholderLine') : x.number).join(', ') : t('noNumber') },
    { label: '', value: u => h('button', { type: 'button', class: 'secondary unit-retire', 'data-unit': u.code,
      onclick: () => lifecycle(u, 'retire') }, t('retireUnit')) }
  ], units),
    retired.length ? h('section', { id: 'retired-units' }, h('h3', {}, t('retiredUnits')), table([
      { label: t('unit'), value: u => u.name },
      { label: '', value: u => h('button', { type: 'button', class: 'secondary unit-reinstate', 'data-unit': u.code,
        onclick: () => lifecycle(u, 'reinstate') }, t('reinstateUnit')) }
    ], retired)) : null,
    h('h2', {}, t('rules')), rulesBox);
  rules(rulesBox, units);
}

// A rule's target as a person reads it: a unit by name, "UBND_{locality}" as the district's committee where the
// caller lives, "@HOSPITAL" as the area's hospital.
function targetName(code, unitNames) {
  const local = /^([A-Z]+)_\{locality\}$/.exec(code);
  if (local) return t('byLocality', t('tgt_' + local[1]) === 'tgt_' + local[1] ? local[1] : t('tgt_' + local[1]));
  if (code.startsWith('@')) return t('tgt_' + code.slice(1)) === 'tgt_' + code.slice(1) ? code.slice(1) : t('tgt_' + code.slice(1));
  return unitNames[code] || code;
}

async function rules(box, units) {
  const all = await Api.get('/api/routing/rules').catch(() => []);
  const ref = await CallScreens.loadReference();
  const unitNames = Object.fromEntries((units || []).map(u => [u.code, u.name]));
  const topicName = code => code === '*' ? t('anyTopic') : CallScreens.nameOf(ref.topics, code);
  const localityName = code => code === '*' ? t('anyLocality') : CallScreens.nameOf(ref.localities, code);
  const edit = r => {
    const form = h('form', { class: 'card', id: 'rule-form', novalidate: true },
      h('h3', {}, topicName(r.topic) + ' × ' + localityName(r.locality)),
      field('targets', 'targets', h('input', { type: 'text', value: (r.targets || []).join(', ') })),
      h('div', { class: 'field check' }, h('input', { type: 'checkbox', id: 'knowledgeBaseOnly', checked: r.knowledgeBaseOnly }),
        h('label', { for: 'knowledgeBaseOnly' }, t('knowledgeBaseOnly'))),
      field('reason', 'reason', h('input', { type: 'text', value: r.reason || '' })),
      h('button', { type: 'submit', class: 'primary' }, t('save')));
    form.addEventListener('submit', async ev => {
      ev.preventDefault();
      try {
        await Api.put('/api/routing/rules/' + encodeURIComponent(r.topic) + '/' + encodeURIComponent(r.locality), {
          targets: commas(form.elements.targets.value), knowledgeBaseOnly: form.elements.knowledgeBaseOnly.checked,
          reason: form.elements.reason.value || null });
        message(t('save') + ' ✓', 'ok'); rules(box);
      } catch (err) { showErrors(form, err); }
    });
    box.querySelector('.rule-editor').replaceChildren(form);
  };
  box.replaceChildren(h('div', { class: 'rule-editor' }), table([
    { label: t('topic'), value: r => h('a', { href: '#', onclick: e => { e.preventDefault(); edit(r); } }, topicName(r.topic)) },
    { label: t('locality'), value: r => localityName(r.locality) },
    { label: t('targets'), value: r => (r.targets || []).map(x => targetName(x, unitNames)).join(' → ') },
    { label: t('knowledgeBaseOnly'), value: r => r.knowledgeBaseOnly ? '✓' : '' },
    { label: t('reason'), value: r => r.reason || '' }
  ], Array.isArray(all) ? all : []));
}

export { directory };
