// The operator's screens: a new call with the caller's history, knowledge search, transfer, escalation, my calls.
import { I18n } from './i18n.js';
import { Api } from './api.js';
import { Ui } from './ui.js';

export const CallScreens = (() => {
  const { h, field, select, showErrors, clearErrors, message, debounce, when, today, table, highlighted } = Ui;
  const t = I18n.t;
  let reference = null;
  let current = null;          // the call being handled (as returned by the API)

  async function loadReference() {
    if (!reference) reference = await Api.get('/api/calls/reference');
    return reference;
  }

  // the question being handled: the call's last one (a call is a case holding the caller's questions)
  function asked() {
    const qs = (current && current.questions) || [];
    return qs.length ? qs[qs.length - 1] : { no: 1, text: current.question, topic: current.topic, topicName: current.topicName };
  }

  function nameOf(list, code) {
    const item = (list || []).find(x => x.code === code);
    return item ? item.name : code;
  }

  // ---- New call -------------------------------------------------------------------------------------------
  async function newCall(main) {
    const ref = await loadReference();
    current = null;
    const number = h('input', { type: 'tel', autocomplete: 'off', inputmode: 'tel', placeholder: '0908 158 383' });
    const withheld = h('input', { type: 'checkbox', id: 'withheld' });
    const channel = select('channel', (ref.channels || ['PHONE']).map(c => ({ value: c, label: t('ch_' + c) === 'ch_' + c ? c : t('ch_' + c) })), false);
    const locality = select('locality', ref.localities.map(l => ({ value: l.code, label: l.name })));
    const province = h('input', { type: 'text', id: 'provinceName' });
    const provinceField = field('provinceName', 'provinceName', province);
    provinceField.hidden = true;
    const topic = select('topic', ref.topics.map(x => ({ value: x.code, label: x.name })));
    const question = h('textarea', { rows: 4, maxlength: 4000, 'aria-describedby': 'question-count' });
    const questionCount = h('small', { id: 'question-count', class: 'hint' }, '0/4000');
    question.addEventListener('input', () => { questionCount.textContent = question.value.length + '/4000'; });
    const notes = h('textarea', { rows: 2, maxlength: 4000 });
    const historyBox = h('section', { id: 'caller-history', class: 'panel', 'aria-live': 'polite' },
      h('h3', {}, t('history')), h('p', { class: 'muted' }, '…'));
    const form = h('form', { id: 'call-form', class: 'card', novalidate: true },
      h('h2', {}, t('navCall')),
      h('div', { class: 'row' }, field('callerNumber', 'callerNumber', number),
        h('div', { class: 'field check' }, withheld, h('label', { for: 'withheld' }, t('withheld')))),
      h('div', { class: 'row' }, field('channel', 'channel', channel), field('locality', 'locality', locality), provinceField),
      field('topic', 'topic', topic),
      field('question', 'question', question), questionCount,
      field('notes', 'notes', notes),
      h('button', { type: 'submit', id: 'log-call', class: 'primary' }, t('logCall')));
    const handling = h('section', { id: 'handling' });
    main.replaceChildren(h('div', { class: 'split' }, h('div', {}, form, handling), historyBox));

    const lookup = debounce(() => showHistory(number.value.trim(), historyBox), 300);
    number.addEventListener('input', lookup);
    withheld.addEventListener('change', () => { number.disabled = withheld.checked; });
    locality.addEventListener('change', () => {
      provinceField.hidden = locality.value !== 'OTHER_PROVINCE';
    });
    form.addEventListener('keydown', e => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); form.requestSubmit(); }
      if (e.key === 'Enter' && e.target.tagName === 'INPUT') { e.preventDefault(); focusNext(e.target); }
    });
    form.addEventListener('submit', async e => {
      e.preventDefault();
      const body = {
        // a call the switchboard popped up keeps its real start and is linked to the switchboard's record
        ctiCallId: form.dataset.cti || null, startedAt: form.dataset.startedAt || null,
        callerNumber: withheld.checked ? null : number.value.trim(), withheld: withheld.checked,
        channel: channel.value || 'PHONE', locality: locality.value || null, topic: topic.value || null,
        provinceName: locality.value === 'OTHER_PROVINCE' ? province.value : null,
        question: question.value.trim(), notes: notes.value.trim() || null
      };
      try {
        current = await Api.post('/api/calls', body, { headers: { 'Idempotency-Key': form.dataset.key || newKey(form) } });
        clearErrors(form);
        form.querySelectorAll('input,select,textarea,button').forEach(el => { el.disabled = true; });
        message(t('callLogged', when(current.startedAt)), 'ok');
        renderHandling(handling);
      } catch (err) {
        showErrors(form, err);
      }
    });
    number.focus();
    offerOpenCalls(main, form, handling, { number, withheld, channel, locality, topic, question, notes, historyBox });
    watchSwitchboard(form, { number, withheld, locality, historyBox });
  }

  // The switchboard reports the call this operator just picked up: the form fills itself with the real number and
  // time. The server pushes it (server-sent events through the gateway); while that stream is down the console polls
  // every 1.5 s and tries the stream again later. A desk without CTI simply never gets one.
  function watchSwitchboard(form, fields) {
    const seen = new Set();
    const live = () => document.body.contains(form) && !current;
    const stop = new AbortController();
    let streaming = false;

    function offer(popups) {
      if (!live() || form.dataset.cti || fields.number.value.trim()) return;
      const call = (popups || []).find(p => !seen.has(p.id));
      if (!call) return;
      seen.add(call.id);
      form.dataset.cti = call.id;
      form.dataset.startedAt = call.answeredAt || '';
      if (call.withheld) { fields.withheld.checked = true; fields.number.disabled = true; }
      else { fields.number.value = call.callerNumber; showHistory(call.callerNumber, fields.historyBox); }
      const note = h('p', { class: 'flag ok', id: 'cti-popup', role: 'status' }, '☎ ' + t('ctiPopup',
        when(call.answeredAt), call.waitSeconds ?? 0) + (call.ended ? ' ' + t('ctiEnded') : ''));
      const old = document.getElementById('cti-popup');
      if (old) old.remove();
      form.querySelector('h2').after(note);
      fields.locality.focus();
    }

    async function stream() {
      while (live()) {
        try {
          const response = await Api.get('/api/cti/mine/stream',
            { raw: true, signal: stop.signal, headers: { Accept: 'text/event-stream' } });
          streaming = true;
          form.dataset.push = 'on';
          const reader = response.body.getReader();
          const decoder = new TextDecoder();
          let buffer = '';
          for (;;) {
            const { value, done } = await reader.read();
            if (done || !live()) break;
            buffer += decoder.decode(value, { stream: true }).replace(/\r\n/g, '\n');
            let cut;
            while ((cut = buffer.indexOf('\n\n')) >= 0) {
              const data = buffer.slice(0, cut).split('\n').filter(l => l.startsWith('data:'))
                .map(l => l.slice(5)).join('\n');
              buffer = buffer.slice(cut + 2);
              if (data) { try { offer(JSON.parse(data)); } catch (err) { /* a torn event: the next beat repeats it */ } }
            }
          }
        } catch (err) { /* no stream (old gateway, proxy, network): the polling below carries on */ }
        streaming = false;
        form.dataset.push = 'off';
        if (live()) await new Promise(r => setTimeout(r, 15000));
      }
    }

    stream();
    const timer = setInterval(async () => {
      if (!live()) { clearInterval(timer); stop.abort(); return; }
      if (streaming || form.dataset.cti || fields.number.value.trim()) return;
      try { offer(await Api.get('/api/cti/mine')); } catch (err) { /* the next tick tries again */ }
    }, 1500);
  }

  // A call still open on the server (after F5, a new login, or Alt+N during a call) is offered back: resume it,
  // close it with an outcome, or keep it on hold and log the new call. The server is the truth, not the browser.
  async function offerOpenCalls(main, form, handling, fields) {
    let open = [];
    try {
      const me = Api.session();
      const page = await Api.get('/api/calls?' + new URLSearchParams({ status: 'OPEN', operator: me.username, size: 5 }));
      open = Array.isArray(page) ? page : (page.items || []);
    } catch (err) { return; }
    if (!open.length) return;
    const banner = h('section', { id: 'open-calls', class: 'card warn', role: 'region', 'aria-label': t('openCallsTitle') },
      h('h3', {}, t('openCallsTitle')),
      h('ul', {}, open.map(c => h('li', { 'data-call': c.id },
        h('time', {}, when(c.startedAt)), ' · ', c.topicName || '', ' · ', c.question, ' ',
        h('button', { type: 'button', class: 'primary resume-call', onclick: () => resume(c) }, t('resumeCall')), ' ',
        ['INFORMATION_ONLY', 'DROPPED'].map(o => h('button', { type: 'button', class: 'secondary', 'data-close-open': o,
          onclick: async () => {
            try { await Api.post('/api/calls/' + encodeURIComponent(c.id) + '/close', { outcome: o }); c.closed = true;
              banner.querySelector('[data-call="' + c.id + '"]').remove();
              if (!banner.querySelector('li')) banner.remove();
              message(t('callClosedAs') + ' ' + t(o), 'ok');
            } catch (err) { message(Ui.plain(err), 'error'); }
          } }, t('closeWith') + ' ' + t(o)))))),
      h('button', { type: 'button', class: 'secondary', id: 'keep-on-hold', onclick: () => banner.remove() }, t('keepOnHold')));
    form.before(banner);
    function resume(c) {
      current = c;
      fields.number.value = c.callerNumber || '';
      fields.withheld.checked = !!c.withheld;
      fields.locality.value = c.locality || '';
      fields.topic.value = c.topic || '';
      fields.question.value = c.question || '';
      fields.notes.value = c.notes || '';
      form.querySelectorAll('input,select,textarea,button').forEach(el => { el.disabled = true; });
      banner.remove();
      if (c.callerNumber) showHistory(c.callerNumber, fields.historyBox);
      message(t('callResumed'), 'ok');
      renderHandling(handling);
    }
  }

  function newKey(form) {
    form.dataset.key = (crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random());
    return form.dataset.key;
  }

  function focusNext(el) {
    const items = [...el.form.querySelectorAll('input:not([disabled]):not([type=hidden]),select,textarea,button')]
      .filter(x => x.offsetParent !== null);
    const i = items.indexOf(el);
    if (i >= 0 && i + 1 < items.length) items[i + 1].focus();
  }

  async function showHistory(number, box) {
    const digits = number.replace(/\D/g, '');
    if (digits.length < 9) { box.replaceChildren(h('h3', {}, t('history')), h('p', { class: 'muted' }, '…')); return; }
    try {
      const hist = await Api.get('/api/callers/' + encodeURIComponent(number) + '/history');
      if ((hist.calls || []).some(c => (c.failedTransfers || []).length)) await unitName('');   // names, not codes
      const flags = [];
      if (hist.prankFlag || hist.flag) {
        flags.push(h('p', { class: 'flag danger', id: 'caller-flag' }, '⚠ ' + t('prankWarning') + ': ' +
          ((hist.flag && (hist.flag.reason || hist.flag.kind)) || '')));
      }
      if (hist.repeatCaller) flags.push(h('p', { class: 'flag warn', id: 'repeat-caller' }, '↻ ' + t('repeatCaller')));
      box.replaceChildren(h('h3', {}, t('history')),
        h('p', {}, (hist.callCount || 0) + ' ' + t('callsInWindow', hist.windowDays || 90)), ...flags,
        hist.calls && hist.calls.length
          ? h('ol', { class: 'history' }, hist.calls.slice(0, 10).map(c => h('li', {},
            h('time', {}, when(c.startedAt)), ' · ', c.topicName || c.topic, ' · ', t(c.outcome || c.status),
            h('div', { class: 'muted' }, c.question),
            ...(c.failedTransfers || []).map(f => h('div', { class: 'flag warn failed-transfer' },
              '✕ ' + t('failedTransfer', (unitNames || {})[f.unitCode] || f.unitCode, f.attempts))))))
          : h('p', { class: 'muted' }, t('noHistory')));
    } catch (err) {
      box.replaceChildren(h('h3', {}, t('history')), h('p', { class: 'field-error' }, Ui.plain(err)));
    }
  }

  // ---- Handling a logged call: knowledge, transfer, escalate, close --------------------------------------
  function renderHandling(box) {
    const kb = h('section', { id: 'kb', class: 'card' });
    const q = asked();
    const actions = h('div', { class: 'actions', id: 'call-actions' },
      h('button', { type: 'button', id: 'another-question', onclick: () => askForm(box, null) }, t('anotherQuestion')),
      h('button', { type: 'button', id: 'transfer-start', onclick: () => startTransfer(box) }, t('transfer')),
      h('button', { type: 'button', id: 'escalate-call', onclick: () => escalateCall(box) }, t('escalate')),
      ['INFORMATION_ONLY', 'DROPPED', 'PRANK'].map(o =>
        h('button', { type: 'button', class: 'secondary', 'data-outcome': o, onclick: () => closeCall(box, { outcome: o }) }, t(o))));
    const early = h('p', { class: 'flag warn', id: 'route-note', hidden: true });
    // before any transfer: a unit that takes no transfers (Sở Y tế, CDC) is said once, with the way forward
    Api.get('/api/routing/route?' + new URLSearchParams({ topic: q.topic, locality: current.locality }))
      .then(route => {
        if (route && route.transferable === false) {
          early.textContent = t('notTransferableEarly', (route.unitNames || [])[0] || '', route.notTransferableReason || '');
          early.hidden = false;
          const transfer = document.getElementById('transfer-start');
          if (transfer) transfer.hidden = true;
        }
      }).catch(() => { /* the transfer button stays; routing says the same when pressed */ });
    const noteText = h('textarea', { rows: 2, maxlength: 2000, id: 'call-note' });
    const timeline = h('ol', { id: 'call-timeline', class: 'timeline' });
    const notesBox = h('section', { class: 'card', id: 'call-notes' }, h('h3', {}, t('timeline')), timeline,
      field('callNote', 'addNote', noteText),
      h('button', { type: 'button', id: 'add-note', onclick: async () => {
        if (!noteText.value.trim()) return;
        try { await Api.post('/api/calls/' + encodeURIComponent(current.id) + '/notes', { text: noteText.value.trim() });
          noteText.value = ''; showTimeline(timeline, current.id); }
        catch (err) { message(Ui.plain(err), 'error'); }
      } }, t('addNote')));
    box.replaceChildren(...[h('h2', {}, t('currentCall')), questionList(), kb, early, actions,
      h('section', { id: 'ask' }), h('section', { id: 'transfer' }), notesBox].filter(Boolean));
    showTimeline(timeline, current.id);
    knowledgePanel(kb, (q.text || '').slice(0, 300));
  }

  // the caller's questions so far, each with how it ended; the last one is the one being handled
  function questionList() {
    const qs = current.questions || [];
    if (qs.length < 2) return null;
    return h('section', { class: 'card', id: 'questions' }, h('h3', {}, t('questionsTitle')),
      h('ol', {}, qs.map(x => h('li', { 'data-question': x.no, class: x.outcome ? 'done' : 'current' },
        x.text, ' — ', h('em', {}, x.outcome ? t(x.outcome) : t('questionOpen')),
        x.topicName ? h('small', { class: 'muted' }, ' · ' + x.topicName) : null))));
  }

  // The caller asks something else: one command settles the question just handled and records the next one.
  function askForm(box, readEntry) {
    const area = box.querySelector('#ask');
    const options = [readEntry ? { value: 'ANSWERED_FROM_KB', label: t('ANSWERED_FROM_KB') } : null,
      { value: 'INFORMATION_ONLY', label: t('INFORMATION_ONLY') },
      { value: 'ESCALATED', label: t('escalateThisQuestion') }].filter(Boolean);
    const outcome = select('ask-current-outcome', options, false);
    const text = h('textarea', { rows: 3, maxlength: 4000, id: 'ask-question' });
    const ref = reference || { topics: [] };
    const topic = select('ask-topic', ref.topics.map(x => ({ value: x.code, label: x.name })), false);
    topic.value = asked().topic || current.topic;
    const form = h('form', { class: 'card', id: 'ask-form', novalidate: true },
      h('h3', {}, t('askTitle')),
      field('current.outcome', 'askCurrentOutcome', outcome),
      field('question', 'askQuestion', text), field('topic', 'topic', topic),
      h('button', { type: 'submit', class: 'primary', id: 'ask-submit' }, t('askSubmit')));
    form.addEventListener('keydown', e => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); form.requestSubmit(); }
    });
    form.addEventListener('submit', async e => {
      e.preventDefault();
      const body = { current: { outcome: outcome.value, kbEntryId: outcome.value === 'ANSWERED_FROM_KB' ? readEntry : null },
        question: text.value.trim(), topic: topic.value || null };
      try {
        current = await Api.post('/api/calls/' + encodeURIComponent(current.id) + '/questions', body);
        message(t('askRecorded', asked().no), 'ok');
        renderHandling(box);
      } catch (err) { showErrors(form, err); }
    });
    area.replaceChildren(form);
    text.focus();
  }

  async function showTimeline(list, callId) {
    // two loads in flight (the screen's first, then one after a note): only the latest may paint the list
    const seq = String(Number(list.dataset.seq || 0) + 1);
    list.dataset.seq = seq;
    try {
      const entries = await Api.get('/api/calls/' + encodeURIComponent(callId) + '/timeline');
      if (list.dataset.seq !== seq) return;
      list.replaceChildren(...entries.map(e => h('li', {}, h('time', {}, when(e.at)), ' · ', e.actor || '', ' · ',
        t('tl_' + e.kind) === 'tl_' + e.kind ? e.kind : t('tl_' + e.kind), e.text ? ': ' + e.text : '')));
    } catch (err) { if (list.dataset.seq === seq) list.replaceChildren(h('li', { class: 'field-error' }, Ui.plain(err))); }
  }

  function knowledgePanel(box, initial) {
    const q = h('input', { type: 'search', id: 'kb-query', autocomplete: 'off', value: initial || '',
      'aria-controls': 'kb-results', placeholder: t('kbSearch') });
    const results = h('ol', { id: 'kb-results', class: 'results', role: 'listbox' });
    const detail = h('div', { id: 'kb-detail' });
    // boosts follow the question being handled: a second question may be on another topic
    const handled = current ? asked() : {};
    const boost = { topic: handled.topic, locality: current && current.locality };
    const chips = h('div', { id: 'kb-boosts', class: 'chips', 'aria-live': 'polite' });
    const showBoosts = () => chips.replaceChildren(...[
      boost.topic ? h('button', { type: 'button', class: 'chip', title: t('clearBoost'),
        onclick: () => { boost.topic = null; showBoosts(); run(); } }, t('boostTopic') + ': ' + (handled.topicName || nameOf(reference && reference.topics, boost.topic)) + ' ✕') : null,
      boost.locality ? h('button', { type: 'button', class: 'chip', title: t('clearBoost'),
        onclick: () => { boost.locality = null; showBoosts(); run(); } }, t('boostLocality') + ': ' + (current.localityName || boost.locality) + ' ✕') : null
    ].filter(Boolean));
    box.replaceChildren(h('label', { for: 'kb-query' }, t('kbSearch')), chips, q, results, detail);
    let hits = [];
    let active = -1;
    const run = debounce(async () => {
      const text = q.value.trim().slice(0, 1000);
      if (text.length < 2) { results.replaceChildren(); return; }
      try {
        const params = new URLSearchParams({ q: text, limit: 8 });
        // the call's topic and district raise matching answers; they never hide others (a second question)
        if (boost.topic) params.set('boostTopic', boost.topic);
        if (boost.locality) params.set('boostLocality', boost.locality);
        const data = await Api.get('/api/knowledge/search?' + params);
        hits = Array.isArray(data) ? data : (data.hits || data.items || []);
        active = -1;
        results.replaceChildren(...(hits.length ? hits.map((hit, i) => h('li', {
          role: 'option', tabindex: '-1', class: 'hit', 'data-id': hit.id,
          onclick: () => openEntry(detail, hit), onkeydown: e => { if (e.key === 'Enter') openEntry(detail, hit); }
        }, h('strong', {}, hit.question), ' ', warnings(hit.warnings), h('div', {}, highlighted(hit.answerSnippet)),
          h('small', { class: 'muted' }, [hit.topic ? nameOf(reference && reference.topics, hit.topic) : null].filter(Boolean).join(' · '))))
          : [h('li', { class: 'empty' }, t('kbNoHit'))]));
      } catch (err) {
        results.replaceChildren(h('li', { class: 'field-error' }, Ui.plain(err)));
      }
    }, 200);
    showBoosts();
    q.addEventListener('input', run);
    q.addEventListener('keydown', e => {
      const items = results.querySelectorAll('li.hit');
      if (e.key === 'ArrowDown' && items.length) { e.preventDefault(); active = Math.min(active + 1, items.length - 1); items[active].focus(); }
      if (e.key === 'Enter' && items.length) { e.preventDefault(); openEntry(detail, hits[Math.max(active, 0)]); }
    });
    results.addEventListener('keydown', e => {
      const items = [...results.querySelectorAll('li.hit')];
      const i = items.indexOf(document.activeElement);
      if (e.key === 'ArrowDown' && i + 1 < items.length) { e.preventDefault(); active = i + 1; items[active].focus(); }
      if (e.key === 'ArrowUp') { e.preventDefault(); if (i <= 0) q.focus(); else { active = i - 1; items[active].focus(); } }
    });
    if (initial) run();
    q.focus();
  }

  function warnings(list) {
    return (list || []).map(w => {
      const code = typeof w === 'string' ? w : (w.code || w.type || '');
      const text = typeof w === 'string' ? w : (w.message || code);
      const key = /EXPIRED/i.test(code) ? 'warnExpired' : /SUPERSEDED/i.test(code) ? 'warnSuperseded' : null;
      return h('span', { class: 'badge warn' }, key ? t(key) : text);
    });
  }

  async function openEntry(box, hit) {
    let entry = hit;
    try { entry = Object.assign({}, hit, await Api.get('/api/knowledge/entries/' + encodeURIComponent(hit.id))); } catch (e) { /* snippet is enough */ }
    // reading an answer and closing the call are two actions: a stray Enter must not end the call
    const use = h('button', { type: 'button', id: 'kb-use', class: 'primary', onclick: () => useAnswer(box, entry, use) }, t('readThisAnswer'));
    box.replaceChildren(h('article', { class: 'answer' },
      h('h3', {}, entry.question), warnings(entry.warnings),
      h('p', { class: 'answer-text' }, entry.answer || ''),
      entry.legalBasis ? h('p', { class: 'muted' }, t('legalBasis') + ': ' + entry.legalBasis) : null,
      entry.validUntil ? h('p', { class: 'muted' }, t('validUntil') + ': ' + when(entry.validUntil)) : null,
      use));
    use.focus();
  }

  async function useAnswer(box, entry, use) {
    try {
      await Api.post('/api/knowledge/entries/' + encodeURIComponent(entry.id) + '/used',
        { callId: current.id, question: (asked().text || '').slice(0, 500) });
      const close = h('button', { type: 'button', id: 'kb-close', class: 'primary',
        onclick: () => closeCall(document.getElementById('handling'), { outcome: 'ANSWERED_FROM_KB', kbEntryId: entry.id }) },
        t('closeAnsweredFromKb'));
      const next = h('button', { type: 'button', id: 'kb-next',
        onclick: () => askForm(document.getElementById('handling'), entry.id) }, t('answeredAskAnother'));
      use.replaceWith(h('span', { class: 'done' }, '✓ ' + t('answerRead')), ' ', close, ' ', next);
      message(t('answerRead'), 'ok');
    } catch (err) {
      showErrors(box, err);
    }
  }

  async function awaitClosedByTransfer(box) {
    const until = Date.now() + 15000;
    while (Date.now() < until) {
      try {
        const call = await Api.get('/api/calls/' + encodeURIComponent(current.id));
        if (call.status === 'CLOSED') { showClosed(box, call.outcome); return; }
      } catch (err) { /* a moment later */ }
      await new Promise(r => setTimeout(r, 300));
    }
    message(t('transferNotConfirmed'), 'error');
  }

  function showClosed(box, outcome) {
    box.replaceChildren(h('p', { class: 'done', id: 'call-closed' }, '✓ ' + t('callClosed', t(outcome))),
      h('button', { type: 'button', class: 'primary', id: 'next-call', onclick: () => { location.hash = '#/call'; App.route(true); } }, t('navCall') + ' (Alt+N)'));
    message(t('callClosed', t(outcome)), 'ok');
    document.getElementById('next-call').focus();
  }

  async function closeCall(box, body) {
    try {
      const closed = await Api.post('/api/calls/' + encodeURIComponent(current.id) + '/close', body);
      box.replaceChildren(h('p', { class: 'done', id: 'call-closed' }, '✓ ' + t('callClosed', t(closed.outcome || body.outcome))),
        h('button', { type: 'button', class: 'primary', id: 'next-call', onclick: () => { location.hash = '#/call'; App.route(true); } }, t('navCall') + ' (Alt+N)'));
      message(t('callClosed', t(body.outcome)), 'ok');
      document.getElementById('next-call').focus();
    } catch (err) {
      showErrors(box, err);
    }
  }

  // ---- Transfer ---------------------------------------------------------------------------------------------
  async function startTransfer(box) {
    const area = box.querySelector('#transfer');
    try {
      const q = asked();
      const plan = await Api.post('/api/transfers', { callId: current.id, topic: q.topic, locality: current.locality, questionNo: q.no });
      await unitName('');              // names of the units the plan may move on to
      renderPlan(area, plan, box);
    } catch (err) {
      area.replaceChildren(h('p', { class: 'field-error' }, Ui.plain(err)));
    }
  }

  function renderPlan(area, plan, box) {
    const outcomes = ['CONNECTED', 'BUSY', 'NO_ANSWER', 'WRONG_UNIT', 'UNREACHABLE'];
    const parts = [h('h3', {}, t('transferPlan')),
      // the unit of the number to dial now: after "sai đơn vị" the plan has moved on to the next responsible unit
      h('p', {}, h('strong', {}, t('unit') + ': '), h('span', { id: 'plan-unit' },
        (plan.next && (unitNames || {})[plan.next.unitCode]) || plan.unitName || plan.unitCode || '—')),
      plan.reason ? h('p', {}, h('strong', {}, t('reason') + ': '), plan.reason) : null];
    if (plan.status === 'NOT_TRANSFERABLE') {
      parts.push(h('p', { class: 'flag warn', id: 'not-transferable' }, t('notTransferable') + (plan.reason ? ': ' + plan.reason : '')));
      if (plan.alternative) parts.push(h('p', {}, t('alternative') + ': ' + plan.alternative));
    }
    if (plan.attempts && plan.attempts.length) {
      parts.push(h('p', { class: 'muted', id: 'attempts' }, t('attempts') + ': ' +
        plan.attempts.map(a => a.number + ' (' + t(a.outcome) + (a.bySwitchboard ? ', ' + t('bySwitchboard') : '') + ')').join(', ')));
    }
    if (plan.next) {
      parts.push(h('p', { class: 'dial' }, t('nextNumber') + ': ', h('strong', { id: 'next-number' }, plan.next.number),
        ' ', h('span', { class: 'muted' }, plan.next.label || '')));
      parts.push(h('div', { class: 'actions', id: 'attempt-buttons' }, outcomes.map((o, i) => h('button', {
        type: 'button', 'data-outcome': o, title: String(i + 1),
        onclick: async () => {
          try {
            const updated = await Api.post('/api/transfers/' + encodeURIComponent(plan.id) + '/attempts', { number: plan.next.number, outcome: o });
            if (updated.status === 'CONNECTED') {
              // one writer: routing reports the connection and intake closes the call; the console shows that state
              await awaitClosedByTransfer(box);
            } else {
              renderPlan(area, updated, box);
            }
          } catch (err) { area.appendChild(h('p', { class: 'field-error' }, Ui.plain(err))); }
        }
      }, (i + 1) + '. ' + t(o)))));
    }
    if (plan.message) parts.push(h('p', { class: 'flag warn', id: 'transfer-message' }, plan.message));
    // after "sai đơn vị" the operator may name the unit the question goes to, from the directory, never a wrong one
    const wrong = plan.wrongUnits || [];
    const pick = plan.escalate && wrong.length ? select('escalate-unit', [{ value: '', label: t('unitByRules') }].concat(
      Object.entries(unitNames || {}).filter(([code]) => !wrong.includes(code))
        .sort((a, b) => a[1].localeCompare(b[1], 'vi')).map(([code, name]) => ({ value: code, label: name }))), false) : null;
    if (pick) parts.push(field('unitCode', 'escalateTo', pick));
    if (plan.escalate) {
      parts.push(h('button', { type: 'button', id: 'transfer-escalate', class: 'primary', onclick: async () => {
        try {
          await Api.post('/api/transfers/' + encodeURIComponent(plan.id) + '/escalate',
            { question: asked().text, unitCode: pick && pick.value ? pick.value : null });
          // one command: routing's event makes intake close the call as escalated; the console only waits for it
          await awaitClosedByTransfer(box);
          message(t('escalated'), 'ok');
        } catch (err) { showErrors(area, err); }
      } }, t('escalate')));
    }
    area.replaceChildren(h('div', { class: 'card' }, parts));
    area.dataset.plan = plan.id + ':' + (plan.attempts || []).length;
    if (plan.status === 'IN_PROGRESS') watchPlan(area, plan, box);
    // one escalate action on screen: once the plan offers it, the call's own button would be a second path
    const general = document.getElementById('escalate-call');
    if (general) general.hidden = !!plan.escalate;
    const first = area.querySelector('#attempt-buttons button, #transfer-escalate');
    if (first) first.focus();
  }

  // A switchboard with CTI reports the operator's dial itself: the plan moves on without a button press (the buttons
  // stay for desks without it). Whatever changes the plan on screen first (a button, this) wins; the other stops.
  function watchPlan(area, plan, box) {
    const shown = plan.id + ':' + (plan.attempts || []).length;
    const timer = setInterval(async () => {
      if (!document.body.contains(area) || area.dataset.plan !== shown) { clearInterval(timer); return; }
      let now;
      try { now = await Api.get('/api/transfers/' + encodeURIComponent(plan.id)); } catch (err) { return; }
      if (area.dataset.plan !== shown || (now.attempts || []).length === (plan.attempts || []).length) return;
      clearInterval(timer);
      if (now.status === 'CONNECTED') await awaitClosedByTransfer(box);
      else renderPlan(area, now, box);
    }, 2000);
  }

  async function escalateCall(box) {
    await closeCall(box, { outcome: 'ESCALATED' });
    message(t('escalated'), 'ok');
  }

  /** Number keys 1-5 press the attempt buttons while a transfer plan is shown. */
  function attemptKey(e) {
    const buttons = document.querySelectorAll('#attempt-buttons button');
    const n = Number(e.key);
    if (buttons.length && n >= 1 && n <= buttons.length && !/INPUT|TEXTAREA|SELECT/.test(e.target.tagName)) {
      e.preventDefault();
      buttons[n - 1].click();
    }
  }

  // ---- My calls today, callbacks -----------------------------------------------------------------------------
  async function mine(main) {
    main.replaceChildren(h('h2', {}, t('myCallsToday')), h('p', {}, t('loading')));
    const me = Api.session();
    const day = today();
    const page = await Api.get('/api/calls?' + new URLSearchParams({ from: day, to: day, operator: me.username, size: 100 }));
    const items = Array.isArray(page) ? page : (page.items || page.content || []);
    main.replaceChildren(h('h2', {}, t('myCallsToday') + ' (' + items.length + ')'), table([
      { label: t('time'), value: c => when(c.startedAt) },
      { label: t('topic'), value: c => c.topicName || c.topic },
      { label: t('locality'), value: c => c.localityName || c.locality },
      { label: t('question'), value: c => c.question + ((c.questions || []).length > 1 ? ' ' + t('moreQuestions', c.questions.length - 1) : '') },
      { label: t('outcome'), value: c => c.outcome ? t(c.outcome) : t('OPEN') }
    ], items));
  }

  // Callbacks are intake's: the list shows numbers masked; opening one shows the number to dial (audited) and
  // records each attempt, until the citizen is reached or the task is marked unreachable.
  let unitNames = null;
  async function unitName(code) {
    if (!unitNames) {
      try { unitNames = Object.fromEntries((await Api.get('/api/routing/units')).map(u => [u.code, u.name])); }
      catch (e) { unitNames = {}; }
    }
    return unitNames[code] || code;
  }

  async function callbacks(main) {
    main.replaceChildren(h('h2', {}, t('callbacksTitle')), h('p', {}, t('loading')));
    const items = await Api.get('/api/callbacks?status=PENDING');
    const list = Array.isArray(items) ? items : [];
    const names = {};
    for (const c of list) if (c.unitCode) names[c.unitCode] = await unitName(c.unitCode);
    main.replaceChildren(h('h2', {}, t('callbacksTitle') + ' (' + list.length + ')'), table([
      { label: t('callTime'), value: c => when(c.callStartedAt) },
      { label: t('caller'), value: c => c.caller || t('withheld') },
      { label: t('question'), value: c => c.kind === 'MISSED' ? '☎ ' + t('missedCall') : c.question },
      { label: t('unit'), value: c => c.unitCode ? (names[c.unitCode] || c.unitCode) : '' },
      { label: t('answer'), value: c => c.answer || '' },
      { label: t('cbAttempts'), value: c => c.attempts + '/' + c.maxAttempts },
      { label: '', value: c => h('button', { type: 'button', class: 'callback-open', onclick: () => openCallback(main, c.id) }, t('callBack')) }
    ], list, c => ({ 'data-callback': c.id })));
  }

  async function openCallback(main, id) {
    const c = await Api.get('/api/callbacks/' + encodeURIComponent(id));
    const note = h('textarea', { rows: 2, maxlength: 1000, id: 'callback-note' });
    const record = result => async () => {
      try {
        const after = await Api.post('/api/callbacks/' + encodeURIComponent(id) + '/attempts', { result, note: note.value || null });
        message(t('callbackRecorded') + ': ' + t('cb_' + after.status), 'ok');
        callbacks(main);
      } catch (err) { message(Ui.plain(err), 'error'); }
    };
    main.replaceChildren(h('section', { class: 'card', id: 'callback-detail' },
      h('h2', {}, t('callBack')),
      h('p', { class: 'callback-number' }, h('strong', {}, c.caller || t('withheld'))),
      h('p', {}, t('callTime') + ': ' + when(c.callStartedAt) + (c.unitCode ? ' · ' + t('unit') + ': ' + await unitName(c.unitCode) : '')
        + ' · ' + t('cbAttempts') + ': ' + c.attempts + '/' + c.maxAttempts),
      ...(c.kind === 'MISSED' ? [h('p', { class: 'flag warn' }, '☎ ' + t('missedCallDetail'))]
        : [h('h3', {}, t('question')), h('p', {}, c.question), h('h3', {}, t('answer')), h('p', { class: 'answer' }, c.answer)]),
      field('note', 'callbackNote', note),
      h('div', { class: 'actions' },
        ['REACHED', 'NO_ANSWER', 'BUSY', 'WRONG_NUMBER'].map(r =>
          h('button', { type: 'button', id: 'callback-' + r.toLowerCase(), onclick: record(r) }, t('cbr_' + r))),
        h('button', { type: 'button', class: 'secondary', onclick: () => callbacks(main) }, t('back'))),
      c.history && c.history.length ? h('ul', {}, c.history.map(a => h('li', {}, when(a.at) + ' · ' + a.by + ' · ' + t('cbr_' + a.result)
        + (a.note ? ' · ' + a.note : '')))) : ''));
  }

  return { newCall, mine, callbacks, attemptKey, loadReference, nameOf,
    another: () => { const b = document.getElementById('another-question'); if (b) b.click(); },
    focusSearch: () => { const q = document.getElementById('kb-query'); if (q) q.focus(); },
    transfer: () => { const b = document.getElementById('transfer-start'); if (b && !b.disabled) b.click(); },
    escalate: () => { const b = document.getElementById('transfer-escalate') || document.getElementById('escalate-call'); if (b) b.click(); } };
})();
