import { type Cell, cellText } from '../cell';
import type { Problem } from '../problems/problem';
import type { ReadBase } from './read-bases';

/** The «ID» column of a base, rewritten whole in one write (only empty or repeated ids change). */
export interface IdColumnWrite {
  sheet: string;
  /** 1-based column of «ID». */
  col: number;
  /** Values for sheet rows 2…(1 + values.length). */
  values: Cell[][];
}

/**
 * Gives every participant row a stable id: keeps the ids already in the sheet, assigns
 * `<prefix>-0001`-style ids after the largest existing number to empty or repeated cells.
 */
export function assignIds(
  base: ReadBase,
  sheet: string,
  prefix: string,
  problems: Problem[],
  writes: IdColumnWrite[],
): Map<number, string> {
  const idCol = base.map.index.get('id');
  const ids = new Map<number, string>();
  const seen = new Set<string>();
  const pattern = new RegExp(`^${prefix}-(\\d+)$`);
  let next = 1;
  for (const row of base.rows) {
    const match = pattern.exec(cellText(idCol === undefined ? null : base.grid[row.row - 1][idCol]));
    if (match) next = Math.max(next, Number(match[1]) + 1);
  }
  let changed = false;
  for (const row of base.rows) {
    const current = idCol === undefined ? '' : cellText(base.grid[row.row - 1][idCol]);
    if (current !== '' && !seen.has(current)) {
      seen.add(current);
      ids.set(row.row, current);
      continue;
    }
    if (current !== '') {
      problems.push({
        sheet,
        row: row.row,
        column: 'ID',
        value: current,
        message: 'Этот ID уже есть выше (строка скопирована?): присвоен новый',
        severity: 'warning',
      });
    }
    const id = `${prefix}-${String(next++).padStart(4, '0')}`;
    seen.add(id);
    ids.set(row.row, id);
    changed = true;
  }
  if (changed && idCol !== undefined) {
    const height = base.grid.length - 1;
    const values: Cell[][] = [];
    for (let r = 2; r <= height + 1; r++) values.push([ids.get(r) ?? base.grid[r - 1][idCol] ?? null]);
    writes.push({ sheet, col: idCol + 1, values });
  }
  return ids;
}
