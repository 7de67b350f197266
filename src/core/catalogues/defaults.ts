import { textKey } from '../text/normalize';

/**
 * Default contents of «Справочники». They are data: the curator extends them in the sheet,
 * and everything reads the sheet, never these lists directly (except to seed a new workbook).
 */
export interface CatalogueSpec {
  key: string;
  header: string;
  note: string;
  values: string[];
  /** The only values a cell may take (a drop-down), if the column is a choice. */
  choices?: readonly string[];
  /**
   * A column read row by row with another catalogue's column (key). Added to a sheet that already
   * has that column, it is filled against the sheet's own rows: `defaultFor` of each value.
   */
  alignedWith?: { key: string; defaultFor(value: string): string };
  /** The column's dropdown is another catalogue's values (key), e.g. a form's default kind from «Виды наставничества». */
  choicesFrom?: string;
}

export const FORM_TEACHER_TEACHER = 'учитель – учитель';
export const FORM_TEACHER_STUDENT = 'учитель – ученик';
export const FORM_STUDENT_STUDENT = 'ученик – ученик';
export const FORM_STUDENT_PUPIL = 'студент – ученик';
export const FORM_EMPLOYER_STUDENT = 'работодатель – ученик';
export const FORM_MANAGER_DEPUTY = 'руководитель – заместитель';
/** A team mentors a team: both ends are team rows of the bases (see bases/teams.ts). */
export const FORM_TEAM_TEAM = 'команда – команда';

/** The organization rule of a form («Справочники» → «Форма: организация наставника»). */
export const ORGANIZATION_RULE_OWN_ONLY = 'только своя организация';
export const ORGANIZATION_RULE_OWN_PREFERRED = 'своя предпочтительна';
export const ORGANIZATION_RULE_NETWORK = 'сетевое';
export const ORGANIZATION_RULES = [
  ORGANIZATION_RULE_OWN_ONLY,
  ORGANIZATION_RULE_OWN_PREFERRED,
  ORGANIZATION_RULE_NETWORK,
] as const;

/**
 * Each default form with the organization rule a school expects: pupils stay inside their school
 * (a pupil is never paired across schools), adults may be paired across organizations.
 * «студент – ученик» is the exception among pupil forms: its mentor is a student of a college or
 * university, an organization other than the pupil's school by the form's very nature, so «только
 * своя организация» would never form a pair; «своя предпочтительна» takes the school's own
 * student-mentors first (a school's former pupils) and a college's otherwise.
 */
export const FORMS: ReadonlyArray<readonly [form: string, organizationRule: string]> = [
  [FORM_TEACHER_TEACHER, ORGANIZATION_RULE_OWN_PREFERRED],
  [FORM_TEACHER_STUDENT, ORGANIZATION_RULE_OWN_ONLY],
  [FORM_STUDENT_STUDENT, ORGANIZATION_RULE_OWN_ONLY],
  [FORM_STUDENT_PUPIL, ORGANIZATION_RULE_OWN_PREFERRED],
  [FORM_EMPLOYER_STUDENT, ORGANIZATION_RULE_OWN_PREFERRED],
  [FORM_MANAGER_DEPUTY, ORGANIZATION_RULE_OWN_PREFERRED],
  [FORM_TEAM_TEAM, ORGANIZATION_RULE_OWN_PREFERRED],
];

/** The default rule of a form by its name (case, ё/е and dashes aside), or '' for a form of the curator's own. */
export function defaultOrganizationRule(form: string): string {
  const key = textKey(form);
  return FORMS.find(([known]) => textKey(known) === key)?.[1] ?? '';
}

/**
 * Kinds of mentorship («виды»): data of «Справочники» → «Виды наставничества». The engine names
 * four of them (matching/kind.ts); a workbook made before these names keeps its own spellings
 * («в группе», «скоростное (флеш)»), found through KIND_SPELLINGS.
 */
