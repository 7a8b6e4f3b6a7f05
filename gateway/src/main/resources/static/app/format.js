// Dates and times as the desk reads them, in the province's time (Asia/Ho_Chi_Minh, UTC+7 all year): Vietnamese
// "08:05 02/12/2026", English "02/12/2026 08:05". Pure functions: unit-tested with Node (src/test/js).
const ZONE = 'Asia/Ho_Chi_Minh';

function parts(date) {
  const out = {};
  new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(date).forEach(p => { out[p.type] = p.value; });
  return out;
}

/** A moment as people read it; '' for nothing, the text itself when it is not a date. */
export function formatWhen(iso, lang) {
  if (iso === null || iso === undefined || iso === '') return '';
  const d = new Date(iso);
  if (isNaN(d)) return String(iso);
  const p = parts(d);
  const day = p.day + '/' + p.month + '/' + p.year;
  const time = p.hour + ':' + p.minute;
  return lang === 'en' ? day + ' ' + time : time + ' ' + day;
}

/** The province's calendar day of a moment, as yyyy-MM-dd (what date inputs and the API take). */
export function provinceDay(date) {
  const p = parts(date);
  return p.year + '-' + p.month + '-' + p.day;
}

/** The non-empty lines of a text area, trimmed. */
export function lines(text) {
  return String(text || '').split('\n').map(x => x.trim()).filter(Boolean);
}

/** The non-empty items of a comma-separated field, trimmed. */
export function commas(text) {
  return String(text || '').split(',').map(x => x.trim()).filter(Boolean);
}

/** "02/12/2026" or "2/12/2026" → "2026-12-02"; null when it is not a real day. */
export function parseDayMonthYear(text) {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(String(text || ''));
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return year + '-' + String(month).padStart(2, '0') + '-' + String(day).padStart(2, '0');
}

/** "2026-12-02" → "02/12/2026"; anything else as it is. */
export function dayMonthYear(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(iso || ''));
  return m ? m[3] + '/' + m[2] + '/' + m[1] : String(iso || '');
}
