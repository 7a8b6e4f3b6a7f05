// The console's shared helpers, run with Node's built-in test runner (ConsoleScriptsTest runs this in mvn verify).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatWhen, provinceDay } from '../../main/resources/static/app/format.js';
import { I18n } from '../../main/resources/static/app/i18n.js';

test('a moment reads in the province\'s time, dd/MM/yyyy, time first in Vietnamese', () => {
  assert.equal(formatWhen('2026-12-01T20:05:00Z', 'vi'), '03:05 02/12/2026');
  assert.equal(formatWhen('2026-12-01T20:05:00Z', 'en'), '02/12/2026 03:05');
  assert.equal(formatWhen('2021-08-22T00:00:00Z', 'vi'), '07:00 22/08/2021');
});

test('nothing stays nothing and a text that is not a date is shown as it is', () => {
  assert.equal(formatWhen(null, 'vi'), '');
  assert.equal(formatWhen('', 'vi'), '');
  assert.equal(formatWhen('hôm qua', 'vi'), 'hôm qua');
});

test('the province\'s day turns at 17:00 UTC', () => {
  assert.equal(provinceDay(new Date('2026-12-01T16:59:59Z')), '2026-12-01');
  assert.equal(provinceDay(new Date('2026-12-01T17:00:00Z')), '2026-12-02');
});

test('texts are Vietnamese by default, with their arguments in place', () => {
  assert.equal(I18n.lang, 'vi');
  assert.equal(I18n.t('logout'), 'Đăng xuất');
  assert.equal(I18n.t('extensionAssigned', '101', 'Điện thoại viên 1'), 'Đã gán máy lẻ 101 cho Điện thoại viên 1');
  assert.equal(I18n.t('no.such.key'), 'no.such.key');
});

test('every screen module links: the imports and exports of the console resolve', async () => {
  // the screens touch the page only when shown; importing them needs no browser
  const { SupervisorScreens } = await import('../../main/resources/static/app/supervisor.js');
  const { CallScreens } = await import('../../main/resources/static/app/call.js');
  for (const screen of ['knowledge', 'directory', 'escalationBoard', 'unitEscalations', 'reports', 'users', 'audit']) {
    assert.equal(typeof SupervisorScreens[screen], 'function', screen);
  }
  assert.equal(typeof CallScreens.newCall, 'function');
});

test('text areas and comma fields give their non-empty items, trimmed', async () => {
  const { lines, commas } = await import('../../main/resources/static/app/format.js');
  assert.deepEqual(lines(' 0913 555 111 | Trực ban \n\n CHỜ BỔ SUNG '), ['0913 555 111 | Trực ban', 'CHỜ BỔ SUNG']);
  assert.deepEqual(commas('gạo, , hỗ trợ ,'), ['gạo', 'hỗ trợ']);
  assert.deepEqual(lines(null), []);
});

test('days are typed dd/mm/yyyy and sent yyyy-MM-dd; a day that does not exist is no day', async () => {
  const { parseDayMonthYear, dayMonthYear } = await import('../../main/resources/static/app/format.js');
  assert.equal(parseDayMonthYear('02/12/2026'), '2026-12-02');
  assert.equal(parseDayMonthYear(' 2/9/2021 '), '2021-09-02');
  assert.equal(parseDayMonthYear('22-08-2021'), '2021-08-22');
  assert.equal(parseDayMonthYear('31/02/2026'), null);
  assert.equal(parseDayMonthYear('12/31/2026'), null);
  assert.equal(parseDayMonthYear('2026-12-02'), null);
  assert.equal(dayMonthYear('2026-12-02'), '02/12/2026');
  assert.equal(dayMonthYear(''), '');
});
