import type { SettingSpec } from '../settings/setting';

const INDICATORS = 'Показатели и SWOT';

/** Prefixes of per-organization settings rows («Ключ» = `teachersTotal:<организация>`). */
export const TEACHERS_TOTAL = 'teachersTotal';
export const PUPILS_TOTAL = 'pupilsTotal';

export const INDICATOR_SETTINGS: SettingSpec[] = [
  {
    key: 'nationalInvolvementTarget',
    section: INDICATORS,
    label: 'Целевой уровень вовлечённости в наставничество, %',
    type: 'number',
    default: 70,
    description: 'Национальная цель: не менее 70 % обучающихся и педагогов вовлечены в наставничество',
    min: 0,
    max: 100,
  },
  {
    key: 'indicatorPlanYears',
    section: INDICATORS,
    label: 'Показатели: сколько лет плана показывать',
    type: 'int',
    default: 3,
    description: 'Столбцы «План <год>» начиная с учебного года программы',
    min: 1,
    max: 6,
  },
  {
    key: TEACHERS_TOTAL,
    section: INDICATORS,
    label: 'Всего педагогов (по программе)',
    type: 'int',
    default: null,
    description:
      'Для одной школы — число педагогов школы. В сетевой программе число педагогов каждой организации — на листе «Организации» (столбец «Педагогов всего»)',
    min: 0,
    max: 100000,
  },
  {
    key: PUPILS_TOTAL,
    section: INDICATORS,
    label: 'Всего обучающихся (по программе)',
    type: 'int',
    default: null,
    description:
      'Для одной школы — число обучающихся. В сетевой программе число обучающихся каждой организации — на листе «Организации» (столбец «Обучающихся всего»)',
    min: 0,
    max: 1000000,
  },
  {
    key: 'swotAgreeHigh',
    section: INDICATORS,
    label: 'SWOT: согласие с утверждением от (из 5)',
    type: 'number',
    default: 4,
    description: 'Среднее не ниже — утверждение попадает в свой квадрант',
    min: 1,
    max: 5,
  },
  {
    key: 'swotAgreeLow',
    section: INDICATORS,
    label: 'SWOT: несогласие с утверждением до (из 5)',
    type: 'number',
    default: 2.5,
    description: 'Среднее не выше — сильная сторона становится слабой, возможность — угрозой',
    min: 1,
    max: 5,
  },
  {
    key: 'swotScoreHigh',
    section: INDICATORS,
    label: 'SWOT: высокий балл от (из 10)',
    type: 'number',
    default: 8,
    description: 'Вопросы удовлетворённости со средним не ниже — сильная сторона',
    min: 1,
    max: 10,
  },
  {
    key: 'swotScoreLow',
    section: INDICATORS,
    label: 'SWOT: низкий балл до (из 10)',
    type: 'number',
    default: 6,
    description: 'Вопросы удовлетворённости со средним не выше — слабая сторона',
    min: 1,
    max: 10,
  },
  {
    key: 'swotDynamicsMin',
    section: INDICATORS,
    label: 'SWOT: заметное изменение от вход к выходу (баллов)',
    type: 'number',
    default: 0.5,
    description: 'Вопросы, где средний балл вырос (упал) не меньше, — сильная (слабая) сторона',
    min: 0,
    max: 10,
  },
];
