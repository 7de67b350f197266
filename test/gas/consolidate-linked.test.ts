/**
 * «Свод по школам» in Google Sheets on the strict fakes: each school's table writes «Для
 * управления» through its own menu item; the municipal table lists the schools' links in
 * «Организации» and imports that block with IMPORTRANGE, which shows #REF! until «Разрешить
 * доступ» is clicked for that school (import-range.ts). Once allowed, the roll-up prints what
 * «Показатели» prints for the single municipal table; reruns neither duplicate nor rewrite the
 * formulas; the service calls do not grow with the number of schools.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Cell, cellText, type Grid } from '../../src/core/cell';
import { INDICATORS_SHEET } from '../../src/core/indicators/indicators-table';
import { ORGANIZATIONS_SHEET } from '../../src/core/organizations/organizations-sheet';
import { DEPARTMENT_RANGE, DEPARTMENT_ROWS, DEPARTMENT_SHEET } from '../../src/core/program/department-sheet';
import { ROLLUP_SHEET } from '../../src/core/usecases/consolidate';
import { IMPORT_SHEET, NO_LINK } from '../../src/core/usecases/consolidate-linked';
import { runIndicators } from '../../src/core/usecases/indicators';
import { menuConsolidateSchools, menuDepartmentSheet } from '../../src/gas/handlers/consolidate';
import { DocumentPropertiesStore } from '../../src/gas/host-services';
import { runMenuAction } from '../../src/gas/run-action';
import { SheetsWorkbook } from '../../src/gas/sheets-workbook';
import { splitSchools } from '../../src/local/demo/split-schools';
import { municipalityArb, workbookOf } from '../core/program/municipality-fixture';
import { createFakeServices, type FakeServices, ImportRegistry, installGlobals } from './fakes';

const workbookOfFake = (fakes: FakeServices) =>
  new SheetsWorkbook(fakes.spreadsheet, fakes.services, new DocumentPropertiesStore(fakes.properties));

function load(fakes: FakeServices, sheets: Record<string, Grid>): void {
  const book = workbookOfFake(fakes);
  for (const [name, values] of Object.entries(sheets)) {
    book.ensureSheet(name);
    book.writeBlock(name, { row: 1, col: 1, values });
  }
}

const keyOf = (i: number) => `school${i}-1234567890abcdefghijklmnop`;
const urlOf = (i: number) => `https://docs.google.com/spreadsheets/d/${keyOf(i)}/edit#gid=0`;

/** A municipality of `size` schools: the department's table and each school's own table. */
function network(seed: number, size?: number) {
  const m = fc.sample(municipalityArb(false), { numRuns: 1, seed })[0];
  if (size !== undefined)
    while (m.schools.length < size) m.schools.push({ ...m.schools[0], number: m.schools.length + 1 });
  const municipal = workbookOf(m);
  const registry = new ImportRegistry();
  const department = createFakeServices({ spreadsheetId: 'department-1234567890abcdefghij' });
  registry.add(department.spreadsheet);
  const sheets = Object.fromEntries([...municipal.sheets]);
  // the curator pastes each school's link into «Организации» → «Таблица школы»
  sheets[ORGANIZATIONS_SHEET] = sheets[ORGANIZATIONS_SHEET].map((row, i) => [
    ...row,
    i === 0 ? 'Таблица школы' : urlOf(i),
  ]);
  load(department, sheets);
  const schools = splitSchools(municipal).map((school, i) => {
    const fakes = createFakeServices({ spreadsheetId: keyOf(i + 1) });
    registry.add(fakes.spreadsheet);
    load(fakes, school.sheets);
    const restore = installGlobals(globalThis, fakes);
    try {
      menuDepartmentSheet();
    } finally {
      restore();
    }
    return fakes;
  });
  return { m, registry, department, schools };
}

function consolidate(department: FakeServices): void {
  const restore = installGlobals(globalThis, department);
  try {
    menuConsolidateSchools();
  } finally {
    restore();
  }
}

function comparison(grid: Grid) {
  const start = grid.findIndex((r) => cellText(r[0]) === 'Место');
  const end = grid.findIndex((r, i) => i > start && cellText(r[1]).startsWith('Итого'));
  const width = grid[start].filter((c) => cellText(c) !== '').length;
  return grid
    .slice(start + 1, end + 1)
    .map((r, i) =>
      (i === end - start - 1 ? ['', 'Итого', ...r.slice(2)] : r)
        .slice(0, width)
        .map((c: Cell) => (typeof c === 'number' ? Math.round(c * 10) / 10 : cellText(c))),
    );
}

const sheetOf = (fakes: FakeServices, name: string) => workbookOfFake(fakes).readSheet(name) ?? [];
const lastAlert = (fakes: FakeServices) => fakes.ui.alerts[fakes.ui.alerts.length - 1]?.prompt ?? '';

