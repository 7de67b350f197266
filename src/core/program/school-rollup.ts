/**
 * A municipality's roll-up of its schools' own workbooks: each school's programme-wide figures
 * (the same model a school's «Показатели» prints) become a row; the total adds the figures'
 * additive sums, so it equals the metric over all the schools' rows at once. Only aggregates
 * cross from a school to the department — no names, no rows.
 */
import { INDICATORS, type MetricId } from '../indicators/catalogue';
import { combineMeasurements, type Measurement } from '../indicators/metrics';
import type { OrganizationDirectory } from '../organizations/directory';
import type { Organization } from '../organizations/organization';
import { organizationKey } from '../organizations/organization-key';
import type { ComparedUnit } from './comparison';
import type { ProgramModel } from './model';

const ALL_METRICS = [...new Set(INDICATORS.map((spec) => spec.metric))];

/** What a school's workbook says about itself, before matching it to «Организации». */
export interface SchoolReport {
  /** File name or link, as the user knows it. */
  label: string;
  /** The name the workbook gives itself (its only organization, or «Настройки» → organization). */
  name: string;
  /** The day the school's figures are of, as it wrote them. */
  date?: string;
  figures: ReadonlyMap<MetricId, Measurement>;
}

/**
 * The school a workbook is the programme of, and its figures: the organization of its
 * «Организации» (a school's book lists itself), else the one «Настройки» names, else its only
 * organization. Its figures are that organization's view — what the municipal workbook shows for
 * the school — so a network mentor from another school, kept in the school's base for its pairs,
 * counts for his own school, not this one.
 */
export function ownSchool(
  model: ProgramModel,
): { name: string; figures: ReadonlyMap<MetricId, Measurement> } | { problem: string } {
  const own = model.settings.text('organizationName');
  const listed = model.organizations.filter((view) => view.organization?.record);
  const named =
    own === '' ? undefined : model.organizations.find((view) => view.organization?.key === organizationKey(own));
  const view =
    listed.length === 1
      ? listed[0]
      : (named ?? (model.organizations.length === 1 ? model.organizations[0] : undefined));
  if (view) return { name: view.organization?.record?.name ?? view.label, figures: view.figures };
  if (model.organizations.length === 0 && own !== '') return { name: own, figures: model.all.figures };
  if (model.organizations.length === 0)
    return { problem: 'в книге нет ни участников, ни названия организации в «Настройках»' };
  return {
    problem: `в книге ${model.organizations.length} организаций, и ни одна не названа в «Настройках» → «Организация» — это не книга одной школы (сводная книга?)`,
  };
}

export type SchoolState =
  | { kind: 'counted'; label: string; date?: string }
  | { kind: 'absent'; reason: string }
  | { kind: 'problem'; label: string; reason: string };

export interface RollupRow {
  organization: Organization;
  state: SchoolState;
}

export interface Rollup {
  units: ComparedUnit[];
  total: ReadonlyMap<MetricId, Measurement>;
  /** Every organization of «Организации», in its order, with what came of its workbook. */
  schools: RollupRow[];
  /** Workbooks that could not be read or matched to an organization. */
  unmatched: Array<{ label: string; reason: string }>;
}

export interface RollupInput {
  directory: OrganizationDirectory;
  reports: ReadonlyArray<SchoolReport | { label: string; problem: string; organization?: Organization }>;
  /** Why an organization without a workbook has none («нет файла», «нет ссылки»). */
  absentReason(organization: Organization): string;
}

function noFigures(reason: string): ReadonlyMap<MetricId, Measurement> {
  return new Map(ALL_METRICS.map((metric) => [metric, { value: null, source: reason, missing: [], people: null }]));
}

export function rollUp(input: RollupInput): Rollup {
  const byRow = new Map<number, { report: SchoolReport } | { problem: string; label: string }>();
  const unmatched: Rollup['unmatched'] = [];
  for (const report of input.reports) {
    if ('problem' in report) {
      if (report.organization) byRow.set(report.organization.row, { problem: report.problem, label: report.label });
      else unmatched.push({ label: report.label, reason: report.problem });
      continue;
    }
    const found = input.directory.resolve(report.name);
    if (!found.found) {
      const hint = found.suggestion
        ? `; похоже на «${found.suggestion.name}» — впишите «${report.name}» в «Другие написания» её строки (строка ${found.suggestion.row})`
        : '; добавьте школу строкой на лист «Организации»';
      unmatched.push({ label: report.label, reason: `школы «${report.name}» нет на листе «Организации»${hint}` });
      continue;
    }
    const row = found.organization.row;
    const earlier = byRow.get(row);
    if (earlier && 'report' in earlier) {
      unmatched.push({
        label: report.label,
        reason: `вторая книга школы «${found.organization.name}» (первая — ${earlier.report.label}): учтена первая`,
      });
      continue;
    }
    byRow.set(row, { report });
  }
  const schools: RollupRow[] = [];
  const units: ComparedUnit[] = [];
  const counted: SchoolReport[] = [];
  for (const organization of input.directory.organizations) {
    const entry = byRow.get(organization.row);
    const unit = (figures: ReadonlyMap<MetricId, Measurement>) => ({
      name: organization.name,
      short: organization.short || organization.name,
      figures,
    });
    if (!entry) {
      const reason = input.absentReason(organization);
      schools.push({ organization, state: { kind: 'absent', reason } });
      units.push(unit(noFigures(`нет данных: ${reason}`)));
    } else if ('problem' in entry) {
      schools.push({ organization, state: { kind: 'problem', label: entry.label, reason: entry.problem } });
      units.push(unit(noFigures(`нет данных: ${entry.problem}`)));
    } else {
      schools.push({ organization, state: { kind: 'counted', label: entry.report.label, date: entry.report.date } });
      units.push(unit(entry.report.figures));
      counted.push(entry.report);
    }
  }
  const label = `по ${counted.length} школам`;
  const total = new Map(
    ALL_METRICS.map((metric) => [
      metric,
      combineMeasurements(
        counted.map((report) => report.figures.get(metric) as Measurement),
        label,
      ),
    ]),
  );
  return { units, total, schools, unmatched };
}
