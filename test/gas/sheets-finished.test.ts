import { beforeAll, describe, expect, it } from 'vitest';
import { STATUS_COLOURS } from '../../src/core/indicators/status';
import { checkBases } from '../../src/core/usecases/check-bases';
import { runIndicators } from '../../src/core/usecases/indicators';
import { formPairs } from '../../src/core/usecases/pairs/form-pairs';
import { setupWorkbook } from '../../src/core/usecases/setup-workbook';
import { DocumentPropertiesStore } from '../../src/gas/host-services';
import { runMenuAction } from '../../src/gas/run-action';
import { SheetsWorkbook } from '../../src/gas/sheets-workbook';
import { generateDemo } from '../../src/local/demo/generate';
import { fillDemoWorkbook } from '../../src/local/demo/generate-fill';
import { createFakeServices, type FakeServices } from './fakes';
import type { FakeSheet } from './fakes/spreadsheet';

/**
 * The finished look in Google Sheets, through the strict fakes: what a user sees after
 * «Подготовить таблицу», «Проверить базы», «Сформировать пары» and «Показатели» — wrapped
 * messages, fitted short columns, and status colours that follow an edit (conditional rules).
 */
let fakes: FakeServices;

beforeAll(() => {
  fakes = createFakeServices();
  runMenuAction('Подготовить таблицу', setupWorkbook, { lock: true }, fakes.services);
  const workbook = new SheetsWorkbook(fakes.spreadsheet, fakes.services, new DocumentPropertiesStore(fakes.properties));
  fillDemoWorkbook(workbook, generateDemo({ participants: 60, seed: 5, mistakes: true }));
  runMenuAction('Проверить базы', checkBases, { lock: true }, fakes.services);
  runMenuAction('Сформировать пары', formPairs, { lock: true }, fakes.services);
  runMenuAction('Показатели', runIndicators, { lock: true }, fakes.services);
});

function sheet(name: string): FakeSheet {
  const found = fakes.spreadsheet.sheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

function column(target: FakeSheet, header: string): number {
  const col = target.values()[0].indexOf(header) + 1;
  expect(col, header).toBeGreaterThan(0);
  return col;
}

/** The background a reader sees for a value typed into the cell: the rule whose text it equals. */
function colourFor(target: FakeSheet, row: number, col: number, value: string): string | null {
  const rule = target.conditionalRules.find(
    (r) =>
      r.text === value &&
      r.getRanges().some((range) => {
        const top = range.getRow();
        return range.getColumn() === col && top <= row && row < top + range.getNumRows();
      }),
  );
  return rule?.background ?? null;
}

describe('Google Sheets: every generated sheet finished', () => {
  it('«Настройки»: the add-on’s keys are hidden, every column a curator reads is shown', () => {
    const settings = sheet('Настройки');
    expect([...settings.hiddenColumns]).toEqual([column(settings, 'Ключ')]);
  });

  it('«Проблемы»: the messages wide and wrapped, short columns fitted to what they hold', () => {
    const problems = sheet('Проблемы');
    const rows = problems.lastRow();
    expect(rows).toBeGreaterThan(3);
    const message = column(problems, 'Что не так и как исправить');
    expect(problems.columnWidths.get(message)).toBe(420);
    for (let r = 2; r <= rows; r++) expect(problems.cell(r, message).wrap, `row ${r}`).toBe(true);
    // a row of short cells next to a tall message reads from the top
    expect(problems.cell(2, 1).verticalAlignment).toBe('top');
    for (const header of ['Источник', 'Уровень', 'Строка', 'Найдено']) {
      const col = column(problems, header);
      const shown = (cell: unknown) => (cell instanceof Date ? 'дд.мм.гггг' : String(cell ?? ''));
      const longest = Math.max(...problems.values().map((row) => shown(row[col - 1]).length));
      // fitted by Sheets (autoResizeColumns), not a fixed guess: as wide as its longest value
      expect(problems.columnWidths.get(col), header).toBe(Math.max(21, longest * 7 + 10));
    }
  });

  it('«Показатели»: each status recolours by a conditional rule; no status cell is painted', () => {
    const indicators = sheet('Показатели');
    const status = column(indicators, 'Статус');
    const values = indicators.values();
    const tableEnd = values.findIndex((row, i) => i > 0 && row.every((cell) => cell === ''));
    expect(tableEnd).toBeGreaterThan(5);
    for (let r = 2; r <= tableEnd; r++) {
      expect(indicators.cell(r, status).background, `row ${r}`).toBeNull();
      for (const [value, background] of Object.entries(STATUS_COLOURS)) {
        expect(colourFor(indicators, r, status, value), `row ${r}: ${value}`).toBe(background);
      }
    }
    const source = column(indicators, 'Источник');
    expect(indicators.cell(2, source).wrap).toBe(true);
  });

  it('«Пары (черновик)»: a decision recolours the moment it is chosen', () => {
    const draft = sheet('Пары (черновик)');
    const decision = column(draft, 'Решение');
    const rows = draft.lastRow();
    expect(rows).toBeGreaterThan(3);
    for (let r = 2; r <= rows; r++) {
      expect(colourFor(draft, r, decision, 'принять'), `row ${r}`).toBe('#d9ead3');
      expect(colourFor(draft, r, decision, 'отклонить'), `row ${r}`).toBe('#f4cccc');
      expect(colourFor(draft, r, decision, 'закрепить'), `row ${r}`).toBe('#cfe2f3');
    }
    expect(draft.cell(2, column(draft, 'Почему эта пара')).wrap).toBe(true);
  });
});
