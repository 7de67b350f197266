/**
 * The default questionnaire catalogue. It seeds the sheet «Шаблоны анкет»; from then on the
 * curator's sheet is what forms, imports and statistics read. Item codes never change: answers of
 * different waves and years are compared by them.
 */
import type { SurveyItem, SurveyTemplate } from './template';

const WHO: SurveyItem[] = [
  { code: 'fio', kind: 'text', title: 'Фамилия, имя, отчество', required: true, baseColumn: 'fio' },
  {
    code: 'organization',
    kind: 'text',
    title: 'Образовательная организация',
    help: 'Как в приказе о программе наставничества',
    required: true,
    baseColumn: 'organization',
  },
];

function scale(code: string, title: string, exitTitle?: string, extra: Partial<SurveyItem> = {}): SurveyItem {
  return { code, kind: 'scale10', title, ...(exitTitle ? { exitTitle } : {}), required: true, ...extra };
}

function yesNo(code: string, title: string, exitTitle?: string): SurveyItem {
  return { code, kind: 'yesno', title, ...(exitTitle ? { exitTitle } : {}), required: true };
}

function open(code: string, title: string, exitTitle?: string, extra: Partial<SurveyItem> = {}): SurveyItem {
  return { code, kind: 'open', title, ...(exitTitle ? { exitTitle } : {}), ...extra };
}

function agree(code: string, title: string, swot: 'S' | 'W' | 'O' | 'T'): SurveyItem {
  return { code, kind: 'agree5', title, swot, required: true };
}

const registrationMentor: SurveyTemplate = {
  code: 'registration-mentor',
  title: 'Анкета наставника',
  description: 'Анкета для включения в базу наставников программы наставничества. Ответы используются для подбора пар.',
  role: 'mentor',
  waves: ['разовая'],
  items: [
    ...WHO,
    { code: 'position', kind: 'text', title: 'Должность', required: true, baseColumn: 'position' },
    {
      code: 'subjects',
      kind: 'text',
      title: 'Предмет(ы) или направление работы',
      help: 'Через точку с запятой',
      baseColumn: 'subjects',
    },
    {
      code: 'experience',
      kind: 'text',
      title: 'Педагогический стаж (полных лет)',
      required: true,
      baseColumn: 'experience',
    },
    {
      code: 'qualification',
      kind: 'choice',
      title: 'Квалификационная категория',
      choicesFrom: 'catalogue:qualifications',
      baseColumn: 'qualification',
    },
    {
      code: 'competencies',
      kind: 'checkbox',
      title: 'В чём вы можете помочь коллеге или обучающемуся?',
      choicesFrom: 'catalogue:competencies',
      required: true,
      baseColumn: 'competencies',
    },
    {
      code: 'forms',
      kind: 'checkbox',
      title: 'В каких формах наставничества вы готовы работать?',
      choicesFrom: 'catalogue:forms',
      required: true,
      baseColumn: 'forms',
    },
    {
      code: 'loadLimit',
      kind: 'text',
      title: 'Скольких наставляемых вы готовы вести одновременно?',
      baseColumn: 'loadLimit',
    },
    {
      code: 'times',
      kind: 'text',
      title: 'Когда вам удобно встречаться?',
      help: 'Например: пн вечер; ср день',
      baseColumn: 'times',
    },
    {
      code: 'achievements',
      kind: 'open',
      title: 'Ваши профессиональные достижения (конкурсы, публикации, награды)',
      baseColumn: 'achievements',
    },
    { code: 'interests', kind: 'text', title: 'Ваши интересы и увлечения', baseColumn: 'interests' },
    yesNo('consent', 'Даю согласие на обработку персональных данных в рамках программы наставничества'),
  ],
};

const registrationMentee: SurveyTemplate = {
  code: 'registration-mentee',
  title: 'Анкета наставляемого',
  description: 'Анкета для включения в базу наставляемых: расскажите о своём запросе, чтобы мы подобрали наставника.',
  role: 'mentee',
  waves: ['разовая'],
  items: [
    ...WHO,
    {
      code: 'category',
      kind: 'choice',
      title: 'Кто вы?',
      choicesFrom: 'catalogue:categories',
      required: true,
      baseColumn: 'category',
    },
    {
      code: 'position',
      kind: 'text',
      title: 'Должность или класс (группа, курс)',
      required: true,
      baseColumn: 'position',
    },
    { code: 'subjects', kind: 'text', title: 'Предмет или направление', baseColumn: 'subjects' },
    { code: 'age', kind: 'text', title: 'Возраст (полных лет)', baseColumn: 'age' },
    { code: 'experience', kind: 'text', title: 'Стаж работы (полных лет), если вы педагог', baseColumn: 'experience' },
    {
      code: 'deficits',
      kind: 'checkbox',
      title: 'С чем вам нужна помощь наставника?',
      choicesFrom: 'catalogue:competencies',
      required: true,
      baseColumn: 'deficits',
    },
    {
      code: 'wantedForm',
      kind: 'choice',
      title: 'Желаемая форма наставничества',
      choicesFrom: 'catalogue:forms',
      required: true,
      baseColumn: 'wantedForm',
    },
    {
      code: 'times',
      kind: 'text',
      title: 'Когда вам удобно встречаться?',
      help: 'Например: пн вечер; ср день',
      baseColumn: 'times',
    },
    {
      code: 'representative',
      kind: 'text',
      title: 'Для несовершеннолетних: ФИО законного представителя',
      baseColumn: 'representative',
    },
    yesNo(
      'consent',
      'Даю согласие на обработку персональных данных (для несовершеннолетних — согласие законного представителя)',
    ),
  ],
};

