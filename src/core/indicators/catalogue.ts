/**
 * The built-in indicators (domain §7, seed 001 §2, seed 002 §5). Data, not code: each row names
 * the computation (`metric`) it takes its fact from; the curator adds rows of their own on the sheet.
 */
export type MetricId =
  | 'teacherMentorsShare'
  | 'youngMentorsShare'
  | 'youngWithMentorShare'
  | 'menteesWithPairShare'
  | 'menteesWithoutPair'
  | 'pairsCount'
  | 'groupsCount'
  | 'completedShare'
  | 'satisfactionMean'
  | 'growthMean'
  | 'improvedShare'
  | 'pupilInvolvement'
  | 'teacherInvolvement'
  | 'newManagersWithMentorShare';

export type IndicatorType = 'основной' | 'дополнительный';

export interface IndicatorSpec {
  code: string;
  name: string;
  type: IndicatorType;
  unit: '%' | 'чел.' | 'ед.' | 'балл';
  metric: MetricId;
  /** How the fact is computed, in words a curator can check. */
  formula: string;
  /** `lower`: the plan is a ceiling (e.g. mentees left without a pair). */
  better: 'higher' | 'lower';
  /** Plan filled in when the curator left it blank: a number or the national involvement target setting. */
  defaultPlan?: number | 'nationalTarget';
  /**
   * A count or share over the bases, in the words a curator types on «Правила показателей»
   * (rules.ts): the figure is computed by the same rule engine as the curator's own rules.
   * `wording`: the source text (`{n}`, `{d}`, `{строки}`, `{строки знаменателя}`, `{строки пар}`);
   * `empty`: why there is no figure when the denominator is 0.
   */
  rule?: { base: string; numerator: string; denominator: string; wording: string; empty?: string };
  /**
   * Shown only once its base has someone (or the row is already on «Показатели»): a school
   * without managers gets no row about them that would stay «нет данных».
   */
  onlyWhenCounted?: boolean;
}

