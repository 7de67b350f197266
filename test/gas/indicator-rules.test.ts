/**
 * «Правила показателей» in Apps Script: the curator types rules on the sheet (the fake's cells, as
 * a user would), «Показатели» from the menu shows the computed facts; an unreadable rule is a row
 * on «Проблемы»; more rules or more rows never cost more service calls.
 */
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../src/core/cell';
import { setupWorkbook } from '../../src/core/usecases/setup-workbook';
import { menuIndicators } from '../../src/gas/handlers/indicators';
import { DocumentPropertiesStore } from '../../src/gas/host-services';
import { runMenuAction } from '../../src/gas/run-action';
import { SheetsWorkbook } from '../../src/gas/sheets-workbook';
import { generateDemo } from '../../src/local/demo/generate';
import { fillDemoWorkbook } from '../../src/local/demo/generate-fill';
import { createFakeServices, installGlobals } from './fakes';

const RULES: Cell[][] = [
  ['Д-01', 'Молодые специалисты с наставником', 'Наставляемые', 'есть пара', 'молодой специалист', 100],
  ['Д-02', 'ОО участвуют', 'Организации', 'есть участники', '', 20],
  ['Д-03', 'Неверная база', 'Ученики', 'есть пара', '', null],
];

function run(participants: number, rules: Cell[][]) {
  const fakes = createFakeServices();
  runMenuAction('Подготовить таблицу', setupWorkbook, { lock: true }, fakes.services);
  const workbook = new SheetsWorkbook(fakes.spreadsheet, fakes.services, new DocumentPropertiesStore(fakes.properties));
  fillDemoWorkbook(workbook, generateDemo({ participants, organizations: 4, seed: 5, mistakes: false }));
  const restore = installGlobals(globalThis, fakes);
  try {
    menuIndicators();
    const sheet = fakes.spreadsheet.getSheetByName('Правила показателей');
    if (!sheet) throw new Error('«Показатели» did not offer «Правила показателей»');
    // typed by the curator into the header the tool wrote
    sheet.getRange(2, 1, rules.length, 6).setValues(rules);
    // three newly appointed deputies, typed into the mentee base
    const mentees = fakes.spreadsheet.getSheetByName('Наставляемые');
    const header = mentees?.getRange(1, 1, 1, mentees.getLastColumn()).getValues()[0] ?? [];
    const col = (title: string) => header.indexOf(title) + 1;
    for (const row of [2, 3, 4]) {
      mentees?.getRange(row, col('Должность / класс'), 1, 1).setValues([['заместитель директора']]);
      mentees?.getRange(row, col('Стаж в должности (лет)'), 1, 1).setValues([[1]]);
    }
    fakes.calls.reset();
    menuIndicators();
  } finally {
    restore();
  }
  const values = (name: string) => fakes.spreadsheet.sheet(name)?.values() ?? [];
  return { fakes, calls: fakes.calls.byName(), indicators: values('Показатели'), problems: values('Проблемы') };
}

describe('«Правила показателей» through Apps Script', () => {
  it('computes the curator’s rows, names the unreadable one, and costs the same calls for any size', () => {
    const small = run(60, RULES);
    const { indicators, problems } = small;
    const head = indicators[0];
    const at = (code: string, title: string) => indicators.find((r) => r[0] === code)?.[head.indexOf(title)];
    expect(at('Д-01', 'Факт')).toBe(at('П-03', 'Факт'));
    expect(typeof at('Д-01', 'Факт')).toBe('number');
    expect(at('Д-01', 'План 2026/27')).toBe(100);
    expect(at('Д-02', 'Факт')).toBe(4);
    expect(at('Д-02', 'Статус')).toBe('не достигнут');
    expect(String(at('Д-03', 'Источник'))).toContain('не прочитано');
    const ours = problems.filter((r) => r.includes('Правила показателей'));
    expect(ours).toHaveLength(1);
    expect(ours[0]).toContain(4);
    expect(ours[0]).toContain('База');
    expect(ours[0].join(' ')).toContain('неизвестная база «Ученики»');

    expect(at('П-14', 'Ед. изм.')).toBe('%');
    expect(String(at('П-14', 'Источник'))).toMatch(/из 3 вновь назначенных/);

    const large = run(1500, [...RULES, ...RULES.map((r) => [`${r[0]}x`, ...r.slice(1)])]);
    expect(large.calls).toEqual(small.calls);
  });
});