const menteeMonitoring: SurveyTemplate = {
  code: 'mentee-monitoring',
  title: 'Анкета наставляемого: ожидания и итоги',
  description:
    'Оцените каждое утверждение по шкале от 1 до 10. На входе в программу — ваши ожидания, на выходе — итоги.',
  role: 'mentee',
  waves: ['вход', 'выход'],
  items: [
    ...WHO,
    scale(
      'effectiveness',
      'Насколько эффективной, по вашим ожиданиям, будет для вас программа наставничества?',
      'Насколько эффективной оказалась для вас программа наставничества?',
      { satisfaction: true },
    ),
    scale(
      'comfort',
      'Насколько комфортным вы ожидаете общение с наставником?',
      'Насколько комфортным было общение с наставником?',
      { satisfaction: true },
    ),
    scale(
      'mentorCompetence',
      'Насколько компетентным в вашем запросе вы ожидаете увидеть наставника?',
      'Насколько компетентным в вашем запросе оказался наставник?',
      { satisfaction: true },
    ),
    scale(
      'meetingsUseful',
      'Насколько полезными, по вашим ожиданиям, будут встречи с наставником?',
      'Насколько полезными были встречи с наставником?',
      { satisfaction: true },
    ),
    scale(
      'clarity',
      'Насколько вам понятно, что от вас ожидается в программе?',
      'Насколько было понятно, что от вас ожидалось в программе?',
    ),
    scale(
      'support',
      'Насколько вы рассчитываете на поддержку наставника?',
      'Насколько вы ощущали поддержку наставника?',
      { satisfaction: true },
    ),
    scale(
      'goals',
      'Насколько, по вашим ожиданиям, вы достигнете поставленных целей?',
      'Насколько вы достигли поставленных целей?',
    ),
    scale('confidence', 'Насколько уверенно вы чувствуете себя в профессии (учёбе)?'),
    scale('motivation', 'Насколько высока ваша мотивация к профессиональному (личностному) росту?'),
    yesNo(
      'continue',
      'Готовы ли вы работать с наставником весь срок программы?',
      'Хотели бы вы продолжить общение с наставником после окончания программы?',
    ),
    yesNo('becomeMentor', 'Хотели бы вы в будущем сами стать наставником?'),
    open(
      'valuable',
      'Что вы хотите получить от работы с наставником?',
      'Что было самым ценным в работе с наставником?',
    ),
    open('missing', 'Какие у вас есть опасения?', 'Чего вам не хватило?'),
  ],
};

const mentorMonitoring: SurveyTemplate = {
  code: 'mentor-monitoring',
  title: 'Анкета наставника: ожидания и итоги',
  description:
    'Оцените каждое утверждение по шкале от 1 до 10. На входе в программу — ваши ожидания, на выходе — итоги.',
  role: 'mentor',
  waves: ['вход', 'выход'],
  items: [
    ...WHO,
    scale(
      'effectiveness',
      'Насколько эффективной, по вашим ожиданиям, будет программа наставничества?',
      'Насколько эффективной оказалась программа наставничества?',
      { satisfaction: true },
    ),
    scale(
      'comfort',
      'Насколько комфортным вы ожидаете общение с наставляемым?',
      'Насколько комфортным было общение с наставляемым?',
      { satisfaction: true },
    ),
    scale(
      'menteeInvolvement',
      'Насколько вовлечённым вы ожидаете увидеть наставляемого?',
      'Насколько вовлечённым был наставляемый?',
    ),
    scale(
      'menteePreparation',
      'Насколько подготовленным к работе вы ожидаете увидеть наставляемого?',
      'Насколько подготовленным к работе был наставляемый?',
    ),
    scale(
      'trainingUseful',
      'Насколько полезным, по вашим ожиданиям, будет обучение наставников?',
      'Насколько полезным было обучение наставников?',
      { satisfaction: true },
    ),
    scale(
      'materials',
      'Насколько полезными вы ожидаете методические материалы программы?',
      'Насколько полезными были методические материалы программы?',
      { satisfaction: true },
    ),
    scale(
      'curatorSupport',
      'Насколько вы рассчитываете на поддержку куратора программы?',
      'Насколько вы ощущали поддержку куратора программы?',
      { satisfaction: true },
    ),
    scale(
      'goals',
      'Насколько, по вашим ожиданиям, наставляемый достигнет поставленных целей?',
      'Насколько наставляемый достиг поставленных целей?',
    ),
    scale('ownGrowth', 'Насколько работа наставником полезна для вашего профессионального роста?'),
    yesNo(
      'continue',
      'Готовы ли вы работать наставником весь срок программы?',
      'Готовы ли вы продолжить работу наставником в следующем году?',
    ),
    open(
      'valuable',
      'Что вы хотите передать наставляемому в первую очередь?',
      'Что было самым ценным в работе с наставляемым?',
    ),
    open('missing', 'Какая поддержка вам понадобится?', 'Чего вам не хватило?'),
  ],
};

