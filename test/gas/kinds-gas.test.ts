import { describe, expect, it } from 'vitest';
import { cellText, type Grid } from '../../src/core/cell';
import {
  CATALOGUES_SHEET,
  FORM_KIND_HEADER,
  FORM_TEACHER_TEACHER,
  KINDS_HEADER,
} from '../../src/core/catalogues/defaults';
import { DRAFT_SHEET } from '../../src/core/matching/draft-sheet';
import { PAIRS_SHEET } from '../../src/core/pairs/register-layout';
import { setupWorkbook } from '../../src/core/usecases/setup-workbook';
import { menuApprovePairs, menuFormPairs } from '../../src/gas/handlers/pairs';
import { DocumentPropertiesStore } from '../../src/gas/host-services';
import { runMenuAction } from '../../src/gas/run-action';
import { SheetsWorkbook } from '../../src/gas/sheets-workbook';
import { addRows, column, mentee, mentor, setCell } from '../usecases/small-programme';
import { createFakeServices, installGlobals } from './fakes';

/** Column letter of a 1-based column (A…Z, AA…). */
function letter(col: number): string {
  let n = col;
  let text = '';
  while (n > 0) {
    text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
    n = Math.floor((n - 1) / 26);
  }
  return text;
}

const colOf = (grid: Grid, title: string) => grid[0].findIndex((c) => cellText(c) === title) + 1;

describe('kinds of mentorship through the Apps Script adapter', () => {
  it('«Справочники» offers the kinds, the draft and «Пары» carry «Вид наставничества» with dropdowns', () => {
    const fakes = createFakeServices();
    runMenuAction('Подготовить таблицу', setupWorkbook, { lock: true }, fakes.services);
    const workbook = new SheetsWorkbook(
      fakes.spreadsheet,
      fakes.services,
      new DocumentPropertiesStore(fakes.properties),
    );
    const catalogue = workbook.readSheet(CATALOGUES_SHEET) as Grid;
    const kindsCol = colOf(catalogue, KINDS_HEADER);
    const formKindCol = colOf(catalogue, FORM_KIND_HEADER);
    expect(column(catalogue, KINDS_HEADER)).toEqual(
      expect.arrayContaining(['традиционное', 'групповое', 'флеш-наставничество', 'сетевое']),
    );
    // A form's default kind is chosen from «Виды наставничества» (a dropdown over that column).
    const formKindRule = fakes.spreadsheet.sheet(CATALOGUES_SHEET)?.ruleAt(2, formKindCol);
    expect(formKindRule).toMatchObject({ kind: 'range', allowInvalid: true });
    expect((formKindRule as { source: string }).source).toMatch(
      new RegExp(`^Справочники!${letter(kindsCol)}2:${letter(kindsCol)}\\d+$`),
    );

    addRows(workbook, 'Наставники', [
      mentor('Андреева Анна Андреевна', 'МБОУ СОШ № 1', FORM_TEACHER_TEACHER),
      mentor('Борисов Борис Борисович', 'МБОУ СОШ № 2', FORM_TEACHER_TEACHER),
    ]);
    addRows(workbook, 'Наставляемые', [
      mentee('Васильева Вера Васильевна', 'МБОУ СОШ № 1', FORM_TEACHER_TEACHER),
      mentee('Григорьев Глеб Глебович', 'МБОУ СОШ № 3', FORM_TEACHER_TEACHER),
    ]);
    const restore = installGlobals(globalThis, fakes);
    let proposed: Record<string, string> = {};
    let typedFor = '';
    try {
      menuFormPairs();
      const draft = workbook.readSheet(DRAFT_SHEET) as Grid;
      proposed = Object.fromEntries(
        column(draft, 'Наставляемый').map((name, i) => [name, column(draft, 'Вид наставничества')[i]]),
      );
      expect(proposed).toEqual({ 'Васильева Вера Васильевна': 'традиционное', 'Григорьев Глеб Глебович': 'сетевое' });
      const draftKindCol = colOf(draft, 'Вид наставничества');
      expect(fakes.spreadsheet.sheet(DRAFT_SHEET)?.ruleAt(2, draftKindCol)).toMatchObject({
        kind: 'list',
        allowInvalid: true,
        values: expect.arrayContaining(['флеш-наставничество', 'виртуальное']),
      });
      // The curator picks another kind in row 2 and accepts both; a re-run keeps the choice.
      typedFor = column(draft, 'Наставляемый')[0];
      setCell(workbook, DRAFT_SHEET, 2, 'Вид наставничества', 'виртуальное');
      setCell(workbook, DRAFT_SHEET, 2, 'Решение', 'принять');
      setCell(workbook, DRAFT_SHEET, 3, 'Решение', 'принять');
      menuFormPairs();
      const again = workbook.readSheet(DRAFT_SHEET) as Grid;
      expect(column(again, 'Вид наставничества')[column(again, 'Наставляемый').indexOf(typedFor)]).toBe('виртуальное');
      menuApprovePairs();
    } finally {
      restore();
    }
    const register = workbook.readSheet(PAIRS_SHEET) as Grid;
    const registered = Object.fromEntries(
      column(register, 'Наставляемый').map((name, i) => [name, column(register, 'Вид наставничества')[i]]),
    );
    expect(registered).toEqual({ ...proposed, [typedFor]: 'виртуальное' });
    const registerKindCol = colOf(register, 'Вид наставничества');
    const rule = fakes.spreadsheet.sheet(PAIRS_SHEET)?.ruleAt(2, registerKindCol) as { kind: string; source: string };
    expect(rule.kind).toBe('range');
    expect(rule.source).toMatch(new RegExp(`^Справочники!${letter(kindsCol)}2:`));
  });
});
