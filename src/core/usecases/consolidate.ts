/**
 * «Свод по школам»: the municipal workbook gathers its schools' own workbooks (files offline, the
 * sheets linked in «Организации» in Google), matches each to its «Организации» row and writes the
 * comparison of their figures — the same comparison «Показатели» prints for a single municipal
 * workbook. Re-running rewrites the sheet; a school without a workbook is listed as such.
 */
import { type Cell, formatRuDate, type Grid } from '../cell';
import { BlockBuilder, comparisonRows } from '../indicators/breakdown';
import { indicatorTable } from '../indicators/indicator-table';
import { INDICATORS_SHEET } from '../indicators/indicators-table';
import type { Organization } from '../organizations/organization';
import { ORGANIZATIONS_SHEET, readDirectory } from '../organizations/organizations-sheet';
import { type Outcome, outcome } from '../outcome';
import type { Block, Env, WorkbookPort } from '../ports';
import type { Problem } from '../problems/problem';
import { writeProblems } from '../problems/problems-sheet';
import { compareUnits, plansFrom } from '../program/comparison';
import { DEPARTMENT_SHEET, readDepartmentGrid } from '../program/department-sheet';
import { loadProgramModel } from '../program/load';
import { type Rollup, rollUp, type SchoolReport } from '../program/school-rollup';

export const ROLLUP_SHEET = 'Свод по школам';
export const ROLLUP_SOURCE = 'Свод по школам';

/** One school's «Для управления» block: a file offline, an imported range in Google. */
export interface SchoolSource {
  /** How the user knows it: the file's name, the link. */
  label: string;
  /** Known beforehand when the source comes from an «Организации» row (its link). */
  organization?: Organization;
  /**
   * The school's «Для управления» block — the only thing of a school the roll-up reads (null when
   * the school has none); throws with a readable reason when the source cannot be read.
   */
  readAggregates(): Grid | null;
}

export interface ConsolidateOptions {
  /** Why an organization has no source: offline «нет файла», in Google «нет ссылки». */
  absentReason(organization: Organization): string;
}

/** A school's workbook gives the roll-up its «Для управления» sheet and nothing else. */
export function aggregatesOf(workbook: Pick<WorkbookPort, 'sheetNames' | 'readSheet'>): Grid | null {
  return workbook.sheetNames().includes(DEPARTMENT_SHEET) ? workbook.readSheet(DEPARTMENT_SHEET) : null;
}

function reportOf(
  source: SchoolSource,
): SchoolReport | { label: string; problem: string; organization?: Organization } {
  let grid: Grid | null;
  try {
    grid = source.readAggregates();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { label: source.label, problem: reason, organization: source.organization };
  }
  const read = readDepartmentGrid(grid, source.label);
  if ('problem' in read) return { label: source.label, problem: read.problem, organization: source.organization };
  const report: SchoolReport = { label: source.label, name: read.name, date: read.date, figures: read.figures };
  // a linked sheet is the school of its row, whatever it calls itself
  return source.organization ? { ...report, name: source.organization.name } : report;
}

export function consolidateSchools(env: Env, sources: readonly SchoolSource[], options: ConsolidateOptions): Outcome {
  const { workbook } = env;
  const now = env.clock.now();
  const directory = readDirectory(workbook.readSheet(ORGANIZATIONS_SHEET));
  if (directory.isEmpty)
    return outcome(ROLLUP_SHEET, [
      `На листе «${ORGANIZATIONS_SHEET}» нет организаций: впишите школы муниципалитета (полное и краткое название), чтобы сопоставить им книги школ.`,
    ]);
  // one report, not one per school: in Google each is a service call (a toast)
  env.progress.report(`Итоги школ: ${sources.length}`);
  const reports = sources.map((source) => reportOf(source));
  const rollup = rollUp({ directory, reports, absentReason: options.absentReason });
  const { model } = loadProgramModel(workbook, now);
  const plans = plansFrom(indicatorTable(model, workbook.readSheet(INDICATORS_SHEET)).rows);
  const comparison = compareUnits(rollup.units, rollup.total, plans);

  const b = new BlockBuilder();
  const title = model.settings.text('municipality') || model.settings.text('organizationName');
  const counted = rollup.schools.filter((s) => s.state.kind === 'counted').length;
  b.title(`Свод по школам${title ? `: ${title}` : ''}`);
  b.row(['', `На ${formatRuDate(now)}: учтено школ — ${counted} из ${rollup.schools.length}`], [null, null]);
  b.blank();
  comparisonRows(b, comparison, 'Итого по школам');
  b.blank();
  b.title('Книги школ');
  b.header(['', 'Организация', 'Книга', 'Состояние']);
  for (const school of rollup.schools) b.row(['', ...stateCells(school.organization, school.state)], []);
  for (const other of rollup.unmatched) b.row(['', '', other.label, other.reason], []);
  writeWhole(workbook, b.done());

  writeProblems(workbook, ROLLUP_SOURCE, problemsOf(rollup), now);
  const lines = [
    `Лист «${ROLLUP_SHEET}»: учтено школ — ${counted} из ${rollup.schools.length}.`,
    ...rollup.schools
      .filter((s) => s.state.kind !== 'counted')
      .map((s) => `${s.organization.short || s.organization.name}: ${stateCells(s.organization, s.state)[2]}`),
    ...rollup.unmatched.map((u) => `${u.label}: ${u.reason}`),
  ];
  return outcome(ROLLUP_SHEET, lines, { schools: rollup.schools.length, counted, unmatched: rollup.unmatched.length });
}

function stateCells(organization: Organization, state: Rollup['schools'][number]['state']): Cell[] {
  const name = organization.short || organization.name;
  if (state.kind === 'counted') return [name, state.label, state.date ? `учтена (данные на ${state.date})` : 'учтена'];
  if (state.kind === 'absent') return [name, '', state.reason];
  return [name, state.label, `не учтена: ${state.reason}`];
}

function problemsOf(rollup: Rollup): Problem[] {
  const problems: Problem[] = [];
  for (const school of rollup.schools)
    if (school.state.kind === 'problem')
      problems.push({
        sheet: ORGANIZATIONS_SHEET,
        row: school.organization.row,
        column: null,
        value: school.state.label,
        message: `Книга школы «${school.organization.name}» не учтена в своде: ${school.state.reason}`,
        severity: 'warning',
      });
  for (const other of rollup.unmatched)
    problems.push({
      sheet: ROLLUP_SHEET,
      row: null,
      column: null,
      value: other.label,
      message: `Книга «${other.label}» не учтена в своде: ${other.reason}`,
      severity: 'warning',
    });
  return problems;
}

/** The sheet holds nothing typed by hand: one write of the whole, then the rows left from a longer run cleared. */
function writeWhole(workbook: WorkbookPort, block: ReturnType<BlockBuilder['done']>): void {
  const created = workbook.ensureSheet(ROLLUP_SHEET);
  const previous = created ? 0 : (workbook.readSheet(ROLLUP_SHEET)?.length ?? 0);
  const write: Block = {
    row: 1,
    col: 1,
    values: block.values,
    notes: block.notes,
    fontWeights: block.fontWeights,
    backgrounds: block.backgrounds,
    numberFormats: block.numberFormats,
  };
  workbook.writeBlock(ROLLUP_SHEET, write);
  if (previous > block.values.length) workbook.clearRows(ROLLUP_SHEET, block.values.length + 1, previous);
  workbook.formatSheet(ROLLUP_SHEET, {
    frozenRows: 0,
    columns: [
      { col: 1, width: 60 },
      { col: 2, width: 260 },
    ],
  });
}