export const INDICATORS: readonly IndicatorSpec[] = [
  {
    code: 'П-01',
    name: 'Доля педагогов, являющихся наставниками',
    type: 'основной',
    unit: '%',
    metric: 'teacherMentorsShare',
    better: 'higher',
    rule: {
      base: 'Наставники',
      numerator: 'педагогический работник',
      denominator: 'Настройки: педагоги',
      wording: 'наставников-педагогов: {n} ({строки})',
    },
    formula: 'наставники-педагоги в базе (кроме выбывших) / все педагоги из «Настроек» × 100',
  },
  {
    code: 'П-02',
    name: 'Доля педагогов, являющихся наставниками молодых специалистов',
    type: 'основной',
    unit: '%',
    metric: 'youngMentorsShare',
    better: 'higher',
    rule: {
      base: 'Наставники',
      numerator: 'наставник молодого специалиста',
      denominator: 'Настройки: педагоги',
      wording: 'наставников молодых специалистов: {n} ({строки})',
    },
    formula: 'наставники, у которых в паре молодой специалист / все педагоги из «Настроек» × 100',
  },
  {
    code: 'П-03',
    name: 'Доля молодых специалистов, у которых есть наставник',
    type: 'основной',
    unit: '%',
    metric: 'youngWithMentorShare',
    better: 'higher',
    defaultPlan: 100,
    rule: {
      base: 'Наставляемые',
      numerator: 'есть пара',
      denominator: 'молодой специалист',
      wording: '{n} из {d} молодых специалистов в паре ({строки}; все: {строки знаменателя})',
      empty: 'в базе наставляемых нет молодых специалистов',
    },
    formula:
      'молодые специалисты в паре / все молодые специалисты в базе наставляемых × 100 (молодой специалист — категория «молодой специалист» или педагог со стажем и возрастом в пределах «Настроек»)',
  },
  {
    code: 'П-04',
    name: 'Доля наставляемых, включённых в пары и группы',
    type: 'основной',
    unit: '%',
    metric: 'menteesWithPairShare',
    better: 'higher',
    defaultPlan: 100,
    rule: {
      base: 'Наставляемые',
      numerator: 'есть пара',
      denominator: 'все',
      wording: '{n} из {d} наставляемых в паре ({строки пар}; {строки знаменателя})',
      empty: 'в базе наставляемых нет строк без ошибок',
    },
    formula: 'наставляемые с активной или завершённой парой / все наставляемые (кроме выбывших) × 100',
  },
  {
    code: 'П-05',
    name: 'Наставляемые, оставшиеся без пары',
    type: 'дополнительный',
    unit: 'чел.',
    metric: 'menteesWithoutPair',
    better: 'lower',
    defaultPlan: 0,
    rule: { base: 'Наставляемые', numerator: 'нет пары', denominator: '', wording: 'без пары: {строки}' },
    formula: 'наставляемые (кроме выбывших) без активной или завершённой пары',
  },
  {
    code: 'П-06',
    name: 'Число наставнических пар',
    type: 'дополнительный',
    unit: 'ед.',
    metric: 'pairsCount',
    better: 'higher',
    rule: { base: 'Пары', numerator: 'пара; статус = активна, завершена', denominator: '', wording: '{строки}' },
    formula: 'индивидуальные пары в «Парах» со статусом «активна» или «завершена» (по формам — в разрезе ниже)',
  },
  {
    code: 'П-07',
    name: 'Число наставнических групп',
    type: 'дополнительный',
    unit: 'ед.',
    metric: 'groupsCount',
    better: 'higher',
    rule: {
      base: 'Пары',
      numerator: 'группа; статус ≠ расторгнута',
      denominator: '',
      wording: '{n|группа|группы|групп}, {наставляемых|наставляемый|наставляемых|наставляемых} ({строки})',
    },
    formula: 'разные значения «Группа» в «Парах», кроме расторгнутых (по формам — в разрезе ниже)',
  },
  {
    code: 'П-08',
    name: 'Доля завершённых пар и групп',
    type: 'дополнительный',
    unit: '%',
    metric: 'completedShare',
    better: 'higher',
    rule: {
      base: 'Пары',
      numerator: 'статус = завершена',
      denominator: 'все',
      wording: '{n} из {d} пар и групп завершены ({строки})',
      empty: 'в «Парах» нет пар',
    },
    formula: 'пары и группы со статусом «завершена» / все пары и группы (включая расторгнутые) × 100',
  },
  {
    code: 'П-09',
    name: 'Средняя удовлетворённость участников',
    type: 'основной',
    unit: 'балл',
    metric: 'satisfactionMean',
    better: 'higher',
    defaultPlan: 8,
    formula: 'среднее всех ответов на вопросы удовлетворённости (шкала 1–10) в «Ответах»',
  },
  {
    code: 'П-10',
    name: 'Средний прирост от входа к выходу',
    type: 'основной',
    unit: 'балл',
    metric: 'growthMean',
    better: 'higher',
    formula:
      'для каждого участника — среднее (выход − вход) по вопросам-шкалам, заданным в обеих волнах; затем среднее по участникам',
  },
  {
    code: 'П-11',
    name: 'Доля участников с положительной динамикой',
    type: 'основной',
    unit: '%',
    metric: 'improvedShare',
    better: 'higher',
    defaultPlan: 50,
    formula: 'участники, у которых средний прирост > 0 / участники, ответившие на входе и на выходе × 100',
  },
  {
    code: 'П-12',
    name: 'Вовлечённость обучающихся в наставничество',
    type: 'основной',
    unit: '%',
    metric: 'pupilInvolvement',
    better: 'higher',
    defaultPlan: 'nationalTarget',
    rule: {
      base: 'Участники',
      numerator: 'есть пара; обучающийся или студент',
      denominator: 'Настройки: обучающиеся',
      wording: 'обучающихся в парах: {n} ({строки})',
    },
    formula:
      'обучающиеся (наставники и наставляемые) в активных и завершённых парах / все обучающиеся из «Настроек» × 100',
  },
  {
    code: 'П-13',
    name: 'Вовлечённость педагогов в наставничество',
    type: 'основной',
    unit: '%',
    metric: 'teacherInvolvement',
    better: 'higher',
    defaultPlan: 'nationalTarget',
    rule: {
      base: 'Участники',
      numerator: 'есть пара; педагогический работник',
      denominator: 'Настройки: педагоги',
      wording: 'педагогов в парах: {n} ({строки})',
    },
    formula: 'педагоги (наставники и наставляемые) в активных и завершённых парах / все педагоги из «Настроек» × 100',
  },
  {
    code: 'П-14',
    name: 'Доля вновь назначенных руководителей и заместителей, у которых есть наставник',
    type: 'дополнительный',
    unit: '%',
    metric: 'newManagersWithMentorShare',
    better: 'higher',
    onlyWhenCounted: true,
    defaultPlan: 100,
    rule: {
      base: 'Наставляемые',
      numerator: 'есть пара',
      denominator: 'вновь назначенный руководитель',
      wording: '{n} из {d} вновь назначенных руководителей и заместителей в паре ({строки}; все: {строки знаменателя})',
      empty:
        'в базе наставляемых нет вновь назначенных руководителей и заместителей (нужны «Дата назначения на должность» или «Стаж в должности»)',
    },
    formula:
      'вновь назначенные руководители и заместители в паре / все вновь назначенные в базе наставляемых × 100 (руководитель или заместитель по категории или должности, в должности не дольше, чем в «Настройках»)',
  },
];

/** Categories (from «Справочники») counted as teachers and as pupils. */
export const TEACHER_CATEGORIES = ['педагог', 'молодой специалист', 'управленческий кадр'];
export const PUPIL_CATEGORIES = ['обучающийся', 'студент'];
export const YOUNG_SPECIALIST_CATEGORY = 'молодой специалист';
/** Participant statuses that take a person out of the counts. */
export const LEFT_STATUSES = ['выбыл'];

/** Metrics shown per organization and per form in the breakdowns under the table. */
export const BREAKDOWN_METRICS: readonly MetricId[] = [
  'teacherMentorsShare',
  'menteesWithPairShare',
  'menteesWithoutPair',
  'pairsCount',
  'groupsCount',
  'completedShare',
  'satisfactionMean',
  'growthMean',
  'pupilInvolvement',
  'teacherInvolvement',
];
