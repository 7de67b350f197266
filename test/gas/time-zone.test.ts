/**
 * The script runs in Europe/Moscow (the manifest); the spreadsheet may be anywhere from
 * Kaliningrad to Kamchatka. getValues returns a typed date as midnight in the spreadsheet's zone;
 * the core must see the date the school typed, and dates it writes must show as that date.
 */
process.env.TZ = 'Europe/Moscow';

import { describe, expect, it } from 'vitest';
import { DocumentPropertiesStore } from '../../src/gas/host-services';
import { SheetsWorkbook } from '../../src/gas/sheets-workbook';
import { createFakeServices, formatDateIn } from './fakes';

function workbookIn(zone: string) {
  const fakes = createFakeServices();
  fakes.spreadsheet.timeZone = zone;
  const workbook = new SheetsWorkbook(fakes.spreadsheet, fakes.services, new DocumentPropertiesStore(fakes.properties));
  return { fakes, workbook };
}

describe('dates across Russian time zones (script in Europe/Moscow)', () => {
  it('runs this file in Moscow time, like the add-on', () => {
    expect(new Date(2026, 8, 1).getTimezoneOffset()).toBe(-180);
  });

  for (const zone of ['Europe/Kaliningrad', 'Asia/Novosibirsk', 'Asia/Kamchatka']) {
    it(`reads 01.09.2026 typed in a ${zone} sheet as 1 September`, () => {
      const { fakes, workbook } = workbookIn(zone);
      fakes.spreadsheet.addSheet('Пары', [['Начало'], ['01.09.2026'], ['31.05.2027']]);
      const grid = workbook.readSheet('Пары') ?? [];
      const start = grid[1][0] as Date;
      const end = grid[2][0] as Date;
      expect([start.getFullYear(), start.getMonth() + 1, start.getDate(), start.getHours()]).toEqual([2026, 9, 1, 0]);
      expect([end.getFullYear(), end.getMonth() + 1, end.getDate()]).toEqual([2027, 5, 31]);
    });

    it(`writes 1 September so that a ${zone} sheet shows 01.09.2026`, () => {
      const { fakes, workbook } = workbookIn(zone);
      workbook.ensureSheet('Документы');
      workbook.writeBlock('Документы', { row: 1, col: 1, values: [[new Date(2026, 8, 1)]] });
      const stored = fakes.spreadsheet.sheet('Документы')?.cell(1, 1).value as Date;
      expect(formatDateIn(stored, zone, "yyyy-MM-dd'T'HH:mm:ss")).toBe('2026-09-01T00:00:00');
      // and it reads back as the same day
      const back = workbook.readSheet('Документы')?.[0][0] as Date;
      expect(back.getDate()).toBe(1);
    });
  }

  it('looks the zone up once, and not at all for a sheet without dates', () => {
    const { fakes, workbook } = workbookIn('Asia/Novosibirsk');
    fakes.spreadsheet.addSheet('Текст', [['a'], ['b']]);
    fakes.spreadsheet.addSheet('Даты', [['01.09.2026'], ['02.09.2026']]);
    workbook.readSheet('Текст');
    expect(fakes.calls.count('Spreadsheet.getSpreadsheetTimeZone')).toBe(0);
    workbook.readSheet('Даты');
    workbook.readSheet('Даты');
    expect(fakes.calls.count('Spreadsheet.getSpreadsheetTimeZone')).toBe(1);
    expect(fakes.calls.count('Utilities.formatDate')).toBe(1);
  });
});
