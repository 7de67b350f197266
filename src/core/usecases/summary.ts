import { placeCharts } from '../charts/place-charts';
import { roadmapChart } from '../charts/program-charts';
import type { IndicatorTable } from '../indicators/indicator-table';
import type { Env } from '../ports';
import type { ProgramModel } from '../program/model';
import { buildSummary, SUMMARY_SHEET } from '../summary/summary-sheet';

/**
 * «Сводка» for the director: one narrow screen of the model's aggregates, rewritten whole each
 * time (it holds no user input). One write, one format.
 */
export function writeSummary(env: Env, model: ProgramModel, table: IndicatorTable): void {
  const { workbook } = env;
  const { settings } = model;
  const block = buildSummary({
    programName: settings.text('organizationName') || settings.text('municipality'),
    model,
    table,
  });
  const created = workbook.ensureSheet(SUMMARY_SHEET);
  const previous = created ? 0 : (workbook.readSheet(SUMMARY_SHEET)?.length ?? 0);
  workbook.writeBlock(SUMMARY_SHEET, { row: 1, col: 1, ...block, wrap: true });
  if (previous > block.values.length) workbook.clearRows(SUMMARY_SHEET, block.values.length + 1, previous);
  placeCharts(workbook, SUMMARY_SHEET, [roadmapChart(model.roadmap)], {
    firstRow: block.values.length + 2,
    col: 1,
    anchorCol: 4,
  });
  workbook.formatSheet(SUMMARY_SHEET, {
    hideGridlines: true,
    frozenRows: 1,
    columns: [
      { col: 1, width: 210 },
      { col: 2, width: 130 },
    ],
    tabColor: '#3c78d8',
  });
}
