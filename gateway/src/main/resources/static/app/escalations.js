// The supervisors' escalation board, and a unit's own questions (to answer, answered, due soon).
import { I18n } from './i18n.js';
import { Api } from './api.js';
import { Ui } from './ui.js';
import { CallScreens } from './call.js';

const { h, field, select, showErrors, message, when, table } = Ui;
const t = I18n.t;

// ---- Escalation board (supervisors) and the unit's own list with the answer form -----------------------------
function overdue(e) {
  return e.status === 'OPEN' && e.dueAt && new Date(e.dueAt) < new Date();
}

async function escalationBoard(main) {
  const status = select('esc-status', ['OPEN', 'ANSWERED', 'MERGED'].map(s => ({ value: s, label: t(s) })));
  status.value = 'OPEN';
  const board = h('div', { id: 'escalation-board', class: 'board' });
  const unitNames = await Api.get('/api/routing/units').then(us => Object.fromEntries(us.map(u => [u.code, u.name])))
    .catch(() => ({}));
  const load = async () => {
    const items = await Api.get('/api/escalations?' + new URLSearchParams(status.value ? { status: status.value } : {}));
    const byUnit = {};
    items.forEach(e => { (byUnit[e.unitCode] = byUnit[e.unitCode] || []).push(e); });
    board.replaceChildren(...(Object.keys(byUnit).length ? Object.keys(byUnit).sort().map(unit => h('section', { class: 'column card', 'data-unit': unit },
      h('h3', {}, (unitNames[unit] || unit) + ' (' + byUnit[unit].length + ')'),
      h('ul', {}, byUnit[unit].map(e => h('li', { class: overdue(e) ? 'overdue' : '', 'data-id': e.id },
        h('div', {}, e.question), h('small', {}, t('due') + ': ' + when(e.dueAt) + (overdue(e) ? ' · ' + t('overdue') : '') +
          ' · ' + t('callers') + ': ' + (e.callCount || (e.calls || []).length) + ' · ' + t(e.status)),
        e.answer ? h('div', { class: 'answer-text' }, '↳ ' + e.answer) : null,
        e.status === 'ANSWERED' ? h('div', { class: 'actions' },
          h('button', { type: 'button', class: 'secondary board-edit-draft', onclick: () => {
            sessionStorage.setItem('hotline.kbEdit', 'esc-' + e.id);
            location.hash = '#/knowledge';
          } }, t('editBeforePublish'))) : null,
        e.status === 'OPEN' ? h('div', { class: 'actions' },
          h('button', { type: 'button', class: 'secondary board-answer', onclick: () => act(e, 'answer') }, t('answerForUnit')),
          h('button', { type: 'button', class: 'secondary board-reassign', onclick: () => act(e, 'reassign') }, t('reassign')),
          byUnit[unit].length > 1 ? h('button', { type: 'button', class: 'secondary board-merge', onclick: () => act(e, 'merge') }, t('mergeInto')) : null)
          : null)))))
      : [h('p', { class: 'empty' }, t('noItems'))]));
    itemsShown = items;
  };
  let itemsShown = [];
  // The supervisor steps in from the board: answers on the unit's behalf, moves the question to the right unit
  // (with the reason kept on its history), or merges it into the same unit's open question it repeats.
  const act = (e, kind) => {
    const li = board.querySelector('li[data-id="' + CSS.escape(e.id) + '"]');
    const form = h('form', { class: 'card board-form', novalidate: true });
    let body;
    if (kind === 'answer') {
      const text = h('textarea', { rows: 4, id: 'board-answer-text' });
      form.append(field('answer', 'answer', text));
      body = () => ({ answer: text.value.trim() });
    } else if (kind === 'reassign') {
      const unit = select('board-unit', Object.entries(unitNames).filter(([code]) => code !== e.unitCode)
        .sort((a, b) => a[1].localeCompare(b[1], 'vi')).map(([code, name]) => ({ value: code, label: name })));
      const reason = h('input', { type: 'text', maxlength: 500, id: 'board-reason' });
      form.append(field('unitCode', 'unit', unit), field('reason', 'reason', reason));
      body = () => ({ unitCode: unit.value || null, reason: reason.value.trim() });
    } else {
      const into = select('board-into', itemsShown.filter(x => x.unitCode === e.unitCode && x.id !== e.id && x.status === 'OPEN')
        .map(x => ({ value: x.id, label: x.question })));
      form.append(field('sourceIds', 'mergeTarget', into));
      body = () => ({ target: into.value });
    }
    form.append(h('button', { type: 'submit', class: 'primary board-submit' }, t(kind === 'answer' ? 'sendAnswer' : 'save')));
    form.addEventListener('submit', async ev => {
      ev.preventDefault();
      const b = body();
      try {
        if (kind === 'merge') {
          if (!b.target) throw new Api.ApiError(400, { errors: [{ field: 'sourceIds', message: t('chooseMergeTarget') }] });
          await Api.post('/api/escalations/' + encodeURIComponent(b.target) + '/merge', { sourceIds: [e.id] });
        } else {
          await Api.post('/api/escalations/' + encodeURIComponent(e.id) + '/' + kind, b);
        }
        message(t('boardDone_' + kind), 'ok');
        await load();
      } catch (err) { showErrors(form, err); }
    });
    const old = li.querySelector('.board-form');
    if (old) old.remove();
    li.append(form);
    const first = form.querySelector('textarea,select,input');
    if (first) first.focus();
  };
  status.addEventListener('change', load);
  main.replaceChildren(h('h2', {}, t('escalationBoard')),
    h('div', { class: 'toolbar' }, h('label', { for: 'esc-status' }, t('status')), status), board);
  await load();
}

