/**
 * Default contents of «Справочники». They are data: the curator extends them in the sheet,
 * and everything reads the sheet, never these lists directly (except to seed a new workbook).
 */
export interface CatalogueSpec {
  key: string;
  header: string;
  note: string;
  values: string[];
}

export const FORM_TEACHER_TEACHER = 'учитель – учитель';
export const FORM_TEACHER_STUDENT = 'учитель – ученик';
export const FORM_STUDENT_STUDENT = 'ученик – ученик';
export const FORM_STUDENT_PUPIL = 'студент – ученик';
export const FORM_EMPLOYER_STUDENT = 'работодатель – ученик';
export const FORM_MANAGER_DEPUTY = 'руководитель – заместитель';

/** Role-model variants of each form (domain §3). */
export const ROLE_MODELS: ReadonlyArray<readonly [form: string, model: string]> = [
  [FORM_TEACHER_TEACHER, 'опытный педагог – молодой специалист'],
  [FORM_TEACHER_TEACHER, 'опытный классный руководитель – молодой специалист'],
  [FORM_TEACHER_TEACHER, 'лидер педагогического сообщества – педагог, испытывающий затруднения'],
  [FORM_TEACHER_TEACHER, 'педагог-новатор – консервативный педагог (реверсивное)'],
  [FORM_TEACHER_TEACHER, 'опытный предметник – неопытный предметник'],
  [FORM_TEACHER_STUDENT, 'учитель – неуспевающий ученик'],
  [FORM_TEACHER_STUDENT, 'учитель – пассивный ученик'],
  [FORM_TEACHER_STUDENT, 'учитель – одарённый ученик'],
  [FORM_TEACHER_STUDENT, 'учитель – ребёнок с ОВЗ / ребёнок-инвалид'],
  [FORM_TEACHER_STUDENT, 'учитель – обучающийся на профилактическом учёте'],
  [FORM_STUDENT_STUDENT, 'успевающий – неуспевающий'],
  [FORM_STUDENT_STUDENT, 'лидер – пассивный'],
  [FORM_STUDENT_STUDENT, 'равный – равному'],
  [FORM_STUDENT_STUDENT, 'адаптированный – неадаптированный'],
  [FORM_STUDENT_STUDENT, 'старшекурсник – первокурсник'],
  [FORM_STUDENT_PUPIL, 'успевающий – неуспевающий'],
  [FORM_STUDENT_PUPIL, 'лидер – пассивный'],
  [FORM_STUDENT_PUPIL, 'равный – равному'],
  [FORM_STUDENT_PUPIL, 'студент – автор проекта'],
  [FORM_EMPLOYER_STUDENT, 'активный профессионал – равнодушный потребитель'],
  [FORM_EMPLOYER_STUDENT, 'коллега – молодой коллега'],
  [FORM_EMPLOYER_STUDENT, 'работодатель – будущий сотрудник'],
  [FORM_MANAGER_DEPUTY, 'опытный заместитель – вновь назначенный заместитель'],
];

export const CATALOGUES: CatalogueSpec[] = [
  {
    key: 'forms',
    header: 'Формы наставничества',
    note: 'Формы, в которых работает программа. Можно дописать свои.',
    values: [
      FORM_TEACHER_TEACHER,
      FORM_TEACHER_STUDENT,
      FORM_STUDENT_STUDENT,
      FORM_STUDENT_PUPIL,
      FORM_EMPLOYER_STUDENT,
      FORM_MANAGER_DEPUTY,
    ],
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
    key: 'kinds',
    header: 'Виды наставничества',
    note: 'Виды из методических рекомендаций 2021 г.',
    values: [
      'традиционное',
      'в группе',
      'командное',
      'краткосрочное (целеполагающее)',
      'реверсивное',
      'ситуационное',
      'скоростное (флеш)',
      'виртуальное',
      'сетевое',
    ],
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
