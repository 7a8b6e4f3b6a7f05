// Supervisor, unit, ops and admin screens: knowledge editor and import, directory and rules, escalations, reports.
import { I18n } from './i18n.js';
import { Api } from './api.js';
import { Ui } from './ui.js';
import { CallScreens } from './call.js';

export const SupervisorScreens = (() => {
  const { h, field, select, showErrors, clearErrors, message, when, today, table } = Ui;
  const t = I18n.t;
  const lines = s => String(s || '').split('\n').map(x => x.trim()).filter(Boolean);
  const commas = s => String(s || '').split(',').map(x => x.trim()).filter(Boolean);

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
        field('phrasings', 'phrasings', h('textarea', { rows: 3 }, (e.phrasings || []).join('\n'))),
        field('tags', 'tags', h('input', { type: 'text', value: (e.tags || []).join(', ') })),
        field('legalBasis', 'legalBasis', h('input', { type: 'text', value: e.legalBasis || '' })),
        field('validUntil', 'validUntil', h('input', { type: 'date', value: e.validUntil ? String(e.validUntil).slice(0, 10) : '' })),
        h('button', { type: 'submit', class: 'primary' }, t('save')));
      form.elements.topic.value = e.topic || '';
      form.addEventListener('submit', async ev => {
        ev.preventDefault();
        const f = form.elements;
        const body = { externalId: f.externalId.value || null, topic: f.topic.value || null, question: f.question.value,
          answer: f.answer.value, phrasings: lines(f.phrasings.value), tags: commas(f.tags.value),
          legalBasis: f.legalBasis.value || null,
          validUntil: f.validUntil.value ? f.validUntil.value + 'T16:59:59Z' : null };
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
          t('line') + ' ' + (x.line || x.row || '?') + (x.field ? ' (' + x.field + ')' : '') + ': ' + (x.reason || x.message)))) : null);
    };
    status.addEventListener('change', load);
    main.replaceChildren(h('h2', {}, t('navKnowledge')),
      h('div', { class: 'toolbar' }, h('label', { for: 'kb-status' }, t('status')), status,
        h('button', { type: 'button', id: 'kb-new', onclick: () => edit(null) }, t('newEntry')),
        h('label', { for: 'kb-file' }, t('import')), file, progress),
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
        rebuild, h('label', { for: 'usage-file' }, t('usageImport')), file),
      note);
    load();
    return box;
  }

  // ---- Directory and rules -----------------------------------------------------------------------------------
  const PLACEHOLDER = 'CHỜ BỔ SUNG';

  const KINDS = ['DEPARTMENT', 'DISTRICT_PEOPLES_COMMITTEE', 'DISTRICT_STEERING_COMMITTEE', 'PROVINCIAL_STEERING_COMMITTEE',
    'DISEASE_CONTROL', 'HEALTH_CENTRE', 'HOSPITAL'];

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
      const hotlines = lines(f.hotlines.value).map(l => {
        const [number, label, lineType, priority] = l.split('|').map(x => x.trim());
        const placeholder = !number || number.toLocaleUpperCase('vi') === PLACEHOLDER;
        return { number: placeholder ? null : number, label: label || number, placeholder,
          lineType: (lineType || 'MOBILE').toUpperCase(), priority: Number(priority) || 1, active: !placeholder };
      });
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
        const hotlines = lines(f.hotlines.value).map(l => {
          const [number, label, lineType, priority] = l.split('|').map(x => x.trim());
          const placeholder = !number || number.toLocaleUpperCase('vi') === PLACEHOLDER;
          // what the one-line form cannot show (opening hours, a line switched off) is kept from the stored line
          const before = (u.hotlines || []).find(x => placeholder ? x.placeholder && x.label === label : x.number === number) || {};
          return { number: placeholder ? null : number, label: label || number || before.label, placeholder,
            lineType: (lineType || before.lineType || 'LANDLINE').toUpperCase(), priority: Number(priority) || 1,
            active: placeholder ? false : before.active !== false, hours: before.hours || null };
        });
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
      { label: t('due'), value: e => when(e.dueAt) + (overdue(e) && shown === 'OPEN' ? ' ⚠ ' + t('overdue') : soon(e) && shown === 'OPEN' ? ' ⏰ ' + t('dueSoon') : '') },
      { label: t('callers'), value: e => e.callCount || 1 }];
    if (shown === 'ANSWERED') columns.push({ label: t('answer'), value: e => e.answer || '' });
    main.replaceChildren(...[h('h2', {}, t('unitEscalations') + (me.displayName ? ' — ' + me.displayName : '')), tabs,
      dueSoon ? h('p', { class: 'flag warn', id: 'due-soon' }, t('dueSoonCount', dueSoon)) : null,
      detail, items.length ? table(columns, items) : h('p', { class: 'empty' }, t('noItems'))].filter(Boolean));
    const first = main.querySelector('a.open-escalation');
    if (first) first.focus();
  }


  // ---- Reports with charts, exports, wallboard and digests -----------------------------------------------------
  function bars(title, data, names) {
    const entries = Object.entries(data || {}).sort((a, b) => b[1] - a[1]);
    const max = Math.max(1, ...entries.map(e => e[1]));
    return h('figure', { class: 'chart' }, h('figcaption', {}, title),
      entries.length ? entries.map(([k, v]) => h('div', { class: 'bar-row' },
        h('span', { class: 'bar-label' }, (names && names[k]) || t(k)),
        h('span', { class: 'bar', style: null, 'data-w': Math.round(100 * v / max) }),
        h('span', { class: 'bar-value' }, v))) : h('p', { class: 'empty' }, t('noItems')));
  }

  function breakdown(summary, key) {
    const v = summary[key] || summary[key + 'Counts'] || (summary.breakdowns || {})[key];
    if (Array.isArray(v)) {
      const o = {};
      v.forEach(x => { o[x.key || x.code || x.name || x.label] = x.count || x.calls || x.value || 0; });
      return o;
    }
    return v || {};
  }

  // ---- Staffing by hour of the week (Erlang C): operators needed against operators who took calls ------------
  const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
  const decimal = n => Number(n).toLocaleString(I18n.lang === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 1 });
  const pad = n => String(n).padStart(2, '0');

  function staffingCell(x) {
    if (!x || !x.occurrences) return h('td', { class: 'staff-cell none' }, '—');
    const needed = x.operatorsNeeded === null || x.operatorsNeeded === undefined ? '?' : x.operatorsNeeded;
    const short = x.gap !== null && x.gap !== undefined && x.gap < 0;
    // an hour with too few closed calls of its own is estimated from the range's handle time: marked, not hidden
    const borrowed = x.calls > 0 && x.handleTimeBasis !== 'HOUR';
    return h('td', { class: 'staff-cell' + (short ? ' short' : ''),
      title: t('staffCellTitle', decimal(x.callsPerHour),
        x.averageHandleSeconds === null || x.averageHandleSeconds === undefined ? '?' : Math.round(x.averageHandleSeconds))
        + (short ? ' · ' + t('staffShortBy', decimal(-x.gap)) : '') },
      t('staffCell', needed, decimal(x.operatorsWorked)), borrowed ? h('sup', {}, '*') : null,
      x.model === 'ERLANG_A' ? h('sup', { title: t('staffErlangA', Math.round(x.patienceSeconds),
        Math.round((x.abandonment || 0) * 100)) }, '†') : null);
  }

  function staffingSection(range) {
    const level = h('input', { type: 'number', min: 1, max: 99, step: 'any', value: 80 });
    const within = h('input', { type: 'number', min: 1, max: 600, step: 1, value: 20 });
    const out = h('div', { id: 'staffing' });
    const form = h('form', { class: 'toolbar', id: 'staffing-form', novalidate: true },
      field('serviceLevel', 'staffLevel', level), field('answerWithinSeconds', 'staffWithin', within),
      h('button', { type: 'submit' }, t('staffCompute')));
    const load = async () => {
      try {
        // the API takes a share (0.8); people think in percent (80)
        const s = await Api.get('/api/reports/staffing?' + new URLSearchParams({ from: range.from.value, to: range.to.value,
          serviceLevel: Number(level.value) / 100, answerWithinSeconds: within.value }));
        clearErrors(form);
        const byDay = {};
        s.hours.forEach(x => { byDay[x.dayOfWeek + ':' + x.hour] = x; });
        const busy = [...new Set(s.hours.filter(x => x.calls > 0).map(x => x.hour))].sort((a, b) => a - b);
        out.replaceChildren(busy.length ? h('table', { id: 'staffing-table' },
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('time')), DAYS.map(d => h('th', { scope: 'col' }, t('dow_' + d))))),
          h('tbody', {}, busy.map(hour => h('tr', {}, h('th', { scope: 'row' }, pad(hour) + ':00–' + pad(hour + 1) + ':00'),
            DAYS.map(d => staffingCell(byDay[d + ':' + hour])))))) : h('p', { class: 'empty' }, t('noItems')),
          h('p', { class: 'hint' }, t('staffLegend', decimal(Number(level.value)), within.value)));
      } catch (err) { out.replaceChildren(); showErrors(form, err); }
    };
    form.addEventListener('submit', e => { e.preventDefault(); load(); });
    return { element: h('section', { id: 'staffing-section' }, h('h3', {}, t('staffTitle')), form, out), load };
  }

  async function reports(main) {
    const ref = await CallScreens.loadReference();
    const from = h('input', { type: 'date', id: 'from', value: today() });
    const to = h('input', { type: 'date', id: 'to', value: today() });
    const out = h('div', { id: 'report' });
    // the digest is addressed to a unit of the directory: pick it by name, never type a code
    const unit = h('select', { id: 'digest-unit' });
    Api.get('/api/routing/units').then(units => unit.replaceChildren(...units
      .slice().sort((a, b) => String(a.name).localeCompare(String(b.name), 'vi'))
      .map(u => h('option', { value: u.code }, u.name)))).catch(() => unit.replaceChildren(h('option', { value: '' }, '—')));
    const callbacksOut = h('div', { id: 'callback-report' });
    const staleOut = h('div', { id: 'stale-calls' });
    const day = h('input', { type: 'date', id: 'digest-date', value: today() });
    const staffing = staffingSection({ from, to });
    const topicNames = Object.fromEntries(ref.topics.map(x => [x.code, x.name]));
    const localityNames = Object.fromEntries(ref.localities.map(x => [x.code, x.name]));
    const show = async () => {
      try {
        const s = await Api.get('/api/reports/summary?' + new URLSearchParams({ from: from.value, to: to.value }));
        // outcomes exist for closed calls only: the calls still open get their own bar, so the bars add up to the total
        const outcomes = breakdown(s, 'byOutcome');
        const closed = Object.values(outcomes).reduce((a, b) => a + (Number(b) || 0), 0);
        if ((s.totalCalls || 0) > closed) outcomes.OPEN = s.totalCalls - closed;
        out.replaceChildren(
          h('p', { class: 'kpi' }, t('totalCalls') + ': ', h('strong', { id: 'total-calls' }, s.totalCalls ?? 0),
            s.kbAnswerShare !== undefined ? ' · ' + t('kbRatio') + ': ' + Math.round(100 * s.kbAnswerShare) + '%' : '',
            // one caller may ask several questions: questions of the closed calls, each counted by its own outcome
            s.closedQuestions !== undefined ? [' · ' + t('totalQuestions') + ': ', h('strong', { id: 'total-questions' }, s.closedQuestions)] : ''),
          h('div', { class: 'charts' }, bars(t('topic'), breakdown(s, 'byTopic'), topicNames),
            bars(t('locality'), breakdown(s, 'byLocality'), localityNames), h('div', { id: 'outcome-chart' }, bars(t('outcome'), outcomes)),
            h('div', { id: 'question-chart' }, bars(t('questionOutcomes'), breakdown(s, 'questionsByOutcome')))));
        out.querySelectorAll('.bar').forEach(b => { b.style.width = b.dataset.w + '%'; });
      } catch (err) { out.replaceChildren(h('p', { class: 'field-error' }, Ui.plain(err))); }
      try {
        const days = await Api.get('/api/callbacks/summary?' + new URLSearchParams({ from: from.value, to: to.value }));
        callbacksOut.replaceChildren(h('h3', {}, t('callbacksReport')), table([
          { label: t('date'), value: d => d.day.split('-').reverse().join('/') },
          { label: t('cbCreated'), value: d => d.created },
          { label: t('cb_DONE'), value: d => d.done },
          { label: t('cb_PENDING'), value: d => d.pending },
          { label: t('cb_UNREACHABLE'), value: d => d.unreachable },
          { label: t('cb_COVERED'), value: d => d.covered }
        ], days.filter(d => d.created > 0)));
      } catch (err) { callbacksOut.replaceChildren(); }
      await staffing.load();
      await showStale();
    };
    // open calls older than 30 minutes (a lost tab, a dropped line): the supervisor closes them with a reason
    const showStale = async () => {
      let page;
      try {
        page = await Api.get('/api/calls?' + new URLSearchParams({ status: 'OPEN', to: new Date(Date.now() - 30 * 60000).toISOString(), size: 50 }));
      } catch (err) { staleOut.replaceChildren(); return; }
      const items = Array.isArray(page) ? page : (page.items || []);
      staleOut.replaceChildren(h('h3', {}, t('staleCalls') + ' (' + items.length + ')'), table([
        { label: t('time'), value: c => Ui.when(c.startedAt) },
        { label: t('operator'), value: c => c.operator },
        { label: t('question'), value: c => c.question },
        { label: '', value: c => {
          const reason = h('input', { type: 'text', maxlength: 200, placeholder: t('closeReason'), 'aria-label': t('closeReason') });
          return h('span', {}, reason, ' ', h('button', { type: 'button', class: 'close-stale', onclick: async () => {
            try {
              await Api.post('/api/calls/' + encodeURIComponent(c.id) + '/close',
                { outcome: 'DROPPED', notes: (t('closedBySupervisor') + ': ' + (reason.value || '—')).slice(0, 4000) });
              showStale();
            } catch (err) { message(Ui.plain(err), 'error'); }
          } }, t('closeWith') + ' ' + t('DROPPED')));
        } }
      ], items));
    };
    const file = ext => Api.download('/api/reports/summary.' + ext + '?' + new URLSearchParams({ from: from.value, to: to.value }),
      'bao-cao-1022-' + from.value + '-' + to.value + '.' + ext).catch(err => message(Ui.plain(err), 'error'));
    const digest = ext => Api.download('/api/reports/digests/' + encodeURIComponent(unit.value) + '/' + day.value + '.' + ext,
      'tong-hop-' + unit.value + '-' + day.value + '.' + ext).catch(err => message(Ui.plain(err), 'error'));
    main.replaceChildren(h('h2', {}, t('navReports')),
      h('form', { class: 'toolbar', onsubmit: e => { e.preventDefault(); show(); } },
        h('label', { for: 'from' }, t('from')), from, h('label', { for: 'to' }, t('to')), to,
        h('button', { type: 'submit', class: 'primary' }, t('show')),
        h('button', { type: 'button', onclick: () => file('csv') }, 'CSV'),
        h('button', { type: 'button', onclick: () => file('xlsx') }, 'XLSX'),
        h('a', { href: '/api/reports/wallboard', target: '_blank', rel: 'noopener', id: 'wallboard-link' }, t('wallboard'))),
      out, staffing.element, callbacksOut, staleOut,
      h('h3', {}, t('digest')),
      h('div', { class: 'toolbar' }, h('label', { for: 'digest-unit' }, t('unit')), unit,
        h('label', { for: 'digest-date' }, t('date')), day,
        h('button', { type: 'button', id: 'digest-docx', onclick: () => digest('docx') }, t('download') + ' DOCX'),
        h('button', { type: 'button', onclick: () => digest('html') }, t('download') + ' HTML')));
    await show();
  }

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
      { label: t('extension'), value: r => r.extension },
      { label: t('extensionUser'), value: r => nameOf(r.login) },
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

  return { knowledge, directory, escalationBoard, unitEscalations, reports, users, audit };
})();
