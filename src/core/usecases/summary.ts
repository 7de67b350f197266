import type { IndicatorsResult } from './indicators';
import type { ProgramInput } from '../indicators/load';
import type { Env } from '../ports';
import { roadmapProgress } from '../roadmap/progress';
import { ROADMAP_SHEET } from '../roadmap/roadmap-layout';
import { buildSummary, SUMMARY_SHEET } from '../summary/summary-sheet';

/**
 * «Сводка» for the director: one narrow screen of aggregates, rewritten whole each time
 * (it holds no user input). One read of «Дорожная карта», one write, one format.
 */
export function writeSummary(env: Env, input: ProgramInput, result: IndicatorsResult): void {
  const { workbook } = env;
  const { settings } = input;
  const roadmapGrid = workbook.sheetNames().includes(ROADMAP_SHEET) ? workbook.readSheet(ROADMAP_SHEET) : null;
  const block = buildSummary({
    programName: settings.text('organizationName') || settings.text('municipality'),
    academicYear: result.year,
    now: env.clock.now(),
    organizations: result.context.organizations.length,
    scope: result.scope,
    rows: result.rows,
    measurements: result.measurements,
    roadmap: roadmapGrid ? roadmapProgress(roadmapGrid, env.clock.now()) : null,
  });
  const created = workbook.ensureSheet(SUMMARY_SHEET);
  const previous = created ? 0 : (workbook.readSheet(SUMMARY_SHEET)?.length ?? 0);
  workbook.writeBlock(SUMMARY_SHEET, { row: 1, col: 1, ...block, wrap: true });
  if (previous > block.values.length) workbook.clearRows(SUMMARY_SHEET, block.values.length + 1, previous);
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
