// Small DOM helpers: building elements safely (text, never HTML from the API), field errors, messages.
import { I18n } from './i18n.js';
import { Api } from './api.js';
import { formatWhen, provinceDay, parseDayMonthYear, dayMonthYear } from './format.js';

export const Ui = (() => {
  const t = I18n.t;

  /** h('div', {class: 'x', onclick: fn}, 'text', child) */
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => {
      if (v === undefined || v === null || v === false) return;
      if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
      else if (k === 'class') el.className = v;
      else if (v === true) el.setAttribute(k, '');
      else el.setAttribute(k, v);
    });
    children.flat(Infinity).forEach(c => {
      if (c === undefined || c === null || c === false) return;
      el.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
    });
    return el;
  }

  /**
   * A file input in the console's language: the browser's own button and "no file chosen" follow the browser's
   * locale, so the native control stays (focusable, for the keyboard) but is drawn as a button of ours.
   */
  function filePicker(input) {
    input.classList.add('file-input');
    const name = h('span', { class: 'file-name muted', id: input.id + '-name' }, t('noFileChosen'));
    input.addEventListener('change', () => { name.textContent = input.files[0] ? input.files[0].name : t('noFileChosen'); });
    return [input, h('label', { for: input.id, class: 'file-button' }, t('chooseFile')), name];
  }

  /** A labelled input with a slot for its error; data-field matches problem+json errors[].field. */
  function field(name, labelKey, control, hintKey) {
    control.id = control.id || name;
    control.name = control.name || name;
    control.setAttribute('aria-describedby', name + '-error');
    return h('div', { class: 'field', 'data-field': name },
      h('label', { for: control.id }, t(labelKey)), control,
      hintKey ? h('small', { class: 'hint' }, t(hintKey)) : null,
      h('div', { class: 'field-error', id: name + '-error', role: 'alert' }));
  }

  function select(name, options, placeholder = true) {
    return h('select', { id: name, name },
      placeholder ? h('option', { value: '' }, t('choose')) : null,
      options.map(o => h('option', { value: o.value }, o.label)));
  }

  function clearErrors(root) {
    root.querySelectorAll('.field-error').forEach(e => { e.textContent = ''; });
    root.querySelectorAll('.invalid').forEach(e => e.classList.remove('invalid'));
  }

  function plain(error) {
    if (!(error instanceof Api.ApiError)) return t('errNetwork');
    const s = error.status;
    const detail = error.problem && error.problem.detail;
    if (s === 400 || s === 422) return detail || t('err5xx');
    if (s === 401) return detail || t('err401');
    if (s === 403) return t('err403');
    if (s === 404) return detail || t('err404');
    if (s === 409) return detail || t('err409');
    if (s === 429) return t('err429');
    if (s === 503 && detail) return detail;
    return t('err5xx');
  }

  /** Puts each field error next to its field; whatever has no field goes to the message bar. */
  function showErrors(root, error) {
    clearErrors(root);
    let placed = 0;
    const errors = error instanceof Api.ApiError ? error.fieldErrors : [];
    errors.forEach(e => {
      const base = String(e.field || '').replace(/\[.*$/, '').split('.')[0];
      const box = root.querySelector('[data-field="' + CSS.escape(e.field) + '"]') || root.querySelector('[data-field="' + CSS.escape(base) + '"]');
      if (box) {
        box.querySelector('.field-error').textContent = e.message || e.defaultMessage || '';
        const control = box.querySelector('input,select,textarea');
        if (control) { control.classList.add('invalid'); if (placed === 0) control.focus(); }
        placed++;
      }
    });
    if (placed === 0 || placed < errors.length) message(plain(error), 'error');
    else message('', null);
  }

  let timer = null;
  function message(text, kind) {
    const bar = document.getElementById('message');
    clearTimeout(timer);
    if (!text) { bar.hidden = true; return; }
    bar.textContent = text;
    bar.className = kind || 'info';
    bar.dataset.screen = location.hash;
    bar.hidden = false;
    if (kind !== 'error') timer = setTimeout(() => { bar.hidden = true; }, 6000);
  }

  /** A message belongs to the screen it was shown on ("Lưu ✓" of the editor is not news on the reports page). */
  function forgetOtherScreens() {
    const bar = document.getElementById('message');
    if (bar && !bar.hidden && bar.dataset.screen !== location.hash) { clearTimeout(timer); bar.hidden = true; }
  }

  function debounce(fn, ms) {
    let id = null;
    return (...args) => { clearTimeout(id); id = setTimeout(() => fn(...args), ms); };
  }

  function when(iso) {
    return formatWhen(iso, I18n.lang);
  }

  function today() {
    return provinceDay(new Date());
  }

  // Days are typed as Vietnamese desks write them (dd/mm/yyyy) whatever the browser's locale; a date input would
  // show the browser's own order (mm/dd/yyyy in many).
  function dayInput(id, iso) {
    return h('input', { type: 'text', id, inputmode: 'numeric', maxlength: 10, size: 10, autocomplete: 'off',
      placeholder: t('dayPlaceholder'), value: iso ? dayMonthYear(iso) : '' });
  }

  /** The day typed, as the API takes it (yyyy-MM-dd); '' when empty; the text itself when it is no day (the server
   * names the field). */
  function dayOf(input) {
    const text = input.value.trim();
    return text === '' ? '' : parseDayMonthYear(text) || text;
  }

  function table(columns, rows, rowAttrs) {
    if (!rows.length) return h('p', { class: 'empty' }, t('noItems'));
    return h('table', {},
      h('thead', {}, h('tr', {}, columns.map(c => h('th', { scope: 'col' }, c.label)))),
      h('tbody', {}, rows.map(r => h('tr', rowAttrs ? rowAttrs(r) : {}, columns.map(c => h('td', {}, c.value(r)))))));
  }

  /** Search snippets come highlighted from the API; keep only the highlight tags, escape everything else. */
  function highlighted(snippet) {
    const span = h('span', { class: 'snippet' });
    const parts = String(snippet || '').split(/(<\/?(?:mark|em|b|strong)>)/i);
    let inMark = false;
    parts.forEach(p => {
      if (/^<(mark|em|b|strong)>$/i.test(p)) { inMark = true; return; }
      if (/^<\/(mark|em|b|strong)>$/i.test(p)) { inMark = false; return; }
      const text = p.replace(/<[^>]*>/g, '');
      if (text) span.appendChild(inMark ? h('mark', {}, text) : document.createTextNode(text));
    });
    return span;
  }

  return { h, field, filePicker, select, clearErrors, showErrors, message, forgetOtherScreens, plain, debounce, when, today, dayInput, dayOf, table, highlighted };
})();
