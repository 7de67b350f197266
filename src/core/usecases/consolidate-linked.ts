/**
 * «Свод по школам» in Google Sheets without asking for more than the add-on's scopes: the add-on
 * may open only its own spreadsheet (`spreadsheets.currentonly`; `openByUrl` would need the full
 * `spreadsheets` scope), so it does not read the schools' tables itself. It writes, on a helper
 * sheet of the municipal table, one IMPORTRANGE formula per school linked in «Организации» →
 * «Таблица школы», importing exactly the school's «Для управления» block; Sheets evaluates the
 * formulas, and the roll-up reads their values like any cell of its own table, through the same
 * use case as offline (consolidateSchools).
 *
 * How IMPORTRANGE behaves (checked, see the sources):
 * - the first time a table imports from another, a user of the importing table who can view the
 *   source must click «Разрешить доступ» once; until then the cell shows #REF! («You need to
 *   connect these sheets»); the permission then stays for that pair of tables
 *   (support.google.com/docs/answer/3093340 — IMPORTRANGE; the button appears on a single-import
 *   cell: qiita.com/yu_bookstore/items/5374db3a89f3b1133985);
 * - #REF! also when the link is wrong, the user cannot view the school's table or it has no
 *   «Для управления» sheet; the result is loaded asynchronously («Loading…» for a while), and an
 *   update of the source reaches the importing table after a delay (same support page);
 * - granting access from a script needs an undocumented endpoint and the full token
 *   (gist marcosleal-prd/39020ea9…: externaldata/addimportrangepermissions) — not used here.
 * A formula is written only when it is new or its link changed, so a rerun does not reload them.
 */
import { type Cell, cellText, computedValue, type Grid, isFormula } from '../cell';
import type { Organization } from '../organizations/organization';
import { ORGANIZATIONS_SHEET, readDirectory } from '../organizations/organizations-sheet';
import type { Outcome } from '../outcome';
import type { Env } from '../ports';
import { DEPARTMENT_COLS, DEPARTMENT_RANGE, DEPARTMENT_ROWS, DEPARTMENT_SHEET } from '../program/department-sheet';
import { consolidateSchools, type SchoolSource } from './consolidate';

export const IMPORT_SHEET = 'Свод: данные школ';
/** Column of the formulas (B): column A names the school of the block. */
const FORMULA_COL = 2;
const FIRST_BLOCK_ROW = 3;
/** A block of the imported rows and one blank row before the next school. */
const BLOCK_HEIGHT = DEPARTMENT_ROWS + 1;

export const NO_LINK = `нет ссылки на таблицу школы («${ORGANIZATIONS_SHEET}» → «Таблица школы»)`;

/** The spreadsheet's key from a link («…/spreadsheets/d/<key>/edit…») or a bare key; null when neither. */
export function spreadsheetKey(link: string): string | null {
  const fromUrl = /\/spreadsheets\/d\/([-\w]{20,})/.exec(link);
  if (fromUrl) return fromUrl[1];
  return /^[-\w]{20,}$/.test(link.trim()) ? link.trim() : null;
}

/** Apps Script writes formulas in the English syntax (comma between arguments), whatever the locale. */
export function importFormula(key: string): string {
  return `=IMPORTRANGE("https://docs.google.com/spreadsheets/d/${key}","${DEPARTMENT_RANGE}")`;
}

const blockRow = (index: number) => FIRST_BLOCK_ROW + index * BLOCK_HEIGHT;

