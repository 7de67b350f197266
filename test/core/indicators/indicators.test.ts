import { chartTable } from '../../../src/core/charts/chart';
import { INDICATORS } from '../../../src/core/indicators/catalogue';
import { loadProgramModel } from '../../../src/core/program/load';
import { figureOf } from '../../../src/core/program/model';
import { describe, expect, it } from 'vitest';
import type { Cell, Grid } from '../../../src/core/cell';
import { INDICATORS_SHEET } from '../../../src/core/indicators/indicators-table';
import { runIndicators } from '../../../src/core/usecases/indicators';
import { MemoryWorkbook, memoryEnv } from '../../support/memory-workbook';
import { schoolWorkbook } from './fixture';

function rowOf(grid: Grid, code: string): Record<string, Cell> {
  const header = grid[0].map(String);
  const row = grid.find((r) => r[0] === code);
  if (!row) throw new Error(`no row ${code}`);
  return Object.fromEntries(header.map((h, i) => [h, row[i]]));
}

function table(workbook: MemoryWorkbook): Grid {
  const grid = workbook.grid(INDICATORS_SHEET);
  const end = grid.findIndex((r) => r[0] === 'Разрез по организациям');
  return grid.slice(0, end - 1);
}

describe('«Показатели» on one school', () => {
  const workbook = schoolWorkbook();
  const result = runIndicators(memoryEnv(workbook));
  const grid = table(workbook);
  const model = loadProgramModel(workbook, new Date()).model;

  it.each([
    ['П-01', 10],
    ['П-02', 5],
    ['П-03', 33.3],
    ['П-04', 66.7],
    ['П-05', 2],
    ['П-06', 2],
    ['П-07', 1],
    ['П-08', 25],
    ['П-09', 8.2],
    ['П-10', 1],
    ['П-11', 50],
    ['П-12', 3],
    ['П-13', 20],
  ])('%s equals the hand-computed fact %d', (code, fact) => {
    const spec = INDICATORS.find((candidate) => candidate.code === code);
    const { value, people } = figureOf(model.all, spec?.metric ?? 'pairsCount');
    expect(value === null ? null : Math.round(value * 10) / 10).toBe(fact);
    // figures about 1–2 people are masked on the sheet; the others are printed as computed
    expect(rowOf(grid, code).Факт).toBe(people !== null && people > 0 && people < 3 ? 'менее 3 чел.' : fact);
  });

  it('compares the fact with this year’s plan and colours the status by a conditional rule per status', () => {
    expect(rowOf(grid, 'П-03').Статус).toBe('не достигнут');
    // about 1–2 people: neither shown nor judged
    expect(rowOf(grid, 'П-09').Статус).toBe('менее 3 чел.');
    expect(rowOf(grid, 'П-11').Статус).toBe('менее 3 чел.');
    expect(rowOf(grid, 'П-05').Статус).toBe('менее 3 чел.');
    // a value without a plan is shown and says so
    expect(rowOf(grid, 'П-10').Статус).toBe('менее 3 чел.');
    expect(rowOf(grid, 'П-06').Статус).toBe('план не задан');
    expect(rowOf(grid, 'П-06').Факт).toBe(2);
    expect(rowOf(grid, 'П-12')['План 2026/27']).toBe(70);
    expect(rowOf(grid, 'П-01').Статус).toBe('план не задан');
    expect(rowOf(grid, 'П-01')['Базовое значение']).toBe(10);
    expect(rowOf(grid, 'П-01')['Базовый год']).toBe('2026/27');
    expect(String(rowOf(grid, 'П-01').Источник)).toContain('план на 2026/27 не задан');
    const write = workbook.blocks.find((b) => b.sheet === INDICATORS_SHEET && b.block.row === 1);
    const statusCol = grid[0].indexOf('Статус');
    const p03 = grid.findIndex((r) => r[0] === 'П-03');
    // painted by a conditional rule per status (an edit or a re-run recolours), not by the write
    expect(write?.block.backgrounds?.[p03][statusCol]).toBeNull();
    const format = workbook.formats.get(INDICATORS_SHEET)?.at(-1);
    const status = format?.columns?.find((column) => column.col === statusCol + 1);
    expect(status?.valueColours?.find((colour) => colour.value === 'не достигнут')?.background).toBe('#f4cccc');
    expect(status?.valueColours?.map((colour) => colour.value).sort()).toEqual(
      ['достигнут', 'менее 3 чел.', 'не достигнут', 'нет данных', 'план не задан'].sort(),
    );
    const factCol = grid[0].indexOf('Факт');
    expect(write?.block.numberFormats?.[p03][factCol]).toBe('0.0" %"');
    expect(result.figures?.notAchieved).toBe(4);
    expect(result.figures?.noPlan).toBe(5);
  });

  it('says which rows each number came from', () => {
    expect(rowOf(grid, 'П-01').Источник).toBe(
      'наставников-педагогов: 2 («Наставники», строки 2–3); «Настройки»: Всего педагогов = 20; план на 2026/27 не задан — впишите его в столбец «План 2026/27»',
    );
    expect(String(rowOf(grid, 'П-05').Источник)).toContain('без пары: «Наставляемые», строки 3, 7');
    expect(String(rowOf(grid, 'П-09').Источник)).toBe(
      '2 участника, 5 ответов; среднее по участникам («Ответы», строки 2–3, 5, 7, 9); значение о менее чем 3 участниках не показывается',
    );
  });

  it('writes the form and role-model breakdown and a plan-vs-fact chart', () => {
    const all = workbook.grid(INDICATORS_SHEET);
    const forms = all.findIndex((r) => r[0] === 'Разрез по формам и ролевым моделям');
    // names in the wide column B (under «Показатель»), not in the 60-px code column
    expect(all[forms + 1].slice(0, 3)).toEqual([null, 'Форма: ролевая модель', 'Наставляемых в парах']);
    expect(all[forms + 2].slice(0, 4)).toEqual([null, 'учитель – учитель: все', 2, 2]);
    expect(all.some((r) => r[1] === 'ученик – ученик: равный – равному' && r[2] === 2 && r[4] === 1)).toBe(true);
    const charts = workbook.charts.get(INDICATORS_SHEET) ?? [];
    expect(charts.map((c) => c.chart.id)).toEqual(['nastavnik-plan-fact', 'nastavnik-pairs-by-form']);
    // each chart draws the table printed under it on the sheet, cell for cell
    for (const { chart, range } of charts) {
      const printed = all
        .slice(range.row - 1, range.row - 1 + range.rows)
        .map((r) => r.slice(range.col - 1, range.col - 1 + range.cols));
      expect(printed).toEqual(chartTable(chart));
    }
    const pairs = charts[1].chart;
    expect(pairs.categories).toContain('учитель – учитель');
    expect(pairs.series[0].values[pairs.categories.indexOf('учитель – учитель')]).toBe(2);
    // plan vs fact: the facts of the indicator table, as «Показатели» prints them
    const planFact = charts[0].chart;
    for (const [i, category] of planFact.categories.entries()) {
      const code = category.split(' ')[0];
      expect(planFact.series[1].values[i]).toBe(rowOf(all, code).Факт);
    }
  });

  it('fills «Сводка» with aggregates and no names', () => {
    const summary = workbook.grid('Сводка');
    const text = JSON.stringify(summary);
    expect(text).not.toContain('Иванова');
    expect(text).not.toContain('Смирнова');
    expect(summary.find((r) => r[0] === 'Наставники')?.[1]).toBe(3);
    expect(summary.find((r) => r[0] === 'Наставляемые в парах')?.[1]).toBe(66.7);
    expect(summary.find((r) => r[0] === 'Статус')?.[1]).toBe('дорожная карта ещё не сформирована');
    expect(workbook.formats.get('Сводка')?.[0].hideGridlines).toBe(true);
  });
});

