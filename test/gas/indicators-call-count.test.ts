import { describe, expect, it } from 'vitest';
import type { Cell } from '../../src/core/cell';
import { setupWorkbook } from '../../src/core/usecases/setup-workbook';
import { menuIndicators, menuSwot } from '../../src/gas/handlers/indicators';
import { DocumentPropertiesStore } from '../../src/gas/host-services';
import { runMenuAction } from '../../src/gas/run-action';
import { SheetsWorkbook } from '../../src/gas/sheets-workbook';
import { generateDemo } from '../../src/local/demo/generate';
import { fillDemoWorkbook } from '../../src/local/demo/generate-fill';
import { createFakeServices, installGlobals } from './fakes';

/** A register with one pair per two mentees and entry/exit/SWOT answers for each mentee. */
function pairsAndAnswers(workbook: SheetsWorkbook): void {
  const mentees = workbook.readSheet('Наставляемые') ?? [];
  const mentors = workbook.readSheet('Наставники') ?? [];
  const id = (grid: Cell[][], row: number) => grid[row]?.[grid[0].indexOf('ID')] ?? `X-${row}`;
  const pairs: Cell[][] = [
    ['ID пары', 'Группа', 'ID наставника', 'ID наставляемого', 'Форма', 'Ролевая модель', 'Статус'],
  ];
  const answers: Cell[][] = [['ID ответа', 'ID участника', 'Анкета', 'Волна', 'Код вопроса', 'Ответ']];
  for (let r = 1; r < mentees.length; r++) {
    const menteeId = id(mentees, r);
    if (r % 2 === 0)
      pairs.push([
        `П-${r}`,
        '',
        id(mentors, 1 + (r % (mentors.length - 1))),
        menteeId,
        'учитель – учитель',
        'опытный педагог – молодой специалист',
        r % 4 === 0 ? 'завершена' : 'активна',
      ]);
    answers.push([`a${r}`, menteeId, 'mentee-monitoring', 'вход', 'effectiveness', 5 + (r % 3)]);
    answers.push([`b${r}`, menteeId, 'mentee-monitoring', 'выход', 'effectiveness', 6 + (r % 4)]);
    answers.push([`c${r}`, menteeId, 'swot', 'разовая', 'sOpen', r % 5 === 0 ? 'Поддержка коллег' : `Ответ ${r % 7}`]);
  }
  workbook.ensureSheet('Пары');
  workbook.writeBlock('Пары', { row: 1, col: 1, values: pairs });
  workbook.ensureSheet('Ответы');
  workbook.writeBlock('Ответы', { row: 1, col: 1, values: answers });
}

function callsFor(participants: number, organizations: number) {
  const fakes = createFakeServices();
  runMenuAction('Подготовить таблицу', setupWorkbook, { lock: true }, fakes.services);
  const workbook = new SheetsWorkbook(fakes.spreadsheet, fakes.services, new DocumentPropertiesStore(fakes.properties));
  fillDemoWorkbook(workbook, generateDemo({ participants, organizations, seed: 3, mistakes: false }));
  pairsAndAnswers(workbook);
  const restore = installGlobals(globalThis, fakes);
  try {
    fakes.calls.reset();
    menuIndicators();
    menuSwot();
    menuIndicators();
    menuSwot();
  } finally {
    restore();
  }
  return { calls: fakes.calls.byName(), total: fakes.calls.count(), fakes };
}

describe('«Показатели» and «SWOT-анализ» in Apps Script', () => {
  it('make the same service calls for 60 and for 1 500 participants', () => {
    expect(callsFor(1500, 1).calls).toEqual(callsFor(60, 1).calls);
    const small = callsFor(60, 15);
    const large = callsFor(1500, 15);
    expect(large.calls).toEqual(small.calls);
    // «Правила показателей»: created by the first run (~23 calls), read by each later run (~4); kinds
    // of mentorship; per-column widths and wrap (~66 width calls); «Источник» with its notes in a
    // write of its own; up to four charts (plan vs fact, pairs, dynamics, roadmap): ~12 calls each;
    // status colours as rules: never per row
    expect(large.total).toBeLessThan(760);
    const titles = large.fakes.ui.alerts.slice(-4).map((a) => a.title);
    expect(titles).toEqual(['Показатели', 'SWOT-анализ', 'Показатели', 'SWOT-анализ']);
    expect(large.fakes.spreadsheet.sheet('Показатели')?.lastRow()).toBeGreaterThan(30);
    expect(large.fakes.spreadsheet.sheet('Сводка')?.lastRow()).toBeGreaterThan(10);
    expect(large.fakes.spreadsheet.sheet('SWOT')?.lastRow()).toBeGreaterThan(10);
  });
});
