import type { Cell } from '../cell';
import type { WorkbookPort } from '../ports';
import { type Chart, chartNumberFormat, chartTable, hasData } from './chart';

/** Rows a drawn chart covers (about 18 default rows), so that stacked charts never overlap. */
export const CHART_ROWS = 20;
const TABLE_BACKGROUND = '#dbe8f7';

export interface PlacedCharts {
  /** Rows used from `firstRow` (tables and the charts beside them). */
  rows: number;
  /** Charts the workbook drew (an adapter that cannot draw returns false). */
  drawn: number;
  shown: number;
  /** Titles of the charts left out (and removed) because they have nothing to draw. */
  omitted: string[];
}

/**
 * Writes each chart's table at `col` from `firstRow` down (one write per chart) and the chart
 * beside it at `anchorCol`; a chart with nothing to draw is left out. The table is the chart's
 * data in Google Sheets and in Excel/LibreOffice alike, and what a reader without charts reads.
 */
export function placeCharts(
  workbook: WorkbookPort,
  sheet: string,
  charts: readonly Chart[],
  at: { firstRow: number; col: number; anchorCol: number },
): PlacedCharts {
  let row = at.firstRow;
  let drawn = 0;
  let shown = 0;
  // A chart whose data is gone (no plan, no answers yet) is removed, not left showing old figures.
  for (const chart of charts.filter((chart) => !hasData(chart))) workbook.removeChart?.(sheet, chart.id);
  for (const chart of charts.filter(hasData)) {
    const values = chartTable(chart);
    const format = chartNumberFormat(chart);
    const width = values[0].length;
    workbook.writeBlock(sheet, {
      row,
      col: at.col,
      values,
      fontWeights: values.map((_, r) => values[0].map(() => (r === 0 ? 'bold' : null))),
      backgrounds: values.map((_, r) => values[0].map(() => (r === 0 ? TABLE_BACKGROUND : null))),
      numberFormats: values.map((line: Cell[]) => line.map((cell) => (typeof cell === 'number' ? format : null))),
    });
    const range = { row, col: at.col, rows: values.length, cols: width };
    if (workbook.upsertChart(sheet, { chart, range, anchor: { row, col: at.anchorCol } })) drawn += 1;
    shown += 1;
    row += Math.max(values.length + 2, CHART_ROWS);
  }
  const omitted = charts.filter((chart) => !hasData(chart)).map((chart) => chart.title);
  return { rows: row - at.firstRow, drawn, shown, omitted };
}