describe('«нет данных»', () => {
  it('names the setting to fill when the total of teachers is missing', () => {
    const workbook = schoolWorkbook({ academicYear: 2026 });
    runIndicators(memoryEnv(workbook));
    const grid = table(workbook);
    expect(rowOf(grid, 'П-01').Факт).toBeNull();
    expect(rowOf(grid, 'П-01').Статус).toBe('нет данных');
    expect(rowOf(grid, 'П-13').Статус).toBe('нет данных');
    const problems = JSON.stringify(workbook.grid('Проблемы'));
    expect(problems).toContain('Всего педагогов (по программе)');
    expect(problems).toContain('П-01, П-02, П-13');
    expect(problems).toContain('Всего обучающихся (по программе)');
    expect(workbook.column('Настройки', 'Ключ')).toEqual(expect.arrayContaining(['teachersTotal', 'pupilsTotal']));
    runIndicators(memoryEnv(workbook));
    expect(workbook.column('Настройки', 'Ключ').filter((key) => key === 'teachersTotal')).toHaveLength(1);
  });

  it('without answers the survey indicators have no data and the rest still computes', () => {
    const workbook = schoolWorkbook();
    workbook.sheets.delete('Ответы');
    runIndicators(memoryEnv(workbook));
    const grid = table(workbook);
    expect(rowOf(grid, 'П-09').Статус).toBe('нет данных');
    expect(rowOf(grid, 'П-11').Факт).toBeNull();
    expect(rowOf(grid, 'П-04').Факт).toBe(66.7);
  });

  it('takes the manual fact when the computed one is missing', () => {
    const workbook = schoolWorkbook({ academicYear: 2026 });
    runIndicators(memoryEnv(workbook));
    const grid = workbook.sheets.get(INDICATORS_SHEET) as Grid;
    const header = grid[0];
    const r = grid.findIndex((row) => row[0] === 'П-01');
    grid[r][header.indexOf('Факт (вручную)')] = '12,5';
    grid[r][header.indexOf('План 2026/27')] = 12;
    runIndicators(memoryEnv(workbook));
    const row = rowOf(table(workbook), 'П-01');
    expect(row.Факт).toBe(12.5);
    expect(row.Статус).toBe('достигнут');
    expect(String(row.Источник)).toContain('введено вручную');
  });
});

