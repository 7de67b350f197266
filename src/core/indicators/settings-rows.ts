import { type Cell, cellText, type Grid } from '../cell';
import type { WorkbookPort } from '../ports';
import type { Problem } from '../problems/problem';
import { SETTINGS_COLUMNS, SETTINGS_SHEET } from '../settings/settings';
import { mapHeader } from '../sheet/header-map';
import type { MissingSetting } from './denominators';

const SECTION = 'Показатели и SWOT';

/** Problems naming each «Настройки» row to fill, and which indicators wait for it. */
export function missingSettingProblems(
  missing: ReadonlyMap<string, { setting: MissingSetting; indicators: Set<string> }>,
): Problem[] {
  return [...missing.values()].map(({ setting, indicators }) => {
    const waiting = `без этого числа не считаются показатели ${[...indicators].join(', ')} — у них статус «нет данных»`;
    if (setting.place)
      return {
        sheet: setting.place.sheet,
        row: setting.place.row,
        column: setting.place.column,
        value: '',
        message: `Заполните «${setting.place.column}» (${setting.label}): ${waiting}`,
        severity: 'warning' as const,
      };
    return {
      sheet: SETTINGS_SHEET,
      row: null,
      column: 'Значение',
      value: '',
      message: `Заполните «${setting.label}» (ключ ${setting.key}): ${waiting}`,
      severity: 'warning' as const,
    };
  });
}

/**
 * Appends the rows that «Настройки» lacks — per-organization («teachersTotal:<организация>») or the
 * program-wide one of a workbook set up before these settings existed — with an empty value for the
 * curator to fill: one write below the last row, nothing existing is touched.
 */
export function appendSettingRows(
  workbook: WorkbookPort,
  grid: Grid | null,
  missing: readonly MissingSetting[],
): number {
  if (!grid || grid.length === 0) return 0;
  const map = mapHeader(grid[0], SETTINGS_COLUMNS);
  const keyCol = map.index.get('key');
  if (keyCol === undefined) return 0;
  const present = new Set(grid.slice(1).map((row) => cellText(row[keyCol] ?? null)));
  const wanted = [...new Map(missing.filter((m) => !m.place && !present.has(m.key)).map((m) => [m.key, m])).values()];
  if (wanted.length === 0) return 0;
  const width = grid[0].length;
  const rows: Cell[][] = wanted.map((setting) => {
    const row: Cell[] = Array(width).fill(null);
    const put = (key: string, value: Cell) => {
      const i = map.index.get(key);
      if (i !== undefined) row[i] = value;
    };
    put('section', SECTION);
    put('label', setting.label);
    put('description', 'Число для знаменателя показателей этой организации (целое)');
    put('key', setting.key);
    return row;
  });
  workbook.writeBlock(SETTINGS_SHEET, { row: grid.length + 1, col: 1, values: rows });
  return rows.length;
}
