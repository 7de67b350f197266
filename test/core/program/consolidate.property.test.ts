/**
 * The roll-up of the schools' own workbooks prints what the single municipal workbook prints:
 * the same places, figures and colours for every school, and the same total.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/core/cell';
import { INDICATORS_SHEET } from '../../../src/core/indicators/indicators-table';
import { ORGANIZATIONS_SHEET } from '../../../src/core/organizations/organizations-sheet';
import { departmentGrid } from '../../../src/core/program/department-sheet';
import {
  aggregatesOf,
  consolidateSchools,
  ROLLUP_SHEET,
  type SchoolSource,
} from '../../../src/core/usecases/consolidate';
import { writeDepartmentSheet } from '../../../src/core/usecases/department';
import { runIndicators } from '../../../src/core/usecases/indicators';
import { splitSchools } from '../../../src/local/demo/split-schools';
import { MemoryWorkbook, memoryEnv } from '../../support/memory-workbook';
import { municipalityArb, NOW, workbookOf } from './municipality-fixture';

/** The comparison rows as written: from «Место» to the total, with their fills. */
function comparisonOf(workbook: MemoryWorkbook, sheet: string) {
  const written = [...workbook.blocks]
    .reverse()
    .find((b) => b.sheet === sheet && b.block.values.some((r) => r[0] === 'Место'));
  if (!written) throw new Error(`no comparison on ${sheet}`);
  const { values, backgrounds } = written.block;
  const start = values.findIndex((r) => r[0] === 'Место');
  const end = values.findIndex((r, i) => i > start && String(r[1]).startsWith('Итого'));
  const rows = values.slice(start + 1, end + 1).map((r, i) => ({
    cells: (i === end - start - 1 ? ['Итого', ...r.slice(2)] : r).map((c: Cell) =>
      typeof c === 'number' ? Math.round(c * 10) / 10 : c,
    ),
    fills: (backgrounds?.[start + 1 + i] ?? []).slice(0, r.length),
  }));
  const lagging = values.find((r) => /^(Отстают|Отстающих)/.test(String(r[1])))?.[1] ?? null;
  return { rows, lagging };
}

/** Each school's own workbook, after the school wrote its «Для управления» sheet. */
function sourcesOf(municipal: MemoryWorkbook): SchoolSource[] {
  return splitSchools(municipal).map((school) => {
    const book = new MemoryWorkbook(school.sheets);
    writeDepartmentSheet(memoryEnv(book, NOW));
    return { label: `${school.organization.short}.xlsx`, readAggregates: () => aggregatesOf(book) };
  });
}

describe('nastavnik consolidate: the roll-up equals the municipal workbook', () => {
  it('same places, figures, colours, total and lagging line — network mentors from other schools included', () => {
    fc.assert(
      fc.property(municipalityArb(true), (m) => {
        const municipal = workbookOf(m);
        runIndicators(memoryEnv(municipal, NOW));
        const result = consolidateSchools(memoryEnv(municipal, NOW), sourcesOf(municipal), {
          absentReason: () => 'нет файла',
        });
        expect(result.figures?.counted).toBe(m.schools.length);
        expect(comparisonOf(municipal, ROLLUP_SHEET)).toEqual(comparisonOf(municipal, INDICATORS_SHEET));
      }),
      { numRuns: 25 },
    );
  });

  it('a school without a file, an unreadable file and an unknown school are named, the rest still counts', () => {
    const m = fc.sample(municipalityArb(false), { numRuns: 1, seed: 7 })[0];
    const municipal = workbookOf(m);
    runIndicators(memoryEnv(municipal, NOW));
    const sources = sourcesOf(municipal).slice(1);
    sources.push({
      label: 'сломанный.xlsx',
      readAggregates: () => {
        throw new Error('не удалось открыть: файл повреждён');
      },
    });
    sources.push({
      label: 'чужая.xlsx',
      readAggregates: () => departmentGrid('МБОУ «СОШ № 99»', new Map(), NOW),
    });
    const env = memoryEnv(municipal, NOW);
    const result = consolidateSchools(env, sources, { absentReason: () => 'нет файла (школа не прислала книгу)' });
    expect(result.figures).toMatchObject({ schools: m.schools.length, counted: m.schools.length - 1, unmatched: 2 });
    const text = JSON.stringify(municipal.grid(ROLLUP_SHEET));
    expect(text).toContain('"СОШ № 1",null,"нет файла (школа не прислала книгу)"');
    expect(text).toContain('не удалось открыть: файл повреждён');
    expect(text).toContain('школы «МБОУ «СОШ № 99»» нет на листе «Организации»');
    const problems = JSON.stringify(municipal.grid('Проблемы'));
    expect(problems).toContain('Книга «сломанный.xlsx» не учтена в своде');
    // a rerun rewrites the sheet: nothing is duplicated
    const height = municipal.grid(ROLLUP_SHEET).length;
    consolidateSchools(env, sources, { absentReason: () => 'нет файла (школа не прислала книгу)' });
    expect(municipal.grid(ROLLUP_SHEET)).toHaveLength(height);
    expect(municipal.grid(ORGANIZATIONS_SHEET)).toHaveLength(m.schools.length + 1);
  });

  it('the department itself («Тип» = управление) is not a school of the roll-up', () => {
    const m = fc.sample(municipalityArb(false), { numRuns: 1, seed: 3 })[0];
    const municipal = workbookOf(m);
    const sources = sourcesOf(municipal);
    const organizations = municipal.grid(ORGANIZATIONS_SHEET);
    municipal.writeBlock(ORGANIZATIONS_SHEET, {
      row: 1,
      col: 1,
      values: [
        [...organizations[0], 'Тип'],
        ...organizations.slice(1).map((row) => [...row, 'школа']),
        ['Управление образования администрации района', 'УО', null, null, 'управление'],
      ],
    });
    runIndicators(memoryEnv(municipal, NOW));
    const result = consolidateSchools(memoryEnv(municipal, NOW), sources, { absentReason: () => 'нет файла' });
    expect(result.figures).toMatchObject({ schools: m.schools.length, counted: m.schools.length, unmatched: 0 });
    expect(JSON.stringify(municipal.grid(ROLLUP_SHEET))).not.toContain('УО');
  });

  it('«Для управления» gives the reason for no data without the rows of the bases', () => {
    const source =
      'наставников-педагогов: 3 («Наставники», строки 2, 5, 9); нет данных: заполните «Организации» → «Педагогов всего»';
    const grid = departmentGrid(
      'СОШ № 1',
      new Map([['teacherMentorsShare', { value: null, source, missing: [], people: null }]]),
      NOW,
    );
    const text = JSON.stringify(grid);
    expect(text).toContain('нет данных: заполните «Организации» → «Педагогов всего»');
    expect(text).not.toMatch(/строк/);
  });
});
