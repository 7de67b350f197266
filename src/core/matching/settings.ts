import { Catalogues } from '../catalogues/catalogues';
import type { Settings } from '../settings/settings';
import type { SettingSpec } from '../settings/setting';

/** The «Подбор» section of «Настройки»: the mode, the weight of each criterion (0 = off), limits. */
const SECTION = 'Подбор';

export const MODE_OPTIMAL = 'оптимальный';
export const MODE_STABLE = 'по взаимному выбору';
export const MODE_GROUPS = 'группы';
export const MATCHING_MODES = [MODE_OPTIMAL, MODE_STABLE, MODE_GROUPS] as const;
export type MatchingMode = (typeof MATCHING_MODES)[number];

export const ORGANIZATION_SAME = 'своя организация';
export const ORGANIZATION_OTHER = 'другая организация (сетевое)';
export const ORGANIZATION_ANY = 'не важно';

const weight = (key: string, label: string, value: number, what: string, formerDefaults?: number[]): SettingSpec => ({
  ...(formerDefaults ? { formerDefaults } : {}),
  key,
  section: SECTION,
  label: `Вес: ${label}`,
  type: 'int',
  default: value,
  description: `${what}. 0 — критерий выключен. Баллы пары = сумма весов × степень совпадения, приведённая к 100`,
  min: 0,
  max: 100,
});

export const MATCHING_SETTINGS: SettingSpec[] = [
  {
    key: 'matchingMode',
    section: SECTION,
    label: 'Режим подбора',
    type: 'choice',
    choices: [...MATCHING_MODES],
    default: MODE_OPTIMAL,
    description:
      'оптимальный — больше всего пар с наибольшим суммарным баллом; по взаимному выбору — по листу «Предпочтения» после встречи; группы — наставник ведёт группу',
  },
  weight(
    'weightDeficits',
    'компетенции закрывают дефициты',
    35,
    'Доля дефицитов наставляемого, которые есть в компетенциях наставника',
  ),
  weight('weightSubject', 'один предмет', 20, 'Наставник и наставляемый ведут один предмет (направление)'),
  weight(
    'weightExperience',
    'разница в стаже',
    10,
    'Стаж наставника больше стажа наставляемого не меньше чем на «Минимальную разницу в стаже»',
  ),
  {
    key: 'minExperienceGap',
    section: SECTION,
    label: 'Минимальная разница в стаже (лет)',
    type: 'int',
    default: 5,
    description: 'На сколько лет стаж наставника должен превышать стаж наставляемого',
    min: 0,
    max: 40,
  },
  // As much as one subject: «своя предпочтительна» keeps a pair at home unless another school's
  // mentor is better by more than a subject match (never at the cost of a pair: the optimal mode
  // forms the most pairs first). At 5 the demo municipality paired 284 of 397 teachers across
  // schools; at 20, 36 — each for a clearly better match (docs/ARCHITECTURE.md, «Подбор»).
  weight(
    'weightOrganization',
    'организация',
    20,
    'Совпадение по организации — как задано в «Предпочтительная организация наставника» и в «Справочниках» для формы. 20 — как один предмет: наставник из другой организации выбирается, только если он подходит заметно лучше',
    [5],
  ),
  {
    key: 'organizationPreference',
    section: SECTION,
    label: 'Предпочтительная организация наставника',
    type: 'choice',
    choices: [ORGANIZATION_SAME, ORGANIZATION_OTHER, ORGANIZATION_ANY],
    default: ORGANIZATION_SAME,
    description:
      'своя — наставник из той же организации; другая — сетевое наставничество. Для форм, у которых в «Справочниках» заполнено «Форма: организация наставника», действует правило формы',
  },
  weight('weightCategory', 'категория наставляемого', 5, 'Категория наставляемого — среди желаемых наставником'),
  weight('weightAge', 'возраст наставляемого', 5, 'Возраст наставляемого — в желаемом наставником диапазоне'),
  weight('weightTime', 'удобное время', 10, 'Есть общее удобное время встреч'),
  weight('weightPreferences', 'взаимный выбор', 10, 'Выбор друг друга на листе «Предпочтения» (после встречи)'),
  {
    key: 'preferencesLimit',
    section: SECTION,
    label: 'Сколько человек можно выбрать (K)',
    type: 'int',
    default: 3,
    description: 'Учитываются первые K выборов каждого участника на листе «Предпочтения»',
    min: 1,
    max: 10,
  },
  {
    key: 'groupSizeMin',
    section: SECTION,
    label: 'Группа: не меньше (человек)',
    type: 'int',
    default: 2,
    description: 'В режиме «группы»: группа меньше этого не создаётся',
    min: 2,
    max: 30,
  },
  {
    key: 'groupSizeMax',
    section: SECTION,
    label: 'Группа: не больше (человек)',
    type: 'int',
    default: 5,
    description: 'В режиме «группы»: наибольший размер группы',
    min: 2,
    max: 30,
  },
];

export interface MatchingConfig {
  mode: MatchingMode;
  weights: Record<string, number>;
  minExperienceGap: number;
  organizationPreference: string;
  /** The organization rule of each form by its textKey, from «Справочники» (Catalogues.organizationRules). */
  formOrganizationRules: ReadonlyMap<string, string>;
  preferencesLimit: number;
  groupSizeMin: number;
  groupSizeMax: number;
  defaultLoadLimit: number;
}

export function matchingConfig(settings: Settings, catalogues: Catalogues = Catalogues.defaults()): MatchingConfig {
  const weights: Record<string, number> = {};
  for (const spec of MATCHING_SETTINGS)
    if (spec.key.startsWith('weight')) weights[spec.key] = settings.number(spec.key);
  const min = settings.number('groupSizeMin');
  const max = settings.number('groupSizeMax');
  return {
    mode: (MATCHING_MODES.find((mode) => mode === settings.text('matchingMode')) ?? MODE_OPTIMAL) as MatchingMode,
    weights,
    minExperienceGap: settings.number('minExperienceGap'),
    organizationPreference: settings.text('organizationPreference'),
    formOrganizationRules: catalogues.organizationRules(),
    preferencesLimit: settings.number('preferencesLimit'),
    groupSizeMin: min,
    groupSizeMax: max,
    defaultLoadLimit: settings.number('mentorLoadLimit'),
  };
}

/**
 * Group bounds typed the wrong way round («не меньше 10», «не больше 2») are the curator's mistake
 * to see, not something to guess at by swapping them.
 */
export function groupSizeProblem(settings: Settings): string | null {
  const min = settings.number('groupSizeMin');
  const max = settings.number('groupSizeMax');
  if (min <= max) return null;
  return `На листе «Настройки» «Группа: не меньше (человек)» = ${min} больше, чем «Группа: не больше (человек)» = ${max}. Исправьте одно из чисел и повторите подбор`;
}
