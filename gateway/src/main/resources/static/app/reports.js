// Supervisors and ops: reports, charts, exports, staffing by hour.
import { I18n } from './i18n.js';
import { Api } from './api.js';
import { Ui } from './ui.js';
import { CallScreens } from './call.js';

const { h, field, showErrors, clearErrors, message, today, dayInput, dayOf, table } = Ui;
const t = I18n.t;

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
      const s = await Api.get('/api/reports/staffing?' + new URLSearchParams({ from: dayOf(range.from), to: dayOf(range.to),
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
  const from = dayInput('from', today());
  const to = dayInput('to', today());
  const out = h('div', { id: 'report' });
  // the digest is addressed to a unit of the directory: pick it by name, never type a code
  const unit = h('select', { id: 'digest-unit' });
  Api.get('/api/routing/units').then(units => unit.replaceChildren(...units
    .slice().sort((a, b) => String(a.name).localeCompare(String(b.name), 'vi'))
    .map(u => h('option', { value: u.code }, u.name)))).catch(() => unit.replaceChildren(h('option', { value: '' }, '—')));
  const callbacksOut = h('div', { id: 'callback-report' });
  const staleOut = h('div', { id: 'stale-calls' });
  const day = dayInput('digest-date', today());
  const staffing = staffingSection({ from, to });
  const topicNames = Object.fromEntries(ref.topics.map(x => [x.code, x.name]));
  const localityNames = Object.fromEntries(ref.localities.map(x => [x.code, x.name]));
  const show = async () => {
    try {
      const s = await Api.get('/api/reports/summary?' + new URLSearchParams({ from: dayOf(from), to: dayOf(to) }));
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
      const days = await Api.get('/api/callbacks/summary?' + new URLSearchParams({ from: dayOf(from), to: dayOf(to) }));
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
  const file = ext => Api.download('/api/reports/summary.' + ext + '?' + new URLSearchParams({ from: dayOf(from), to: dayOf(to) }),
    'bao-cao-1022-' + dayOf(from) + '-' + dayOf(to) + '.' + ext).catch(err => message(Ui.plain(err), 'error'));
  const digest = ext => Api.download('/api/reports/digests/' + encodeURIComponent(unit.value) + '/' + dayOf(day) + '.' + ext,
    'tong-hop-' + unit.value + '-' + dayOf(day) + '.' + ext).catch(err => message(Ui.plain(err), 'error'));
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

export { reports };
