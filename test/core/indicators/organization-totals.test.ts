import { describe, expect, it } from 'vitest';
import type { Cell, Grid } from '../../../src/core/cell';
import { INDICATORS_SHEET } from '../../../src/core/indicators/indicators-table';
import { runIndicators } from '../../../src/core/usecases/indicators';
import { MemoryWorkbook, memoryEnv } from '../../support/memory-workbook';
import { mentee, mentor, pair, settingsSheet, sheet } from './fixture';

const TT = 'учитель – учитель';
const ORGANIZATIONS_HEADER = [
  'Полное название',
  'Краткое название',
  'Другие написания',
  'Педагогов всего',
  'Обучающихся всего',
];

/** Two schools; the bases write them informally, «Организации» holds the full names and headcounts. */
function network(organizations: Cell[][], settings: Record<string, Cell> = {}, extraMentee?: Record<string, Cell>) {
  return new MemoryWorkbook({
    Настройки: settingsSheet({ academicYear: 2026, ...settings }),
    Организации: [ORGANIZATIONS_HEADER, ...organizations],
    Наставники: sheet([
      mentor('НК-1', 'Иванова Анна', 'педагог', 'Малобичинская СОШ'),
      mentor('НК-2', 'Петров Пётр', 'педагог', 'МКОУ Кахинская СОШ'),
      mentor('НК-3', 'Орлов Олег', 'педагог', 'МКОУ «Кахинская СОШ»'),
    ]),
    Наставляемые: sheet([
      mentee('НЯ-1', 'Смирнова Ирина', 'молодой специалист', 24, 1, 'МБОУ «Малобичинская СОШ»'),
      mentee('НЯ-2', 'Кузнецов Олег', 'молодой специалист', 25, 1, 'Кахинская СОШ'),
      ...(extraMentee ? [extraMentee] : []),
    ]),
    Пары: sheet([pair('П-1', '', 'НК-1', 'НЯ-1', TT, 'опытный педагог – молодой специалист', 'активна')]),
  });
}

function breakdownRow(grid: Grid, organization: string): Cell[] {
  const start = grid.findIndex((r) => r[0] === 'Разрез по организациям');
  const row = grid.slice(start).find((r) => r[1] === organization);
  if (!row) throw new Error(`no ${organization}`);
  return row;
}

function column(grid: Grid, prefix: string): number {
  const start = grid.findIndex((r) => r[0] === 'Разрез по организациям');
  return grid[start + 1].map(String).findIndex((h) => h.startsWith(prefix));
}

const MALOBICHI = 'МБОУ «Малобичинская средняя общеобразовательная школа»';
const KAKHI = 'МКОУ «Кахинская средняя общеобразовательная школа»';

describe('headcounts from «Организации»', () => {
  it('are the denominators of each school and, summed, of the programme; informal spellings find their school', () => {
    const workbook = network([
      [MALOBICHI, 'Малобичинская СОШ', '', 10, null],
      [KAKHI, 'Кахинская СОШ', '', 40, null],
    ]);
    runIndicators(memoryEnv(workbook));
    const grid = workbook.grid(INDICATORS_SHEET);
    const p01 = column(grid, 'П-01');
    expect(breakdownRow(grid, 'Малобичинская СОШ')[p01]).toBe(10); // 1 of 10
    expect(breakdownRow(grid, 'Кахинская СОШ')[p01]).toBe(5); // 2 of 40: both spellings of Кахинская are one school
    expect(breakdownRow(grid, 'Итого по программе')[p01]).toBe(6); // 3 of 50
    const fact = grid.find((r) => r[0] === 'П-01') as Cell[];
    expect(String(fact[grid[0].indexOf('Источник')])).toContain(
      '«Организации»: Всего педагогов — сумма по 2 организациям = 50',
    );
    expect(workbook.column('Настройки', 'Ключ').some((key) => String(key).startsWith('teachersTotal'))).toBe(false);
  });

  it('a school without its headcount is a problem on its «Организации» row, not a new «Настройки» row', () => {
    const workbook = network([
      [MALOBICHI, 'Малобичинская СОШ', '', 10, null],
      [KAKHI, 'Кахинская СОШ', '', null, null],
    ]);
    runIndicators(memoryEnv(workbook));
    const problems = workbook.grid('Проблемы').map((row) => row.map(String).join(' | '));
    const kakhi = problems.find((line) => line.includes('Педагогов всего') && line.includes(KAKHI));
    expect(kakhi).toBeDefined();
    expect(kakhi).toContain('Организации | 3 |');
    expect(workbook.column('Настройки', 'Ключ').some((key) => String(key).startsWith('teachersTotal'))).toBe(false);
  });

  it('old «Настройки» rows still count, with a hint to move them to «Организации»', () => {
    const workbook = network(
      [
        [MALOBICHI, 'Малобичинская СОШ', '', 10, null],
        [KAKHI, 'Кахинская СОШ', '', null, null],
      ],
      { 'teachersTotal:Кахинская СОШ': 40 },
    );
    runIndicators(memoryEnv(workbook));
    const grid = workbook.grid(INDICATORS_SHEET);
    const p01 = column(grid, 'П-01');
    expect(breakdownRow(grid, 'Кахинская СОШ')[p01]).toBe(5);
    expect(breakdownRow(grid, 'Итого по программе')[p01]).toBe(6);
    const start = grid.findIndex((r) => r[0] === 'Разрез по организациям');
    expect(JSON.stringify(grid.slice(start))).not.toContain('нет данных: заполните «Педагогов всего»');
  });

  it('asks for pupils only when the programme has pupils', () => {
    const organizations = [
      [MALOBICHI, 'Малобичинская СОШ', '', 10, null],
      [KAKHI, 'Кахинская СОШ', '', 40, null],
    ];
    const teachersOnly = network(organizations);
    runIndicators(memoryEnv(teachersOnly));
    expect(JSON.stringify(teachersOnly.grid('Проблемы'))).not.toContain('Обучающихся всего');
    const p12 = teachersOnly.grid(INDICATORS_SHEET).find((r) => r[0] === 'П-12') as Cell[];
    expect(String(p12[teachersOnly.grid(INDICATORS_SHEET)[0].indexOf('Источник')])).toContain('нет обучающихся');

    const withPupil = network(
      organizations,
      {},
      mentee('НЯ-3', 'Ученик Вася', 'обучающийся', 14, null, 'Кахинская СОШ'),
    );
    runIndicators(memoryEnv(withPupil));
    expect(JSON.stringify(withPupil.grid('Проблемы'))).toContain('Обучающихся всего');
  });
});
