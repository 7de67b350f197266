import type { Mentee, Mentor } from '../bases/participant';
import type { Catalogues } from '../catalogues/catalogues';
import { INDICATORS, type MetricId } from '../indicators/catalogue';
import { METRICS, type Measurement } from '../indicators/metrics';
import type { PairUnit } from '../indicators/program-data';
import {
  counted,
  formScope,
  organizationScope,
  programScope,
  type Scope,
  type ScopeContext,
  scopeContext,
} from '../indicators/scope';
import { growthOf, type ItemIndex, pairedAnswers } from '../indicators/survey-stats';
import type { RoadmapProgress } from '../roadmap/progress';
import type { ScopeOrganization } from '../indicators/denominators';
import type { OrganizationDirectory } from '../organizations/directory';
import type { Settings } from '../settings/settings';
import { textKey } from '../text/normalize';
import { type ItemStats, itemStats } from './item-stats';
import { type KindRow, kindBreakdown } from './kinds';
import type { Population } from './population';
import { withoutPairOf } from './without-pair';
import { evaluateRule } from '../indicators/rules';
import type { SheetRule } from '../indicators/rules-sheet';

/** A part of the programme with every figure of the catalogue computed once. */
export interface ProgramView {
  kind: 'all' | 'organization' | 'form';
  label: string;
  /** For an organization's view: its key and names from «Организации». */
  organization?: ScopeOrganization;
  scope: Scope;
  figures: ReadonlyMap<MetricId, Measurement>;
}

export interface FormView extends ProgramView {
  /** Mentees in active and completed pairs and groups of the form. */
  menteesInPairs: number;
  roleModels: ProgramView[];
  /** Entry → exit of the form's participants (the same definition as the programme's). */
  dynamics: ProgramDynamics | null;
}

export interface MentorLoad {
  mentor: Mentor;
  load: number;
  limit: number;
}

export interface ProgramDynamics {
  participants: number;
  entryMean: number;
  exitMean: number;
  /** 0–1. */
  improvedShare: number;
}

/**
 * The programme as every sheet and document sees it, computed once per run. «Показатели»,
 * «Сводка», the analytic report, SWOT and the panel print its figures; none recomputes them.
 */
export interface ProgramModel {
  settings: Settings;
  year: number;
  now: Date;
  population: Population;
  /** Rows in the bases, whatever their consent (the report says how many were left out). */
  basesRows: { mentors: number; mentees: number };
  context: ScopeContext;
  items: ItemIndex;
  all: ProgramView;
  organizations: ProgramView[];
  forms: FormView[];
  units: { active: number; completed: number; terminated: number };
  /** The one definition of «без пары» (П-05): counted mentees without an active or completed pair. */
  withoutPair: Mentee[];
  mentorLoads: MentorLoad[];
  dynamics: ProgramDynamics | null;
  /** Item-level means and entry → exit of the population's answers (what SWOT prints). */
  itemStats: ItemStats;
  roadmap: RoadmapProgress;
  /** Pairs and groups by «Вид наставничества» (program/kinds.ts); empty when «Пары» names no kind. */
  kinds: KindRow[];
  /** The curator's rules («Правила показателей»), each computed once over the whole programme. */
  ruleFigures: RuleFigure[];
}

export interface RuleFigure {
  rule: SheetRule;
  measurement: Measurement;
}

export interface ModelInput {
  settings: Settings;
  catalogues: Catalogues;
  population: Population;
  basesRows: { mentors: number; mentees: number };
  items: ItemIndex;
  roadmap: RoadmapProgress;
  now: Date;
  /** «Организации»: names, spellings and headcounts (an empty directory when the sheet is absent). */
  directory?: OrganizationDirectory;
  /** «Правила показателей» as read (none when the sheet is absent). */
  rules?: readonly SheetRule[];
}

const ALL_METRICS = [...new Set(INDICATORS.map((spec) => spec.metric))];