describe('recomputation keeps the curator’s work', () => {
  it('keeps manual rows, plans, comments and extra columns', () => {
    const workbook = schoolWorkbook();
    runIndicators(memoryEnv(workbook));
    const grid = workbook.sheets.get(INDICATORS_SHEET) as Grid;
    const header = grid[0];
    const col = (name: string) => header.indexOf(name);
    const p01 = grid.findIndex((row) => row[0] === 'П-01');
    grid[p01][col('План 2026/27')] = 15;
    grid[p01][col('Комментарий')] = 'по приказу № 5';
    grid[p01][col('Показатель')] = 'Доля педагогов-наставников (наша формулировка)';
    header.push('Ответственный');
    grid[p01].push('Завуч');
    const manual: Cell[] = Array(header.length).fill(null);
    manual[col('Код')] = 'Д-01';
    manual[col('Показатель')] = 'Публикации наставников';
    manual[col('Ед. изм.')] = 'ед.';
    manual[col('План 2026/27')] = 2;
    manual[col('Факт (вручную)')] = 3;
    grid.splice(p01 + 1, 0, manual);

    runIndicators(memoryEnv(workbook));
    const after = table(workbook);
    const row = rowOf(after, 'П-01');
    expect(row['План 2026/27']).toBe(15);
    expect(row.Комментарий).toBe('по приказу № 5');
    expect(row.Показатель).toBe('Доля педагогов-наставников (наша формулировка)');
    expect(row.Ответственный).toBe('Завуч');
    expect(row.Статус).toBe('не достигнут');
    const d01 = rowOf(after, 'Д-01');
    expect(d01.Факт).toBe(3);
    expect(d01.Статус).toBe('достигнут');
    expect(after.filter((r) => r[0] === 'Д-01')).toHaveLength(1);
    expect(after.filter((r) => r[0] === 'П-01')).toHaveLength(1);
  });

  it('is idempotent', () => {
    const workbook = schoolWorkbook();
    runIndicators(memoryEnv(workbook));
    const first = JSON.stringify(workbook.grid(INDICATORS_SHEET));
    runIndicators(memoryEnv(workbook));
    expect(JSON.stringify(workbook.grid(INDICATORS_SHEET))).toBe(first);
  });
});

describe('messages', () => {
  it('speaks English when the user’s locale is en; the sheets stay Russian', () => {
    const workbook = schoolWorkbook();
    const result = runIndicators({ ...memoryEnv(workbook), locale: 'en' });
    expect(result.title).toBe('Indicators');
    expect(result.lines[0]).toContain('13 indicators (plan for 2026/27): 0 achieved, 4 not achieved');
    expect(workbook.grid(INDICATORS_SHEET)[0][0]).toBe('Код');
  });
});