const satisfaction: SurveyTemplate = {
  code: 'satisfaction',
  title: 'Удовлетворённость программой наставничества',
  description: 'Мониторинг качества реализации программы. Оцените по шкале от 1 до 10.',
  role: 'any',
  waves: ['разовая'],
  items: [
    ...WHO,
    {
      code: 'role',
      kind: 'choice',
      title: 'Ваша роль в программе',
      choices: ['наставник', 'наставляемый'],
      required: true,
    },
    scale('overall', 'Насколько вы удовлетворены участием в программе в целом?', undefined, { satisfaction: true }),
    scale('organization', 'Насколько хорошо организована работа программы?', undefined, { satisfaction: true }),
    scale('meetings', 'Насколько полезны встречи наставника и наставляемого?', undefined, { satisfaction: true }),
    scale('schedule', 'Насколько удобен график встреч?', undefined, { satisfaction: true }),
    scale('curator', 'Насколько вы удовлетворены поддержкой куратора?', undefined, { satisfaction: true }),
    scale('materials', 'Насколько полезны материалы и мероприятия программы?', undefined, { satisfaction: true }),
    yesNo('recommend', 'Порекомендовали бы вы участие в программе коллегам?'),
    open('improve', 'Что бы вы предложили изменить в программе?'),
  ],
};

const swot: SurveyTemplate = {
  code: 'swot',
  title: 'SWOT-анализ программы наставничества',
  description:
    'Оцените утверждения от 1 (полностью не согласен) до 5 (полностью согласен) и ответьте на открытые вопросы.',
  role: 'any',
  waves: ['разовая'],
  items: [
    ...WHO,
    agree('sStaff', 'В организации достаточно опытных педагогов, готовых быть наставниками', 'S'),
    agree('sPairs', 'Пары подобраны с учётом запросов наставляемых', 'S'),
    agree('sClimate', 'В коллективе сложилась атмосфера взаимопомощи', 'S'),
    agree('wTime', 'Наставникам не хватает времени на встречи с наставляемыми', 'W'),
    agree('wMotivation', 'Участие в программе недостаточно поощряется', 'W'),
    agree('wDocs', 'Документация программы избыточна', 'W'),
    agree('oNetwork', 'Сетевое взаимодействие с другими организациями расширяет возможности программы', 'O'),
    agree('oTraining', 'Доступны курсы и мероприятия для обучения наставников', 'O'),
    agree('tTurnover', 'Текучесть кадров может прервать работу пар', 'T'),
    agree('tOverload', 'Перегрузка педагогов снижает качество наставничества', 'T'),
    open('sOpen', 'Сильные стороны программы', undefined, { swot: 'S' }),
    open('wOpen', 'Слабые стороны программы', undefined, { swot: 'W' }),
    open('oOpen', 'Возможности для развития программы', undefined, { swot: 'O' }),
    open('tOpen', 'Риски и угрозы для программы', undefined, { swot: 'T' }),
  ],
};

function rankItems(side: 'mentors' | 'mentees', count: number): SurveyItem[] {
  const whom = side === 'mentors' ? 'наставника' : 'наставляемого';
  const who = side === 'mentors' ? 'наставляемых' : 'наставников';
  const prefix = side === 'mentors' ? 'prefMentor' : 'prefMentee';
  return Array.from({ length: count }, (_, i) => ({
    code: `${prefix}${i + 1}`,
    kind: 'rank' as const,
    title: `Для ${who}: ${i + 1}-й выбор ${whom}`,
    help: i === 0 ? `Выберите ${whom}, с которым хотели бы работать в первую очередь` : 'Необязательно',
    choicesFrom: side,
    rank: i + 1,
  }));
}

const preferences: SurveyTemplate = {
  code: 'preferences',
  title: 'Предпочтения после встречи-знакомства',
  description:
    'После встречи в формате «быстрых знакомств» укажите, с кем вы хотели бы работать, в порядке предпочтения. Наставляемые выбирают наставников, наставники — наставляемых.',
  role: 'any',
  waves: ['разовая'],
  items: [...WHO, ...rankItems('mentors', 3), ...rankItems('mentees', 3)],
};

export const DEFAULT_TEMPLATES: readonly SurveyTemplate[] = [
  registrationMentor,
  registrationMentee,
  menteeMonitoring,
  mentorMonitoring,
  satisfaction,
  swot,
  preferences,
];

/** 1–10 scale labels (domain §6) and agreement scale labels, as the forms show them. */
export const SCALE_LABELS = {
  scale10: { low: 1, high: 10, lowLabel: 'самый низкий балл', highLabel: 'самый высокий балл' },
  agree5: { low: 1, high: 5, lowLabel: 'полностью не согласен', highLabel: 'полностью согласен' },
} as const;
