import { describe, expect, it } from 'vitest';
import type { Cell, Grid } from '../../../src/core/cell';
import { INDICATORS_SHEET } from '../../../src/core/indicators/indicators-table';
import { runIndicators } from '../../../src/core/usecases/indicators';
import { MemoryWorkbook, memoryEnv } from '../../support/memory-workbook';
import { mentee, mentor, pair, settingsSheet, sheet } from './fixture';

const TT = 'учитель – учитель';
const A = 'Школа № 1';
const B = 'Лицей № 2';
const C = 'Гимназия № 3';

function network(settings: Record<string, Cell>): MemoryWorkbook {
  return new MemoryWorkbook({
    Настройки: settingsSheet({ academicYear: 2026, ...settings }),
    Справочники: [['Организации'], [A], [B], [C]],
    Наставники: sheet([
      mentor('НК-1', 'Иванова Анна', 'педагог', A),
      mentor('НК-2', 'Петров Пётр', 'педагог', A),
      mentor('НК-3', 'Орлов Олег', 'педагог', B),
    ]),
    Наставляемые: sheet([
      mentee('НЯ-1', 'Смирнова Ирина', 'молодой специалист', 24, 1, A),
      mentee('НЯ-2', 'Кузнецов Олег', 'молодой специалист', 25, 1, A),
      mentee('НЯ-3', 'Белова Вера', 'молодой специалист', 26, 2, B),
    ]),
    Пары: sheet([
      pair('П-1', '', 'НК-1', 'НЯ-1', TT, 'опытный педагог – молодой специалист', 'активна', A),
      pair('П-2', '', 'НК-3', 'НЯ-3', TT, 'опытный педагог – молодой специалист', 'завершена', B),
    ]),
  });
}

function breakdownRow(grid: Grid, organization: string): Cell[] {
  const start = grid.findIndex((r) => r[0] === 'Разрез по организациям');
  const row = grid.slice(start).find((r) => r[1] === organization);
  if (!row) throw new Error(`no ${organization}`);
  return row;
}

describe('municipal breakdown', () => {
  it('shows every organization on one sheet, each with its own denominators', () => {
    const workbook = network({
      'teachersTotal:Школа № 1': 10,
      'teachersTotal:Лицей № 2': 4,
      'teachersTotal:Гимназия № 3': 5,
    });
    runIndicators(memoryEnv(workbook));
    const grid = workbook.grid(INDICATORS_SHEET);
    const header = grid[grid.findIndex((r) => r[0] === 'Разрез по организациям') + 1].map(String);
    const col = (prefix: string) => header.findIndex((h) => h.startsWith(prefix));
    expect(breakdownRow(grid, A)[col('П-01')]).toBe(20);
    expect(breakdownRow(grid, B)[col('П-01')]).toBe(25);
    expect(breakdownRow(grid, C)[col('П-01')]).toBe(0);
    // 1 of 2 mentees: a share about fewer than 3 people is not shown
    expect(breakdownRow(grid, A)[col('П-04')]).toBe('менее 3 чел.');
    expect(breakdownRow(grid, B)[col('П-04')]).toBe('менее 3 чел.');
    expect(breakdownRow(grid, C)[col('П-04')]).toBe('нет данных');
    expect(breakdownRow(grid, 'Итого по программе')[col('П-01')]).toBe(15.8);
    const p01 = grid.find((r) => r[0] === 'П-01') as Cell[];
    expect(p01[grid[0].indexOf('Факт')]).toBe(15.8);
    expect(String(p01[grid[0].indexOf('Источник')])).toContain('Всего педагогов — сумма по 3 организациям = 19');
  });

  it('a missing organization total gives «нет данных», a problem and a «Настройки» row to fill', () => {
    const workbook = network({ 'teachersTotal:Школа № 1': 10 });
    runIndicators(memoryEnv(workbook));
    const grid = workbook.grid(INDICATORS_SHEET);
    const header = grid[grid.findIndex((r) => r[0] === 'Разрез по организациям') + 1].map(String);
    const col = header.findIndex((h) => h.startsWith('П-01'));
    expect(breakdownRow(grid, A)[col]).toBe(20);
    expect(breakdownRow(grid, B)[col]).toBe('нет данных');
    const p01 = grid.find((r) => r[0] === 'П-01') as Cell[];
    expect(p01[grid[0].indexOf('Статус')]).toBe('нет данных');
    const problems = JSON.stringify(workbook.grid('Проблемы'));
    expect(problems).toContain('Всего педагогов: Лицей № 2');
    expect(problems).toContain('teachersTotal:Гимназия № 3');
    const keys = workbook.column('Настройки', 'Ключ');
    expect(keys).toContain('teachersTotal:Лицей № 2');
    // a programme of teachers only is not asked for its pupils
    expect(keys).not.toContain('pupilsTotal:Школа № 1');
    expect(keys.filter((k) => k === 'teachersTotal:Школа № 1')).toHaveLength(1);
    runIndicators(memoryEnv(workbook));
    expect(workbook.column('Настройки', 'Ключ').filter((k) => k === 'teachersTotal:Лицей № 2')).toHaveLength(1);
  });

  it('service calls do not grow with the number of organizations and rows', () => {
    const calls = (orgs: number) => {
      const workbook = network({});
      const counting = new Proxy(workbook, {
        get(target, prop, receiver) {
          const value = Reflect.get(target, prop, receiver);
          if (typeof value !== 'function') return value;
          return (...args: unknown[]) => {
            counts.set(String(prop), (counts.get(String(prop)) ?? 0) + 1);
            return value.apply(target, args);
          };
        },
      });
      const counts = new Map<string, number>();
      const mentors = workbook.sheets.get('Наставники') as Grid;
      const mentees = workbook.sheets.get('Наставляемые') as Grid;
      const catalogue = workbook.sheets.get('Справочники') as Grid;
      for (let i = 0; i < orgs; i++) {
        catalogue.push([`Школа ${i}`]);
        mentors.push(sheet([mentor(`НК-x${i}`, `Наставник ${i}`, 'педагог', `Школа ${i}`)])[1]);
        mentees.push(sheet([mentee(`НЯ-x${i}`, `Наставляемый ${i}`, 'педагог', 30, 5, `Школа ${i}`)])[1]);
      }
      runIndicators(memoryEnv(counting));
      return Object.fromEntries(counts);
    };
    expect(calls(40)).toEqual(calls(2));
  });
});