export const KIND_TRADITIONAL = 'традиционное';
export const KIND_GROUP = 'групповое';
export const KIND_FLASH = 'флеш-наставничество';
export const KIND_NETWORK = 'сетевое';
export const KINDS = [
  KIND_TRADITIONAL,
  KIND_GROUP,
  KIND_FLASH,
  'ситуационное',
  'реверсивное',
  'виртуальное',
  KIND_NETWORK,
  'краткосрочное (целеполагающее)',
] as const;
/** Other spellings of the engine's kinds a catalogue may hold (the first found in the sheet is used). */
export const KIND_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  [KIND_GROUP]: ['в группе', 'групповое наставничество', 'командное'],
  [KIND_FLASH]: ['скоростное (флеш)', 'скоростное', 'флеш', 'флеш-встречи', 'скоростное (флеш-наставничество)'],
  [KIND_NETWORK]: ['сетевое наставничество'],
  [KIND_TRADITIONAL]: ['традиционное (один на один)', 'индивидуальное'],
};
export const KINDS_HEADER = 'Виды наставничества';
export const FORM_KIND_HEADER = 'Форма: вид наставничества';
export const FORM_KIND_NOTE =
  'Для формы в той же строке: вид наставничества, который подбор пишет её парам, когда пара не групповая, не сетевая (из разных организаций) и не из флеш-встречи (режим «по взаимному выбору»). Пусто — «традиционное». Вид из «Видов наставничества»';

/** A form's default kind: a team form works as a group, any other form one to one; '' for a curator's own form. */
export function defaultFormKind(form: string): string {
  const key = textKey(form);
  if (key === textKey(FORM_TEAM_TEAM)) return KIND_GROUP;
  return FORMS.some(([known]) => textKey(known) === key) ? KIND_TRADITIONAL : '';
}

/** A team row of a base: the category «команда» (or a filled «Участники команды»). */
export const TEAM_CATEGORY = 'команда';

export const FORM_ORGANIZATION_RULE_HEADER = 'Форма: организация наставника';

export const ORGANIZATION_RULE_NOTE =
  'Для формы в той же строке: «только своя организация» — пары только внутри одной организации (между организациями не подбираются); «своя предпочтительна» — своя организация в приоритете; «сетевое» — в приоритете наставник из другой организации. Пусто — как в «Настройках» → «Предпочтительная организация наставника»';

/**
 * Role-model variants of each form (domain §3) with the clues that make a pair fit one
 * (see ROLE_MODEL_CLUES_NOTE for the clue language; matching/role-model.ts reads them).
 */
