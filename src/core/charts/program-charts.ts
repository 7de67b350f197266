import type { FinishedRow } from '../indicators/indicators-table';
import { academicYearLabel, planHeader } from '../indicators/indicators-table';
import { figureOf, type ProgramModel } from '../program/model';
import type { PeriodKind } from '../program/period';
import { isTooFew } from '../program/privacy';
import type { RoadmapProgress } from '../roadmap/progress';
import type { Chart } from './chart';
import { roundTo } from '../indicators/source-text';

/**
 * The charts of the programme, each from figures the model (or the indicator table printed
 * from it) already holds. Groups about 1–2 people are left out, as everywhere director-facing.
 */

/** Percent indicators with a plan and a fact: plan vs fact of the current academic year. */
export function planFactChart(rows: readonly FinishedRow[], year: number, kind: PeriodKind = 'academic'): Chart {
  const shown = rows.filter((row) => row.unit === '%' && row.fact !== null && row.plan !== null);
  return {
    id: 'nastavnik-plan-fact',
    title: `Показатели: план и факт ${academicYearLabel(year, kind)}, %`,
    kind: 'bar',
    categoryTitle: 'Показатель',
    categories: shown.map((row) => `${row.code} ${row.name}`),
    series: [
      { name: planHeader(year, kind), values: shown.map((row) => row.plan) },
      { name: 'Факт', values: shown.map((row) => row.fact) },
    ],
    unit: '%',
  };
}

/** Pairs and groups of each form (counts of units, never of people: no privacy floor). */
export function pairsByFormChart(model: ProgramModel): Chart {
  const count = (metric: 'pairsCount' | 'groupsCount') => model.forms.map((form) => figureOf(form, metric).value ?? 0);
  return {
    id: 'nastavnik-pairs-by-form',
    title: 'Пары и группы по формам наставничества',
    kind: 'bar',
    categoryTitle: 'Форма наставничества',
    categories: model.forms.map((form) => form.label),
    series: [
      { name: 'Пар', values: count('pairsCount') },
      { name: 'Групп', values: count('groupsCount') },
    ],
    unit: 'count',
  };
}

/** Mean score at entry and at exit by form (1–10), for forms with at least 3 participants answering both. */
export function dynamicsChart(model: ProgramModel): Chart {
  const forms = model.forms.filter((form) => form.dynamics !== null && !isTooFew(form.dynamics.participants));
  return {
    id: 'nastavnik-dynamics',
    title: 'Динамика «вход — выход»: средний балл по формам',
    kind: 'column',
    categoryTitle: 'Форма наставничества',
    categories: forms.map((form) => form.label),
    series: [
      { name: 'На входе', values: forms.map((form) => shown(form.dynamics?.entryMean)) },
      { name: 'На выходе', values: forms.map((form) => shown(form.dynamics?.exitMean)) },
    ],
    unit: 'score',
  };
}

/** A mean as the sheets print figures: one decimal (a table cell survives any program's save unchanged). */
function shown(value: number | undefined): number | null {
  return value === undefined ? null : roundTo(value);
}

/** Events of the roadmap by state. */
export function roadmapChart(progress: RoadmapProgress): Chart {
  const states: Array<[string, number]> = [
    ['Выполнено', progress.done],
    ['В работе', progress.inProgress],
    ['Просрочено', progress.overdue],
    ['Предстоит', progress.upcoming],
  ];
  return {
    id: 'nastavnik-roadmap',
    title: `Дорожная карта: выполнено ${progress.donePercent} %`,
    kind: 'bar',
    categoryTitle: 'Мероприятия',
    categories: progress.total === 0 ? [] : states.map(([label]) => label),
    series: [{ name: 'Мероприятий', values: progress.total === 0 ? [] : states.map(([, n]) => n) }],
    unit: 'count',
  };
}
