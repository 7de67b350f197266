import { cellText, type Grid } from '../cell';
import { indicatorColumns, planKey, tablePart } from '../indicators/indicators-table';
import { mapHeader, rowRecord } from '../sheet/header-map';
import type { ColumnSpec } from '../sheet/layout';
import { parseNumber } from '../text/parse';
import type { IndicatorLine } from './generate';

/** The indicators as the curator sees them on «Показатели» (their plans, their manual rows). */
export function indicatorLines(grid: Grid | null, year: number): IndicatorLine[] {
  const table = tablePart(grid);
  if (!table || table.length < 2) return [];
  const map = mapHeader(table[0], indicatorColumns([year]) as ColumnSpec[]);
  const number = (value: unknown) => {
    const parsed = parseNumber((value ?? null) as never);
    return parsed.ok ? parsed.value : null;
  };
  return table
    .slice(1)
    .map((row) => rowRecord(row, map))
    .filter((r) => cellText(r.code ?? null) !== '' || cellText(r.name ?? null) !== '')
    .map((r) => ({
      code: cellText(r.code ?? null),
      name: cellText(r.name ?? null),
      unit: cellText(r.unit ?? null),
      fact: number(r.fact),
      plan: number(r[planKey(year)]),
      status: cellText(r.status ?? null),
    }));
}
