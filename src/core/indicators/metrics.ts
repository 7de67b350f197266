import { ANSWERS_SHEET } from '../survey/answers-layout';
import { INDICATORS, type MetricId } from './catalogue';
import type { MissingSetting } from './denominators';
import { DEFAULT_WORDING, evaluateRule, type IndicatorRule, parseRule, type RuleWording } from './rules';
import type { Scope, ScopeContext } from './scope';
import { formatNumber, plural, sheetRows } from './source-text';
import { growthOf, type ItemIndex, pairedAnswers, participantMean, satisfactionAnswers } from './survey-stats';

/** A computed fact with its trace: which rows and settings it came from. */
export interface Measurement {
  value: number | null;
  source: string;
  missing: MissingSetting[];
  /**
   * How many people the figure describes (a share's base, a mean's respondents), or null when it
   * counts pairs, not people. Director-facing outputs mask figures about fewer than 3 people.
   */
  people: number | null;
  /**
   * The figure as a sum that adds up over disjoint parts (schools): value = numerator (a count) or
   * numerator / denominator × scale. A roll-up of schools' figures adds these, so that its total
   * is the figure of all the schools' rows at once, never an average of their rates.
   */
  additive?: Additive;
}

export interface Additive {
  numerator: number;
  /** null: the figure is the numerator itself (a count). */
  denominator: number | null;
  scale: number;
}

export interface MetricInput {
  scope: Scope;
  context: ScopeContext;
  items: ItemIndex;
}

type Metric = (input: MetricInput) => Measurement;

function ratio(numerator: number, denominator: number, source: string, emptyReason: string): Measurement {
  const additive = { numerator, denominator, scale: 100 };
  if (denominator === 0) return { value: null, source: `нет данных: ${emptyReason}`, missing: [], people: 0, additive };
  return { value: (numerator / denominator) * 100, source, missing: [], people: denominator, additive };
}

const count = (value: number): Additive => ({ numerator: value, denominator: null, scale: 1 });
/** A mean over people: the sum of their personal means over how many they are. */
const meanOf = (value: number | null, people: number): Additive => ({
  numerator: value === null ? 0 : value * people,
  denominator: people,
  scale: 1,
});

/**
 * A built-in count or share over the bases: the catalogue's rule, read once, computed by the
 * same engine as the curator's rules on «Правила показателей».
 */
function byRule(id: MetricId): Metric {
  let parsed: { rule: IndicatorRule; wording: RuleWording } | null = null;
  return (input) => {
    parsed ??= builtInRule(id);
    return evaluateRule(parsed.rule, input, parsed.wording);
  };
}

function builtInRule(id: MetricId): { rule: IndicatorRule; wording: RuleWording } {
  const spec = INDICATORS.find((s) => s.metric === id);
  if (!spec?.rule) throw new Error(`Показатель ${id}: нет правила в каталоге`);
  const parsed = parseRule(spec.rule);
  if (!parsed.ok) throw new Error(`Показатель ${spec.code}: правило каталога не прочитано — ${parsed.message}`);
  return {
    rule: parsed.rule,
    wording: { template: spec.rule.wording, empty: spec.rule.empty ?? DEFAULT_WORDING.empty },
  };
}

export const METRICS: Record<MetricId, Metric> = {
  teacherMentorsShare: byRule('teacherMentorsShare'),
  youngMentorsShare: byRule('youngMentorsShare'),
  youngWithMentorShare: byRule('youngWithMentorShare'),
  menteesWithPairShare: byRule('menteesWithPairShare'),
  menteesWithoutPair: byRule('menteesWithoutPair'),
  pairsCount: byRule('pairsCount'),
  groupsCount: byRule('groupsCount'),
  completedShare: byRule('completedShare'),
  satisfactionMean: ({ scope, items }) => {
    const mean = participantMean(satisfactionAnswers(scope.answers, items));
    if (mean.mean === null)
      return {
        value: null,
        source: 'нет данных: в «Ответах» нет ответов на вопросы удовлетворённости',
        missing: [],
        people: 0,
        additive: meanOf(null, 0),
      };
    return {
      value: mean.mean,
      source: `${plural(mean.respondents, 'участник', 'участника', 'участников')}, ${plural(mean.count, 'ответ', 'ответа', 'ответов')}; среднее по участникам (${sheetRows(ANSWERS_SHEET, mean.rows)})`,
      missing: [],
      people: mean.respondents,
      additive: meanOf(mean.mean, mean.respondents),
    };
  },
  growthMean: ({ scope, items }) => {
    const growth = growthOf(pairedAnswers(scope.answers, items));
    if (growth.meanGrowth === null)
      return {
        value: null,
        source: 'нет данных: нет участников, ответивших на одни и те же вопросы на входе и на выходе',
        missing: [],
        people: 0,
        additive: meanOf(null, 0),
      };
    return {
      value: growth.meanGrowth,
      source: `${plural(growth.participants, 'участник', 'участника', 'участников')} (${sheetRows(ANSWERS_SHEET, growth.rows)})`,
      missing: [],
      people: growth.participants,
      additive: meanOf(growth.meanGrowth, growth.participants),
    };
  },
  improvedShare: ({ scope, items }) => {
    const growth = growthOf(pairedAnswers(scope.answers, items));
    return ratio(
      growth.improved,
      growth.participants,
      `${growth.improved} из ${growth.participants} участников с приростом (${sheetRows(ANSWERS_SHEET, growth.rows)})`,
      'нет участников, ответивших на входе и на выходе',
    );
  },
  pupilInvolvement: byRule('pupilInvolvement'),
  teacherInvolvement: byRule('teacherInvolvement'),
  newManagersWithMentorShare: byRule('newManagersWithMentorShare'),
};

/** A measurement as text for summaries: «85,3 %», «нет данных». */
export function measurementText(measurement: Measurement, unit: string): string {
  if (measurement.value === null) return 'нет данных';
  return unit === '%' ? `${formatNumber(measurement.value)} %` : formatNumber(measurement.value);
}

/**
 * The figure of several disjoint parts (schools) from their additive sums: what the same metric
 * gives over all their rows at once. No data when a part lacks its sums (a missing headcount).
 */
export function combineMeasurements(parts: readonly Measurement[], label: string): Measurement {
  const sums = parts.map((part) => part.additive);
  if (parts.length === 0 || sums.some((sum) => sum === undefined))
    return {
      value: null,
      source: `нет данных: не у всех частей есть это число (${label})`,
      missing: parts.flatMap((part) => part.missing),
      people: null,
    };
  const known = sums as Additive[];
  const numerator = known.reduce((total, sum) => total + sum.numerator, 0);
  const people = parts.every((part) => part.people === null)
    ? null
    : parts.reduce((total, part) => total + (part.people ?? 0), 0);
  if (known.every((sum) => sum.denominator === null))
    return { value: numerator, source: `сумма: ${label}`, missing: [], people, additive: count(numerator) };
  const denominator = known.reduce((total, sum) => total + (sum.denominator ?? 0), 0);
  const additive = { numerator, denominator, scale: known[0].scale };
  if (denominator === 0)
    return { value: null, source: `нет данных: знаменатель равен 0 (${label})`, missing: [], people: 0, additive };
  return {
    value: (numerator / denominator) * additive.scale,
    source: `${formatNumber(numerator)} из ${formatNumber(denominator)}: ${label}`,
    missing: [],
    people,
    additive,
  };
}
