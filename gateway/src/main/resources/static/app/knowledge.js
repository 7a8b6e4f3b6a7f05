// Supervisors: the knowledge base: editor, import, and what the search learned from the desk.
import { I18n } from './i18n.js';
import { Api } from './api.js';
import { Ui } from './ui.js';
import { CallScreens } from './call.js';
import { lines, commas } from './format.js';

const { h, field, select, showErrors, clearErrors, message, when, table } = Ui;
const t = I18n.t;

// ---- Knowledge editor with approval, and import with progress -----------------------------------------------
async function knowledge(main) {
  const ref = await CallScreens.loadReference();
  const status = select('kb-status', ['DRAFT', 'APPROVED', 'PUBLISHED', 'ARCHIVED'].map(s => ({ value: s, label: t(s) })));
  status.options[0].textContent = t('all');
  const list = h('div', { id: 'kb-list' });
  const editor = h('div', { id: 'kb-editor' });
  const file = h('input', { type: 'file', id: 'kb-file', accept: '.ndjson,.jsonl,.csv,.xlsx' });
  const progress = h('progress', { id: 'kb-import-progress', max: 100, value: 0, hidden: true });
  const importStatus = h('p', { id: 'kb-import-status', 'aria-live': 'polite' });
  const load = async () => {
    const params = new URLSearchParams({ size: 50 });
    if (status.value) params.set('status', status.value);
    const page = await Api.get('/api/knowledge/entries?' + params);
    const items = page.items || page.content || (Array.isArray(page) ? page : []);
    list.replaceChildren(table([
      { label: t('externalId'), value: e => e.externalId || '' },
      { label: t('question'), value: e => h('a', { href: '#', onclick: ev => { ev.preventDefault(); edit(e); } }, e.question) },
      { label: t('topic'), value: e => CallScreens.nameOf(ref.topics, e.topic) },
      { label: t('status'), value: e => t(e.status) },
      { label: '', value: e => actions(e) }
    ], items));
  };
  const actions = e => h('span', { class: 'actions' },
    e.status === 'DRAFT' ? h('button', { type: 'button', 'data-action': 'approve', onclick: () => transition(e, 'approve') }, t('approve')) : null,
    e.status === 'APPROVED' ? h('button', { type: 'button', 'data-action': 'publish', onclick: () => transition(e, 'publish') }, t('publish')) : null,
    e.status !== 'ARCHIVED' ? h('button', { type: 'button', class: 'secondary', onclick: () => transition(e, 'archive') }, t('archive')) : null);
  const transition = async (e, action) => {
    try {
      await Api.post('/api/knowledge/entries/' + encodeURIComponent(e.id) + '/' + action);
      message(t('entryDone_' + action, e.question || e.externalId || ''), 'ok');
      await load();
    } catch (err) { message(Ui.plain(err), 'error'); }
  };
  const edit = entry => {
    const e = entry || {};
    const form = h('form', { class: 'card', id: 'kb-form', novalidate: true },
      h('h3', {}, e.id ? t('edit') + ': ' + (e.question || e.externalId || '') : t('newEntry')),
      field('externalId', 'externalId', h('input', { type: 'text', value: e.externalId || '' })),
      field('topic', 'topic', select('topic', ref.topics.map(x => ({ value: x.code, label: x.name })))),
      field('question', 'question', h('input', { type: 'text', value: e.question || '' })),
      field('answer', 'answer', h('textarea', { rows: 6 }, e.answer || '')),
      field('answerVariants', 'answerVariants', h('textarea', { rows: 3 }, (e.answerVariants || []).join('\n'))),
      field('phrasings', 'phrasings', h('textarea', { rows: 3 }, (e.phrasings || []).join('\n'))),
      field('tags', 'tags', h('input', { type: 'text', value: (e.tags || []).join(', ') })),
      field('legalBasis', 'legalBasis', h('input', { type: 'text', value: e.legalBasis || '' })),
      field('validUntil', 'validUntil', Ui.dayInput('validUntil', e.validUntil ? String(e.validUntil).slice(0, 10) : '')),
      h('button', { type: 'submit', class: 'primary' }, t('save')));
    form.elements.topic.value = e.topic || '';
    form.addEventListener('submit', async ev => {
      ev.preventDefault();
      const f = form.elements;
      // a save replaces the entry's content: what this form does not show is sent back as it was loaded
      const kept = { localities: e.localities || [], sourceUnit: e.sourceUnit || null, validFrom: e.validFrom || null,
        supersededBy: e.supersededBy || null, internalNote: e.internalNote || null };
      const body = { ...kept, externalId: f.externalId.value || null, topic: f.topic.value || null, question: f.question.value,
        answer: f.answer.value, answerVariants: lines(f.answerVariants.value), phrasings: lines(f.phrasings.value),
        tags: commas(f.tags.value),
        legalBasis: f.legalBasis.value || null,
        validUntil: Ui.dayOf(f.validUntil) ? Ui.dayOf(f.validUntil) + 'T16:59:59Z' : null };
      try {
        if (e.id) await Api.put('/api/knowledge/entries/' + encodeURIComponent(e.id), body);
        else await Api.post('/api/knowledge/entries', body);
        clearErrors(form); message(t('save') + ' ✓', 'ok'); editor.replaceChildren(); await load();
      } catch (err) { showErrors(form, err); }
    });
    editor.replaceChildren(form);
    form.elements.question.focus();
  };
  file.addEventListener('change', async () => {
    const f = file.files[0];
    if (!f) return;
    const type = /\.xlsx$/i.test(f.name) ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
      : /\.csv$/i.test(f.name) ? 'text/csv' : 'application/x-ndjson';
    progress.hidden = false; progress.removeAttribute('value');
    try {
      let result = await Api.post('/api/knowledge/import', f, { headers: { 'Content-Type': type } });
      while (result && result.id && /RUNNING|PENDING|IN_PROGRESS/i.test(result.status || '')) {
        showImport(result);
        await new Promise(r => setTimeout(r, 800));
        result = await Api.get('/api/knowledge/imports/' + encodeURIComponent(result.id));
      }
      showImport(result, true);
      await load();
    } catch (err) { importStatus.textContent = Ui.plain(err); progress.hidden = true; }
  });
  const showImport = (r, finished) => {
    const total = r.total || r.totalRows || 0;
    const done = r.processed || r.processedRows || 0;
    if (total) progress.value = Math.round(100 * done / total);
    if (finished) progress.value = 100;
    const errors = r.errors || r.rowErrors || [];
    importStatus.replaceChildren(
      h('span', {}, ['total', 'processed', 'created', 'updated', 'unchanged', 'failed'].filter(k => r[k] !== undefined)
        .map(k => t('import_' + k) + ': ' + r[k]).join(' · ')),
      errors.length ? h('ul', { class: 'errors' }, errors.slice(0, 20).map(x => h('li', {},
        t('line') + ' ' + (x.line || x.row || '?') + (x.field ? ' (' + t(x.field) + ')' : '') + ': ' + (x.reason || x.message)))) : null);
  };
  status.addEventListener('change', load);
  main.replaceChildren(h('h2', {}, t('navKnowledge')),
    h('div', { class: 'toolbar' }, h('label', { for: 'kb-status' }, t('status')), status,
      h('button', { type: 'button', id: 'kb-new', onclick: () => edit(null) }, t('newEntry')),
      h('label', { for: 'kb-file' }, t('import')), Ui.filePicker(file), progress),
    importStatus, learning(), editor, list);
  await load().catch(err => list.replaceChildren(h('p', { class: 'field-error' }, Ui.plain(err))));
  // from the board: a unit's answer waits here as a draft; the supervisor words it for the public before approving
  const pending = sessionStorage.getItem('hotline.kbEdit');
  if (pending) {
    sessionStorage.removeItem('hotline.kbEdit');
    try { edit(await Api.get('/api/knowledge/entries/' + encodeURIComponent(pending))); }
    catch (err) { message(Ui.plain(err), 'error'); }
  }
}