/** What an anchor's value says when it is not the block: the reason in the curator's words. */
function importFailure(value: Cell, row: number): string | null {
  const text = cellText(value);
  const cell = `ячейку B${row} листа «${IMPORT_SHEET}»`;
  if (text === '#REF!')
    return `доступ не разрешён — откройте ${cell} и нажмите «Разрешить доступ». Если кнопки нет: у вас нет доступа к таблице школы (попросите школу открыть её вам для просмотра) или в ней нет листа «${DEPARTMENT_SHEET}» (школе: «Наставник» → «Свод по школам» → «Для управления»)`;
  if (/^(loading|загрузка)/i.test(text))
    return 'данные ещё загружаются — запустите «Свод по школам» ещё раз через минуту';
  if (/^#[A-Z/0!?]+!?$/.test(text))
    return `формула импорта вернула ${text} (${cell}): проверьте ссылку на таблицу школы`;
  if (text === '') return `импорт пуст (${cell}): в таблице школы не заполнен лист «${DEPARTMENT_SHEET}»`;
  return null;
}

export function consolidateLinked(env: Env): Outcome {
  const { workbook } = env;
  const directory = readDirectory(workbook.readSheet(ORGANIZATIONS_SHEET));
  if (directory.isEmpty) return consolidateSchools(env, [], { absentReason: () => NO_LINK });
  const linked: Array<{ organization: Organization; key: string | null; index: number }> = [];
  for (const organization of directory.organizations)
    if (organization.sheetUrl !== '')
      linked.push({ organization, key: spreadsheetKey(organization.sheetUrl), index: linked.length });

  const created = workbook.ensureSheet(IMPORT_SHEET);
  const before = created ? [] : (workbook.readSheet(IMPORT_SHEET) ?? []);
  const wanted: Grid = [
    [
      `Служебный лист «Свода по школам»: сюда импортируются листы «${DEPARTMENT_SHEET}» таблиц школ (только числа). Не редактируйте; при #REF! наведите на ячейку столбца B и нажмите «Разрешить доступ».`,
    ],
    [],
  ];
  for (const { organization, key, index } of linked) {
    const row = blockRow(index);
    while (wanted.length < row + BLOCK_HEIGHT - 1) wanted.push([]);
    wanted[row - 1] = [organization.short || organization.name, key ? { formula: importFormula(key) } : null];
  }
  const formulaAt = (grid: Grid, row: number) => {
    const cell = grid[row - 1]?.[FORMULA_COL - 1];
    return cell && isFormula(cell) ? cell.formula : '';
  };
  const changed =
    before.length !== wanted.length ||
    linked.some(({ key, index }) => formulaAt(before, blockRow(index)) !== (key ? importFormula(key) : '')) ||
    linked.some(
      ({ organization, index }) =>
        cellText(before[blockRow(index) - 1]?.[0]) !== (organization.short || organization.name),
    );
  if (changed) {
    const width = FORMULA_COL + DEPARTMENT_COLS - 1;
    const values = wanted.map((row) => [...row, ...Array<Cell>(width - row.length).fill(null)]);
    workbook.writeBlock(IMPORT_SHEET, { row: 1, col: 1, values });
    if (before.length > values.length) workbook.clearRows(IMPORT_SHEET, values.length + 1, before.length);
    workbook.formatSheet(IMPORT_SHEET, { frozenRows: 0, columns: [{ col: 1, width: 160 }] });
  }
  const grid = workbook.readSheet(IMPORT_SHEET) ?? [];

  const sources: SchoolSource[] = linked.map(({ organization, key, index }) => ({
    label: organization.sheetUrl,
    organization,
    readAggregates: () => {
      if (key === null)
        throw new Error(
          `в «${ORGANIZATIONS_SHEET}» (строка ${organization.row}) не ссылка на Google Таблицу: нужна ссылка вида https://docs.google.com/spreadsheets/d/…`,
        );
      const row = blockRow(index);
      const block = grid
        .slice(row - 1, row - 1 + DEPARTMENT_ROWS)
        .map((cells) => cells.slice(FORMULA_COL - 1, FORMULA_COL - 1 + DEPARTMENT_COLS).map((c) => computedValue(c)));
      const failure = importFailure(block[0]?.[0] ?? null, row);
      if (failure !== null) throw new Error(failure);
      return block;
    },
  }));
  const result = consolidateSchools(env, sources, { absentReason: () => NO_LINK });
  return { ...result, lines: [...result.lines, `Импорт из таблиц школ — на листе «${IMPORT_SHEET}».`] };
}
