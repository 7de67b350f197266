/**
 * `nastavnik consolidate` end to end, on files: the demo municipality split into its 15 school
 * workbooks (each with the «Для управления» sheet the school writes), consolidated by the CLI
 * into the municipal workbook and read back — the «Свод по школам» comparison equals the one
 * «Показатели» prints for the single municipal workbook (places, names, figures, total).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Cell, cellText, type Grid } from '../../src/core/cell';
import { INDICATORS_SHEET } from '../../src/core/indicators/indicators-table';
import { DEPARTMENT_SHEET } from '../../src/core/program/department-sheet';
import { ROLLUP_SHEET } from '../../src/core/usecases/consolidate';
import { checkBases } from '../../src/core/usecases/check-bases';
import { setupWorkbook } from '../../src/core/usecases/setup-workbook';
import { runIndicators } from '../../src/core/usecases/indicators';
import { NO_FILE } from '../../src/local/cli/consolidate-command';
import { demoClock } from '../../src/local/cli/demo-command';
import { main } from '../../src/local/cli/main';
import { generateDemoWorkbook } from '../../src/local/demo/demo-workbook';
import { fillDemoTotals } from '../../src/local/demo/indicator-totals';
import { demoPairs } from '../../src/local/demo/pairs-step';
import { writeSchoolWorkbooks } from '../../src/local/demo/school-workbooks';
import type { DemoContext } from '../../src/local/demo/steps';
import { demoSurveyStep } from '../../src/local/demo/survey-answers';
import { XlsxWorkbook } from '../../src/local/xlsx-workbook';

const dir = mkdtempSync(join(tmpdir(), 'nastavnik-consolidate-'));
const municipalPath = join(dir, 'municipality.xlsx');
const schoolsDir = join(dir, 'школы');
let schoolFiles: string[] = [];

async function cli(...args: string[]) {
  const out: string[] = [];
  const code = await main([...args, '--quiet'], { out: (l) => out.push(l), err: (l) => out.push(l) });
  return { code, text: out.join('\n') };
}

/** The comparison as a reader sees it: from «Место» to the total row, numbers to one decimal. */
function comparison(grid: Grid) {
  const start = grid.findIndex((r) => cellText(r[0]) === 'Место');
  if (start < 0) throw new Error('no comparison');
  const end = grid.findIndex((r, i) => i > start && cellText(r[1]).startsWith('Итого'));
  const width = grid[start].filter((c) => cellText(c) !== '').length;
  return grid
    .slice(start + 1, end + 1)
    .map((r, i) =>
      (i === end - start - 1 ? ['Итого', ...r.slice(1)] : r)
        .slice(0, width)
        .map((c: Cell) => (typeof c === 'number' ? Math.round(c * 10) / 10 : cellText(c))),
    );
}

async function sheet(name: string): Promise<Grid> {
  return (await XlsxWorkbook.open(municipalPath)).readSheet(name) ?? [];
}

beforeAll(async () => {
  const options = { participants: 450, organizations: 15, seed: 2, mistakes: false };
  const clock = demoClock(options);
  const { env, data } = generateDemoWorkbook(options, { clock, progress: { report: () => {} } });
  const ctx: DemoContext = { env, name: 'municipality', workbookPath: municipalPath, dir, data, addFile: () => {} };
  setupWorkbook(env); // «Организации» from the bases, as the demo's first step
  checkBases(env);
  fillDemoTotals(ctx);
  demoSurveyStep()(ctx);
  demoPairs(ctx);
  runIndicators(env);
  await env.save(municipalPath);
  schoolFiles = await writeSchoolWorkbooks(await XlsxWorkbook.open(municipalPath), schoolsDir, clock);
}, 120_000);

describe('nastavnik consolidate on the demo municipality', () => {
  it('the 15 school files carry «Для управления» with numbers only, no names', async () => {
    expect(schoolFiles).toHaveLength(15);
    const book = await XlsxWorkbook.open(schoolFiles[0]);
    const block = book.readSheet(DEPARTMENT_SHEET) ?? [];
    const mentors = book.readSheet('Наставники') ?? [];
    const fio = mentors[0].findIndex((c) => cellText(c) === 'ФИО');
    const text = JSON.stringify(block);
    for (const row of mentors.slice(1)) expect(text).not.toContain(cellText(row[fio]));
    // nor which rows of the bases a figure came from
    expect(text).not.toMatch(/строк[аи]? \d/);
  });

  it('equals the single municipal workbook: places, names, figures and total', async () => {
    const result = await cli('consolidate', municipalPath, schoolsDir);
    expect(result.code, result.text).toBe(0);
    expect(result.text).toContain('учтено школ — 15 из 15');
    const rollup = await sheet(ROLLUP_SHEET);
    const own = comparison(await sheet(INDICATORS_SHEET));
    const header = (await sheet(INDICATORS_SHEET)).find((r) => cellText(r[0]) === 'Место') as Cell[];
    expect(own.length).toBe(16);
    const rolled = comparison(rollup);
    // every school's row: place, name, every figure
    expect(rolled.slice(0, -1)).toEqual(own.slice(0, -1));
    // the total adds the schools' sums and equals the programme's, involvement (П-12, П-13) too: a
    // network mentor of a pair at another school is «в паре» for his own school (its workbook
    // holds that pair), while the pair itself is counted once, at the mentee's school
    expect(header.filter((c) => /^П-1[23] /.test(cellText(c)))).toHaveLength(2);
    const total = (row: Array<string | number>) => row.filter((_, i) => i !== 1);
    expect(total(rolled[15])).toEqual(total(own[15]));
  });

  it('a rerun updates the sheet and never duplicates; a missing school is «нет данных от школы»', async () => {
    const before = await sheet(ROLLUP_SHEET);
    expect((await cli('consolidate', municipalPath, ...schoolFiles)).code).toBe(0);
    const again = await sheet(ROLLUP_SHEET);
    expect(again.map((r) => r.map(cellText))).toEqual(before.map((r) => r.map(cellText)));

    const missing = schoolFiles[3];
    rmSync(missing);
    const result = await cli('consolidate', municipalPath, schoolsDir);
    expect(result.code, result.text).toBe(0);
    expect(result.text).toContain('учтено школ — 14 из 15');
    const after = await sheet(ROLLUP_SHEET);
    expect(after.length).toBe(before.length);
    const books = after.slice(after.findIndex((r) => r.some((c) => cellText(c) === 'Книги школ')));
    const absent = books.filter((r) => r.some((c) => cellText(c) === NO_FILE));
    expect(absent).toHaveLength(1);
    expect(NO_FILE).toMatch(/^нет данных от школы/);
    // its row in the comparison has no figures, and the total counts 14 schools
    const rows = comparison(after);
    const name = cellText(absent[0][1]);
    const row = rows.find((r) => r[1] === name) as string[];
    expect(row[0]).toBe('—');
    expect(new Set(row.slice(2, -1))).toEqual(new Set(['нет данных']));
    const names = rows.map((r) => r[1]);
    expect(new Set(names).size).toBe(names.length);
  });

  it('an unreadable file and a file of an unknown school are named, the rest still counts', async () => {
    const broken = join(schoolsDir, 'сломанный.xlsx');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(broken, 'not a workbook');
    const result = await cli('consolidate', municipalPath, schoolsDir);
    expect(result.code, result.text).toBe(0);
    expect(result.text).toContain('сломанный.xlsx: не удалось открыть');
    const problems = JSON.stringify(await sheet('Проблемы'));
    expect(problems).toContain('Книга «сломанный.xlsx» не учтена в своде');
  });
});