export const ROLE_MODELS: ReadonlyArray<readonly [form: string, model: string, clues: string]> = [
  [
    FORM_TEACHER_TEACHER,
    'опытный педагог – молодой специалист',
    'стаж до 3; молодой специалист; методика урока; дисциплина на уроке; документация и ФГОС; оценивание',
  ],
  [
    FORM_TEACHER_TEACHER,
    'опытный классный руководитель – молодой специалист',
    'стаж до 3; классное руководство; работа с родителями; воспитательная работа; наставник: классное руководство',
  ],
  [
    FORM_TEACHER_TEACHER,
    'лидер педагогического сообщества – педагог, испытывающий затруднения',
    'стаж от 4; профилактика выгорания; затруднения; дисциплина на уроке; работа с родителями; конкурсы профмастерства; исследовательская деятельность',
  ],
  [
    FORM_TEACHER_TEACHER,
    'педагог-новатор – консервативный педагог (реверсивное)',
    'стаж от 10; ИКТ и цифровые ресурсы; цифровые; наставник: ИКТ и цифровые ресурсы',
  ],
  [
    FORM_TEACHER_TEACHER,
    'опытный предметник – неопытный предметник',
    'подготовка к ОГЭ/ЕГЭ; функциональная грамотность; методика урока; оценивание; работа с одарёнными; инклюзивное образование',
  ],
  [
    FORM_TEACHER_STUDENT,
    'учитель – неуспевающий ученик',
    'учебная мотивация; успеваемость; неуспевающий; функциональная грамотность; подготовка к ОГЭ/ЕГЭ',
  ],
  [
    FORM_TEACHER_STUDENT,
    'учитель – пассивный ученик',
    'адаптация в коллективе; пассивный; воспитательная работа; профориентация; общение',
  ],
  [
    FORM_TEACHER_STUDENT,
    'учитель – одарённый ученик',
    'работа с одарёнными; одарённый; олимпиада; проектная деятельность; исследовательская деятельность; конкурс',
  ],
  [FORM_TEACHER_STUDENT, 'учитель – ребёнок с ОВЗ / ребёнок-инвалид', 'инклюзивное образование; ОВЗ; инвалид'],
  [
    FORM_TEACHER_STUDENT,
    'учитель – обучающийся на профилактическом учёте',
    'профилактический учёт; поведение; правонарушения',
  ],
  [
    FORM_STUDENT_STUDENT,
    'успевающий – неуспевающий',
    'учебная мотивация; успеваемость; неуспевающий; функциональная грамотность; подготовка к ОГЭ/ЕГЭ',
  ],
  [FORM_STUDENT_STUDENT, 'лидер – пассивный', 'пассивный; воспитательная работа; общение; наставник: лидер'],
  [FORM_STUDENT_STUDENT, 'равный – равному', 'проектная деятельность; исследовательская деятельность; профориентация'],
  [
    FORM_STUDENT_STUDENT,
    'адаптированный – неадаптированный',
    'адаптация в коллективе; новый ученик; инклюзивное образование',
  ],
  [FORM_STUDENT_STUDENT, 'старшекурсник – первокурсник', 'первокурсник; первый курс; 1 курс'],
  [
    FORM_STUDENT_PUPIL,
    'успевающий – неуспевающий',
    'учебная мотивация; успеваемость; неуспевающий; подготовка к ОГЭ/ЕГЭ',
  ],
  [FORM_STUDENT_PUPIL, 'лидер – пассивный', 'пассивный; адаптация в коллективе; воспитательная работа'],
  [FORM_STUDENT_PUPIL, 'равный – равному', 'исследовательская деятельность; профориентация'],
  [FORM_STUDENT_PUPIL, 'студент – автор проекта', 'проектная деятельность; проект'],
  [FORM_EMPLOYER_STUDENT, 'активный профессионал – равнодушный потребитель', 'учебная мотивация; пассивный'],
  [FORM_EMPLOYER_STUDENT, 'коллега – молодой коллега', 'проектная деятельность; стажировка; практика'],
  [FORM_EMPLOYER_STUDENT, 'работодатель – будущий сотрудник', 'профориентация; трудоустройство; целевое обучение'],
  [
    FORM_MANAGER_DEPUTY,
    'опытный заместитель – вновь назначенный заместитель',
    'управленческие навыки; назначен; документация и ФГОС',
  ],
];

/** How a curator writes the clues of a role model («Справочники» → «Ролевая модель: признаки»). */
export const ROLE_MODEL_CLUES_NOTE =
  'Признаки, по которым подбор выбирает эту модель для пары, через «;». Слово или фраза ищется в запросе, категории, предметах и должности наставляемого; «наставник: …» — в профиле наставника; «стаж до 3», «стаж от 10», «возраст до 14» — условия: если не выполнены, модель не выбирается';