describe('«Свод по школам» in Google Sheets through IMPORTRANGE', () => {
  it('a school writes «Для управления» from its own menu: numbers, no names', () => {
    const { schools } = network(11);
    const school = schools[0];
    const block = JSON.stringify(sheetOf(school, DEPARTMENT_SHEET));
    expect(block).toContain('menteesWithPairShare');
    for (const row of sheetOf(school, 'Наставляемые').slice(1)) expect(block).not.toContain(cellText(row[1]));
  });

  it('#REF! until access is allowed; then the roll-up equals «Показатели»; reruns do not duplicate', () => {
    const { m, registry, department, schools } = network(11);
    runMenuAction('Показатели', runIndicators, { lock: true }, department.services);
    consolidate(department);
    expect(lastAlert(department)).toContain(`учтено школ — 0 из ${m.schools.length}`);
    const first = JSON.stringify(sheetOf(department, ROLLUP_SHEET));
    expect(first).toContain(
      'доступ не разрешён — откройте ячейку B3 листа «Свод: данные школ» и нажмите «Разрешить доступ»',
    );
    // the formulas import exactly the block, by the school's link
    const imports = department.spreadsheet.sheet(IMPORT_SHEET)?.values() ?? [];
    expect(imports[2][1]).toBe(
      `=IMPORTRANGE("https://docs.google.com/spreadsheets/d/${keyOf(1)}","'Для управления'!A1:I${DEPARTMENT_ROWS}")`,
    );

    // the curator allows all but the last school
    for (const school of schools.slice(0, -1)) registry.allow(department.spreadsheet, school.spreadsheet);
    consolidate(department);
    expect(lastAlert(department)).toContain(`учтено школ — ${m.schools.length - 1} из ${m.schools.length}`);
    expect(lastAlert(department)).toContain('доступ не разрешён');

    registry.allow(department.spreadsheet, schools[schools.length - 1].spreadsheet);
    consolidate(department);
    expect(lastAlert(department)).toContain(`учтено школ — ${m.schools.length} из ${m.schools.length}`);
    const rollup = sheetOf(department, ROLLUP_SHEET);
    expect(comparison(rollup)).toEqual(comparison(sheetOf(department, INDICATORS_SHEET)));

    const formulas = JSON.stringify(department.spreadsheet.sheet(IMPORT_SHEET)?.values());
    const writes = department.calls.count('Range.setValues');
    consolidate(department);
    expect(sheetOf(department, ROLLUP_SHEET)).toHaveLength(rollup.length);
    expect(JSON.stringify(department.spreadsheet.sheet(IMPORT_SHEET)?.values())).toBe(formulas);
    // the rerun writes «Свод по школам» and «Проблемы», never the formulas again
    const rerunWrites = department.calls.count('Range.setValues') - writes;
    consolidate(department);
    expect(department.calls.count('Range.setValues') - writes).toBe(2 * rerunWrites);
  });

  it('a school without a link, a wrong link and a school without «Для управления» are named', () => {
    const { m, registry, department, schools } = network(5);
    for (const school of schools) registry.allow(department.spreadsheet, school.spreadsheet);
    const organizations = department.spreadsheet.sheet(ORGANIZATIONS_SHEET);
    const linkCol = (organizations?.values()[0] ?? []).indexOf('Таблица школы') + 1;
    const book = workbookOfFake(department);
    book.writeBlock(ORGANIZATIONS_SHEET, { row: 2, col: linkCol, values: [[null], ['https://example.com/таблица']] });
    // the third school's table lost its sheet
    const third = schools[2]?.spreadsheet;
    if (third)
      third.sheets.splice(
        third.sheets.findIndex((s) => s.name === DEPARTMENT_SHEET),
        1,
      );
    consolidate(department);
    const text = JSON.stringify(sheetOf(department, ROLLUP_SHEET));
    expect(text).toContain(NO_LINK);
    expect(text).toContain('не ссылка на Google Таблицу');
    if (third) expect(text).toContain(`нет листа «${DEPARTMENT_SHEET}»`);
    expect(lastAlert(department)).toContain(`учтено школ — ${m.schools.length - (third ? 3 : 2)} из`);
  });

  it('makes the same service calls for 2 and for 6 schools', () => {
    const callsFor = (size: number) => {
      const { registry, department, schools } = network(3, size);
      for (const school of schools) registry.allow(department.spreadsheet, school.spreadsheet);
      consolidate(department);
      department.calls.reset();
      consolidate(department);
      return department.calls.byName();
    };
    expect(callsFor(6)).toEqual(callsFor(2));
  });
});

describe('the guides name the range a school shares', () => {
  it('README and the indicators guide give exactly the block the add-on writes', async () => {
    const { readFileSync } = await import('node:fs');
    for (const file of ['README.md', 'docs/guide/40-indicators.md'])
      expect(readFileSync(file, 'utf8')).toContain(DEPARTMENT_RANGE);
  });
});
