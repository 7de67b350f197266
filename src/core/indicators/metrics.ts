import { MENTEES_SHEET, MENTORS_SHEET } from '../bases/layouts';
import { PAIRS_SHEET } from '../pairs/register-layout';
import { ANSWERS_SHEET } from '../survey/answers-layout';
import type { MetricId } from './catalogue';
import type { Denominator, MissingSetting } from './denominators';
import type { PairUnit } from './program-data';
import { counted, isPupil, isTeacher, type Scope, type ScopeContext } from './scope';
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

const live = (units: readonly PairUnit[]) => units.filter((u) => u.status !== 'расторгнута');
/** A unit's mentors as people (a mentor team's members). */
const mentorsOf = (u: PairUnit): string[] => u.mentorIds ?? [u.mentorId];

function share(numerator: number, numeratorSource: string, denominator: Denominator): Measurement {
  // no sums without the denominator: a roll-up cannot add what is not known
  if (denominator.value === null)
    return {
      value: null,
      source: `${numeratorSource}; ${denominator.source}`,
      missing: denominator.missing,
      people: null,
    };
  const additive = { numerator, denominator: denominator.value, scale: 100 };
  if (denominator.value === 0)
    return {
      value: null,
      source: `${numeratorSource}; знаменатель равен 0 (${denominator.source})`,
      missing: [],
      people: 0,
      additive,
    };
  return {
    value: (numerator / denominator.value) * 100,
    source: `${numeratorSource}; ${denominator.source}`,
    missing: [],
    people: denominator.value,
    additive,
  };
}

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

function pairedMenteeIds(scope: Scope): Set<string> {
  return new Set(live(scope.units).flatMap((u) => u.menteeIds));
}

function unitRows(units: readonly PairUnit[]): number[] {
  return units.flatMap((u) => u.rows);
}

function involvement(
  scope: Scope,
  isInGroup: (category: string) => boolean,
  denominator: Denominator,
  who: string,
): Measurement {
  const units = live(scope.units);
  const ids = new Set([...units.flatMap((u) => u.menteeIds), ...units.flatMap(mentorsOf)]);
  const people = [...counted(scope.mentors), ...counted(scope.mentees)].filter(
    (p) => ids.has(p.id) && isInGroup(p.category),
  );
  const mentorRows = people.filter((p) => p.role === 'mentor').map((p) => p.row);
  const menteeRows = people.filter((p) => p.role === 'mentee').map((p) => p.row);
  return share(
    people.length,
    `${who} в парах: ${people.length} (${sheetRows(MENTORS_SHEET, mentorRows)}; ${sheetRows(MENTEES_SHEET, menteeRows)})`,
    denominator,
  );
}

export const METRICS: Record<MetricId, Metric> = {
  teacherMentorsShare: ({ scope }) => {
    const teachers = counted(scope.mentors).filter((m) => isTeacher(m.category));
    return share(
      teachers.length,
      `наставников-педагогов: ${teachers.length} (${sheetRows(
        MENTORS_SHEET,
        teachers.map((m) => m.row),
      )})`,
      scope.teachersTotal,
    );
  },
  youngMentorsShare: ({ scope, context }) => {
    const young = new Set(
      counted(scope.mentees)
        .filter(context.isYoungSpecialist)
        .map((m) => m.id),
    );
    const mentorIds = new Set(
      live(scope.units)
        .filter((u) => u.menteeIds.some((id) => young.has(id)))
        .flatMap(mentorsOf),
    );
    const mentors = counted(scope.mentors).filter((m) => mentorIds.has(m.id));
    return share(
      mentors.length,
      `наставников молодых специалистов: ${mentors.length} (${sheetRows(
        MENTORS_SHEET,
        mentors.map((m) => m.row),
      )})`,
      scope.teachersTotal,
    );
  },
  youngWithMentorShare: ({ scope, context }) => {
    const young = counted(scope.mentees).filter(context.isYoungSpecialist);
    const paired = pairedMenteeIds(scope);
    const withMentor = young.filter((m) => paired.has(m.id));
    return ratio(
      withMentor.length,
      young.length,
      `${withMentor.length} из ${young.length} молодых специалистов в паре (${sheetRows(
        MENTEES_SHEET,
        withMentor.map((m) => m.row),
      )}; все: ${sheetRows(
        MENTEES_SHEET,
        young.map((m) => m.row),
      )})`,
      'в базе наставляемых нет молодых специалистов',
    );
  },
  menteesWithPairShare: ({ scope }) => {
    const mentees = counted(scope.mentees);
    const paired = pairedMenteeIds(scope);
    const withPair = mentees.filter((m) => paired.has(m.id));
    return ratio(
      withPair.length,
      mentees.length,
      `${withPair.length} из ${mentees.length} наставляемых в паре (${sheetRows(PAIRS_SHEET, unitRows(live(scope.units)))}; ${sheetRows(
        MENTEES_SHEET,
        mentees.map((m) => m.row),
      )})`,
      'в базе наставляемых нет строк без ошибок',
    );
  },
  menteesWithoutPair: ({ scope }) => {
    const paired = pairedMenteeIds(scope);
    const without = counted(scope.mentees).filter((m) => !paired.has(m.id));
    return {
      value: without.length,
      source: `без пары: ${sheetRows(
        MENTEES_SHEET,
        without.map((m) => m.row),
      )}`,
      missing: [],
      people: without.length,
      additive: count(without.length),
    };
  },
  pairsCount: ({ scope }) => {
    const pairs = live(scope.units).filter((u) => !u.isGroup);
    return {
      value: pairs.length,
      source: sheetRows(PAIRS_SHEET, unitRows(pairs)),
      missing: [],
      people: null,
      additive: count(pairs.length),
    };
  },
  groupsCount: ({ scope }) => {
    const groups = live(scope.units).filter((u) => u.isGroup);
    return {
      value: groups.length,
      source: `${plural(groups.length, 'группа', 'группы', 'групп')}, ${plural(
        groups.reduce((n, g) => n + g.menteeIds.length, 0),
        'наставляемый',
        'наставляемых',
        'наставляемых',
      )} (${sheetRows(PAIRS_SHEET, unitRows(groups))})`,
      missing: [],
      people: null,
      additive: count(groups.length),
    };
  },
  completedShare: ({ scope }) => {
    const done = scope.units.filter((u) => u.status === 'завершена');
    return ratio(
      done.length,
      scope.units.length,
      `${done.length} из ${scope.units.length} пар и групп завершены (${sheetRows(PAIRS_SHEET, unitRows(done))})`,
      'в «Парах» нет пар',
    );
  },
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
  pupilInvolvement: ({ scope }) => involvement(scope, isPupil, scope.pupilsTotal, 'обучающихся'),
  teacherInvolvement: ({ scope }) => involvement(scope, isTeacher, scope.teachersTotal, 'педагогов'),
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