export const CATALOGUES: CatalogueSpec[] = [
  {
    key: 'forms',
    header: 'Формы наставничества',
    note: 'Формы, в которых работает программа. Можно дописать свои.',
    values: FORMS.map(([form]) => form),
  },
  {
    key: 'formOrganizationRules',
    header: FORM_ORGANIZATION_RULE_HEADER,
    note: ORGANIZATION_RULE_NOTE,
    values: FORMS.map(([, rule]) => rule),
    choices: ORGANIZATION_RULES,
    alignedWith: { key: 'forms', defaultFor: defaultOrganizationRule },
  },
  {
    key: 'roleModelForms',
    header: 'Ролевая модель: форма',
    note: 'Форма, к которой относится ролевая модель в соседнем столбце',
    values: ROLE_MODELS.map(([form]) => form),
  },
  {
    key: 'roleModels',
    header: 'Ролевая модель',
    note: 'Вариант формы наставничества (ролевая модель)',
    values: ROLE_MODELS.map(([, model]) => model),
  },
  {
    key: 'roleModelClues',
    header: 'Ролевая модель: признаки',
    note: ROLE_MODEL_CLUES_NOTE,
    values: ROLE_MODELS.map(([, , clues]) => clues),
  },
  {
    key: 'kinds',
    header: KINDS_HEADER,
    note: 'Виды наставничества (методические рекомендации 2021 г.): из этого списка выбирается «Вид наставничества» пары в «Парах (черновик)» и «Парах». Можно дописать свои',
    values: [...KINDS],
  },
  {
    key: 'formKinds',
    header: FORM_KIND_HEADER,
    note: FORM_KIND_NOTE,
    values: FORMS.map(([form]) => defaultFormKind(form)),
    choicesFrom: 'kinds',
    alignedWith: { key: 'forms', defaultFor: defaultFormKind },
  },
  {
    key: 'categories',
    header: 'Категории участников',
    note: 'Категория наставника или наставляемого',
    values: [
      'педагог',
      'молодой специалист',
      'обучающийся',
      'студент',
      'работодатель',
      'выпускник',
      'управленческий кадр',
      TEAM_CATEGORY,
    ],
  },
  {
    key: 'subjects',
    header: 'Предметы / направления',
    note: 'Предметы и направления работы (по штатному составу)',
    values: [
      'начальные классы',
      'русский язык и литература',
      'иностранный язык',
      'история и обществознание',
      'физическая культура',
      'математика',
      'информатика',
      'технология',
      'биология',
      'химия',
      'физика',
      'география',
      'музыка',
      'изобразительное искусство',
      'ОБЗР',
      'классное руководство',
      'педагог-психолог',
      'социальный педагог',
      'дополнительное образование',
      'управление',
    ],
  },
  {
    key: 'qualifications',
    header: 'Квалификационные категории',
    note: 'Квалификационная категория педагога',
    values: [
      'без категории',
      'соответствие занимаемой должности',
      'первая',
      'высшая',
      'педагог-методист',
      'педагог-наставник',
    ],
  },
  {
    key: 'competencies',
    header: 'Компетенции и дефициты',
    note: 'Общий словарь тегов: компетенции наставников и дефициты наставляемых называются одинаково',
    values: [
      'классное руководство',
      'работа с родителями',
      'дисциплина на уроке',
      'ИКТ и цифровые ресурсы',
      'подготовка к ОГЭ/ЕГЭ',
      'работа с одарёнными',
      'инклюзивное образование (ОВЗ)',
      'проектная деятельность',
      'функциональная грамотность',
      'методика урока',
      'оценивание',
      'документация и ФГОС',
      'профилактика выгорания',
      'воспитательная работа',
      'исследовательская деятельность',
      'конкурсы профмастерства',
      'адаптация в коллективе',
      'учебная мотивация',
      'профориентация',
      'управленческие навыки',
    ],
  },
  {
    key: 'participantStatuses',
    header: 'Статусы участников',
    note: 'Статус участника в программе',
    values: ['новый', 'ожидает пары', 'в паре', 'завершил', 'выбыл', 'на паузе'],
  },
  {
    key: 'organizations',
    header: 'Организации',
    note: 'Организации сети (для муниципальной программы). Пусто — организация не проверяется',
    values: [],
  },
];

export const CATALOGUES_SHEET = 'Справочники';