function view(kind: ProgramView['kind'], scope: Scope, context: ScopeContext, items: ItemIndex): ProgramView {
  const figures = new Map(ALL_METRICS.map((metric) => [metric, METRICS[metric]({ scope, context, items })] as const));
  return { kind, label: scope.label, scope, figures };
}

export function buildProgramModel(input: ModelInput): ProgramModel {
  const { settings, catalogues, population, items } = input;
  const data = {
    mentors: population.mentors,
    mentees: population.mentees,
    teams: population.teams,
    links: population.links,
    answers: population.answers,
  };
  const context = scopeContext(data, settings, catalogues, input.directory);
  const allScope = programScope(context);
  const all = view('all', allScope, context, items);
  const organizations = context.organizations.map((org) => ({
    ...view('organization', organizationScope(context, org, allScope), context, items),
    organization: org,
  }));
  const forms = distinct(allScope.units.map((u) => u.form)).map((form): FormView => {
    const scope = formScope(allScope, form);
    return {
      ...view('form', scope, context, items),
      menteesInPairs: new Set(live(scope.units).flatMap((u) => u.menteeIds)).size,
      roleModels: distinct(scope.units.map((u) => u.roleModel)).map((model) =>
        view('form', formScope(allScope, form, model), context, items),
      ),
      dynamics: dynamicsOf(scope, items),
    };
  });
  return {
    settings,
    year: settings.number('academicYear'),
    now: input.now,
    population,
    basesRows: input.basesRows,
    context,
    items,
    all,
    organizations,
    forms,
    units: unitCounts(allScope.units),
    withoutPair: withoutPairOf(allScope.mentees, allScope.units),
    mentorLoads: mentorLoads(allScope, settings.number('mentorLoadLimit')),
    dynamics: dynamicsOf(allScope, items),
    itemStats: itemStats(allScope.answers, items),
    roadmap: input.roadmap,
    ruleFigures: (input.rules ?? []).map((rule) => ({
      rule,
      measurement: rule.rule
        ? evaluateRule(rule.rule, { scope: allScope, context, items })
        : {
            value: null,
            source: `нет данных: правило в «Правилах показателей», строка ${rule.row}, не прочитано (${rule.error}) — см. «Проблемы»`,
            missing: [],
            people: null,
          },
    })),
    kinds: kindBreakdown(allScope.units, catalogues),
  };
}

const live = (units: readonly PairUnit[]) => units.filter((u) => u.status !== 'расторгнута');

function distinct(values: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const value of values) if (value !== '' && !seen.has(textKey(value))) seen.set(textKey(value), value);
  return [...seen.values()];
}

function unitCounts(units: readonly PairUnit[]): ProgramModel['units'] {
  const count = (status: PairUnit['status']) => units.filter((u) => u.status === status).length;
  return { active: count('активна'), completed: count('завершена'), terminated: count('расторгнута') };
}

function mentorLoads(scope: Scope, commonLimit: number): MentorLoad[] {
  const load = new Map<string, number>();
  for (const unit of scope.units.filter((u) => u.status === 'активна'))
    for (const id of unit.mentorIds ?? [unit.mentorId]) load.set(id, (load.get(id) ?? 0) + unit.menteeIds.length);
  return counted(scope.mentors).map((mentor) => ({
    mentor,
    load: load.get(mentor.id) ?? 0,
    limit: mentor.loadLimit ?? commonLimit,
  }));
}

function dynamicsOf(scope: Scope, items: ItemIndex): ProgramDynamics | null {
  const paired = pairedAnswers(scope.answers, items);
  const growth = growthOf(paired);
  if (growth.participants === 0) return null;
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  return {
    participants: growth.participants,
    entryMean: mean(paired.map((p) => p.entry.number as number)),
    exitMean: mean(paired.map((p) => p.exit.number as number)),
    improvedShare: growth.improved / growth.participants,
  };
}

/** A figure of a view (every metric of the catalogue is computed for every view). */
export function figureOf(view: ProgramView, metric: MetricId): Measurement {
  return view.figures.get(metric) as Measurement;
}