// ---- Search that learns from the desk: what model serves, the switch, a rebuild, the desk's history ----------
function learning() {
  const box = h('section', { id: 'learning', class: 'card', 'aria-labelledby': 'learning-title' });
  const status = h('div', { id: 'learning-status', 'aria-live': 'polite' });
  const toggle = h('input', { type: 'checkbox', id: 'learning-enabled' });
  const file = h('input', { type: 'file', id: 'usage-file', accept: '.ndjson,.jsonl,application/x-ndjson' });
  const note = h('p', { id: 'learning-note', 'aria-live': 'polite' });
  const pct = x => (x * 100).toFixed(1) + ' %';
  const show = st => {
    toggle.checked = !!st.enabled;
    const m = st.serving;
    const cv = m && m.crossValidation;
    const build = st.lastBuild;
    status.replaceChildren(...[
      h('p', {}, m ? t('learningServing', m.version, m.pairs, when(m.builtAt)) : t('learningNone')),
      cv ? h('p', {}, t('learningFigures', cv.queries, pct(cv.lexical.recall5), pct(cv.learned.recall5),
        cv.lexical.mrr10.toFixed(3), cv.learned.mrr10.toFixed(3))) : null,
      h('p', {}, t('learningUsage', st.usage.pairs, st.usage.sinceLastModel, st.usage.rejected)),
      st.building ? h('p', {}, t('learningBuilding'))
        : build ? h('p', {}, t('learningLast', t('build' + build.status) || build.status, when(build.finishedAt || build.startedAt))) : null].filter(Boolean));
  };
  const load = async () => { try { show(await Api.get('/api/knowledge/learning')); } catch (err) { note.textContent = Ui.plain(err); } };
  toggle.addEventListener('change', async () => {
    try { show(await Api.put('/api/knowledge/learning', { enabled: toggle.checked })); note.textContent = ''; }
    catch (err) { note.textContent = Ui.plain(err); await load(); }
  });
  const rebuild = h('button', { type: 'button', id: 'learning-rebuild', onclick: async () => {
    try {
      show(await Api.post('/api/knowledge/learning/rebuild'));
      note.textContent = t('learningStarted');
      for (let i = 0; i < 120; i++) {
        await new Promise(r => setTimeout(r, 2000));
        const st = await Api.get('/api/knowledge/learning');
        show(st);
        if (!st.building) break;
      }
      note.textContent = '';
    } catch (err) { note.textContent = Ui.plain(err); }
  } }, t('learningRebuild'));
  file.addEventListener('change', async () => {
    const f = file.files[0];
    if (!f) return;
    try {
      let job = await Api.post('/api/knowledge/usage/import', f, { headers: { 'Content-Type': 'application/x-ndjson' } });
      while (job && job.status === 'RUNNING') {
        note.textContent = t('usageImporting', job.processed || 0, job.total || 0);
        await new Promise(r => setTimeout(r, 800));
        job = await Api.get('/api/knowledge/usage/imports/' + encodeURIComponent(job.id));
      }
      note.replaceChildren(h('span', {}, t('usageImported', job.imported, job.duplicates, job.failed)),
        (job.errors || []).length ? h('ul', { class: 'errors' }, job.errors.slice(0, 20)
          .map(x => h('li', {}, t('line') + ' ' + x.line + ': ' + x.reason))) : null);
      await load();
    } catch (err) { note.textContent = Ui.plain(err); }
  });
  box.append(h('h3', { id: 'learning-title' }, t('learningTitle')), h('p', { class: 'hint' }, t('learningHint')), status,
    h('div', { class: 'toolbar' },
      h('div', { class: 'field check' }, toggle, h('label', { for: 'learning-enabled' }, t('learningEnabled'))),
      rebuild, h('label', { for: 'usage-file' }, t('usageImport')), Ui.filePicker(file)),
    note);
  load();
  return box;
}

export { knowledge };
