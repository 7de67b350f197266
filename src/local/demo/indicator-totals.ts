import { type Cell, cellText } from '../../core/cell';
import { perOrganizationKey } from '../../core/indicators/denominators';
import { PUPILS_TOTAL, TEACHERS_TOTAL } from '../../core/indicators/settings';
import { type Outcome, outcome } from '../../core/outcome';
import { SETTINGS_COLUMNS, SETTINGS_SHEET } from '../../core/settings/settings';
import { mapHeader } from '../../core/sheet/header-map';
import type { DemoContext } from './steps';

/**
 * The demo's stand-in for what a real curator types into «Настройки»: how many teachers and pupils
 * each school has (the bases only list program participants). Deterministic per school.
 */
export function fillDemoTotals(ctx: DemoContext): Outcome {
  const { workbook } = ctx.env;
  const grid = workbook.readSheet(SETTINGS_SHEET);
  if (!grid || grid.length === 0) return outcome('Численность', ['Нет листа «Настройки»']);
  const map = mapHeader(grid[0], SETTINGS_COLUMNS);
  const keyCol = map.index.get('key') as number;
  const valueCol = map.index.get('value') as number;
  const labelCol = map.index.get('label') as number;
  const rowsByKey = new Map(grid.map((row, i) => [cellText(row[keyCol] ?? null), i]));
  const width = grid[0].length;
  const appended: Cell[][] = [];
  const updates: Array<{ row: number; value: number }> = [];
  ctx.data.organizations.forEach((org, i) => {
    for (const [kind, value, label] of [
      [TEACHERS_TOTAL, 60 + ((i * 7) % 25), 'Всего педагогов'],
      [PUPILS_TOTAL, 700 + ((i * 131) % 500), 'Всего обучающихся'],
    ] as const) {
      const key = perOrganizationKey(kind, org.name);
      const existing = rowsByKey.get(key);
      if (existing !== undefined) updates.push({ row: existing, value });
      else {
        const row: Cell[] = Array(width).fill(null);
        row[keyCol] = key;
        row[valueCol] = value;
        row[labelCol] = `${label}: ${org.name}`;
        appended.push(row);
      }
    }
  });
  const values = grid.map((row) => [row[valueCol] ?? null]);
  for (const update of updates) values[update.row][0] = update.value;
  if (updates.length > 0) workbook.writeBlock(SETTINGS_SHEET, { row: 1, col: valueCol + 1, values });
  if (appended.length > 0) workbook.writeBlock(SETTINGS_SHEET, { row: grid.length + 1, col: 1, values: appended });
  return outcome('Численность педагогов и обучающихся', [
    `В «Настройки» вписана численность педагогов и обучающихся: организаций — ${ctx.data.organizations.length} (учебные данные)`,
  ]);
}
