import { cellText, isBlank } from '../../core/cell';
import { type Outcome, outcome } from '../../core/outcome';
import { ORGANIZATIONS_LAYOUT, ORGANIZATIONS_SHEET, readDirectory } from '../../core/organizations/organizations-sheet';
import { mapHeader } from '../../core/sheet/header-map';
import type { DemoContext } from './steps';

/**
 * The demo's stand-in for what a real curator types into «Организации»: how many teachers and
 * pupils each school has (the bases only list programme participants). Deterministic per school;
 * a cell the curator already filled is left alone.
 */
export function fillDemoTotals(ctx: DemoContext): Outcome {
  const { workbook } = ctx.env;
  const grid = workbook.readSheet(ORGANIZATIONS_SHEET);
  if (!grid || grid.length < 2) return outcome('Численность', [`Нет строк на листе «${ORGANIZATIONS_SHEET}»`]);
  const map = mapHeader(grid[0], ORGANIZATIONS_LAYOUT.columns);
  const directory = readDirectory(grid);
  const figures = new Map<number, { teachers: number; pupils: number }>();
  ctx.data.organizations.forEach((org, i) => {
    const found = directory.resolve(org.name);
    if (found.found) figures.set(found.organization.row, demoHeadcounts(i));
  });
  let filled = 0;
  for (const key of ['teachers', 'pupils'] as const) {
    const col = map.index.get(key);
    if (col === undefined) continue;
    const values = grid.slice(1).map((row, i) => {
      const current = row[col] ?? null;
      const figure = figures.get(i + 2);
      if (!figure || (!isBlank(current) && cellText(current) !== '')) return [current];
      filled++;
      return [figure[key]];
    });
    workbook.writeBlock(ORGANIZATIONS_SHEET, { row: 2, col: col + 1, values });
  }
  return outcome('Численность педагогов и обучающихся', [
    `На лист «${ORGANIZATIONS_SHEET}» вписана численность педагогов и обучающихся: организаций — ${figures.size}, ячеек — ${filled} (учебные данные)`,
  ]);
}

/** The i-th school's staff and pupils: varied, but the same on every run. */
export function demoHeadcounts(i: number): { teachers: number; pupils: number } {
  return { teachers: 60 + ((i * 7) % 25), pupils: 700 + ((i * 131) % 500) };
}