async function unitEscalations(main, shown = 'OPEN') {
  const me = Api.session();
  const ref = await CallScreens.loadReference().catch(() => ({ topics: [], localities: [] }));
  const items = await Api.get('/api/escalations?status=' + shown);
  const soon = e => !overdue(e) && e.dueAt && new Date(e.dueAt).getTime() - Date.now() < 24 * 3600 * 1000;
  if (shown === 'OPEN') items.sort((x, y) => String(x.dueAt).localeCompare(String(y.dueAt)));
  const detail = h('div', { id: 'unit-answer' });
  const open = e => {
    const text = h('textarea', { rows: 6, id: 'answer' });
    const form = h('form', { class: 'card', id: 'answer-form', novalidate: true },
      h('h3', {}, e.question), h('p', { class: 'muted' }, t('due') + ': ' + when(e.dueAt) + ' · ' + t('callers') + ': ' + (e.callCount || 1)),
      field('answer', 'answer', text),
      h('button', { type: 'submit', class: 'primary', id: 'send-answer' }, t('sendAnswer')));
    form.addEventListener('submit', async ev => {
      ev.preventDefault();
      try {
        await Api.post('/api/escalations/' + encodeURIComponent(e.id) + '/answer', { answer: text.value.trim() });
        message(t('answered'), 'ok');
        unitEscalations(main);
      } catch (err) { showErrors(form, err); }
    });
    form.addEventListener('keydown', ev => { if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey)) { ev.preventDefault(); form.requestSubmit(); } });
    detail.replaceChildren(form);
    text.focus();
  };
  // what is due first, and what this unit already answered (#13: a unit's history and its "due soon" list)
  const tabs = h('div', { class: 'toolbar', role: 'tablist' }, ['OPEN', 'ANSWERED'].map(st => h('button', {
    type: 'button', role: 'tab', id: 'unit-tab-' + st, 'aria-selected': String(st === shown),
    class: st === shown ? 'primary' : 'secondary', onclick: () => unitEscalations(main, st) }, t('unitTab_' + st))));
  const dueSoon = shown === 'OPEN' ? items.filter(soon).length : 0;
  const columns = [
    { label: t('question'), value: e => shown === 'OPEN'
      ? h('a', { href: '#', class: 'open-escalation', 'data-id': e.id, onclick: ev => { ev.preventDefault(); open(e); } }, e.question)
      : e.question },
    { label: t('topic'), value: e => CallScreens.nameOf(ref.topics, e.topic) },
    { label: t('locality'), value: e => CallScreens.nameOf(ref.localities, e.locality) },
    { label: t('due'), value: e => when(e.dueAt) + (overdue(e) && shown === 'OPEN' ? ' ⚠ ' + t('overdue') : soon(e) && shown === 'OPEN' ? ' · ' + t('dueSoon') : '') },
    { label: t('callers'), value: e => e.callCount || 1 }];
  if (shown === 'ANSWERED') columns.push({ label: t('answer'), value: e => e.answer || '' });
  main.replaceChildren(...[h('h2', {}, t('unitEscalations') + (me.displayName ? ' — ' + me.displayName : '')), tabs,
    dueSoon ? h('p', { class: 'flag warn', id: 'due-soon' }, t('dueSoonCount', dueSoon)) : null,
    detail, items.length ? table(columns, items) : h('p', { class: 'empty' }, t('noItems'))].filter(Boolean));
  const first = main.querySelector('a.open-escalation');
  if (first) first.focus();
}

export { escalationBoard, unitEscalations };
