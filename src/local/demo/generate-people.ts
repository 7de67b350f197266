import type { Cell } from '../../core/cell';
import {
  FORM_MANAGER_DEPUTY,
  FORM_STUDENT_STUDENT,
  FORM_TEACHER_STUDENT,
  FORM_TEACHER_TEACHER,
} from '../../core/catalogues/defaults';
import { fullName, type Gender, masculineSurname, type PersonName, randomName, transliterate } from './generate-names';
import type { Random } from './generate-random';

/** A generated base row: values by the layout's column keys (src/core/bases/layouts.ts). */
export type DemoRow = Record<string, Cell>;

export interface Organization {
  name: string;
  /** Web/e-mail domain of the school. */
  domain: string;
}

/** What every builder needs: the draws, the year, the e-mails already given. */
export interface PeopleContext {
  random: Random;
  academicYear: number;
  emails: Set<string>;
}

/** Seed 000's staffing table (МОУ – Гимназия № 1): subject, teachers, position title. */
const STAFFING: ReadonlyArray<readonly [subject: string, weight: number, position: string]> = [
  ['начальные классы', 8, 'учитель начальных классов'],
  ['русский язык и литература', 4, 'учитель русского языка и литературы'],
  ['иностранный язык', 6, 'учитель английского языка'],
  ['история и обществознание', 4, 'учитель истории и обществознания'],
  ['физическая культура', 2, 'учитель физической культуры'],
  ['математика', 4, 'учитель математики'],
  ['информатика', 1, 'учитель информатики'],
  ['технология', 2, 'учитель технологии'],
  ['биология', 2, 'учитель биологии'],
  ['педагог-психолог', 1, 'педагог-психолог'],
];
/** In the same table 18 of 38 teachers are also class teachers. */
const CLASS_TEACHER_SHARE = 18 / 38;

/** Competencies (catalogue «Компетенции и дефициты») a teacher of a subject typically has or lacks. */
const SUBJECT_TAGS: Record<string, string[]> = {
  'начальные классы': [
    'функциональная грамотность',
    'работа с родителями',
    'классное руководство',
    'методика урока',
    'оценивание',
  ],
  'русский язык и литература': [
    'подготовка к ОГЭ/ЕГЭ',
    'функциональная грамотность',
    'методика урока',
    'конкурсы профмастерства',
  ],
  'иностранный язык': ['ИКТ и цифровые ресурсы', 'методика урока', 'подготовка к ОГЭ/ЕГЭ', 'работа с одарёнными'],
  'история и обществознание': ['проектная деятельность', 'воспитательная работа', 'подготовка к ОГЭ/ЕГЭ'],
  'физическая культура': ['воспитательная работа', 'дисциплина на уроке', 'учебная мотивация'],
  математика: ['подготовка к ОГЭ/ЕГЭ', 'работа с одарёнными', 'функциональная грамотность', 'учебная мотивация'],
  информатика: ['ИКТ и цифровые ресурсы', 'проектная деятельность', 'работа с одарёнными'],
  технология: ['проектная деятельность', 'профориентация', 'инклюзивное образование (ОВЗ)'],
  биология: ['исследовательская деятельность', 'работа с одарёнными', 'подготовка к ОГЭ/ЕГЭ'],
  'педагог-психолог': [
    'профилактика выгорания',
    'адаптация в коллективе',
    'инклюзивное образование (ОВЗ)',
    'работа с родителями',
  ],
  управление: ['управленческие навыки', 'документация и ФГОС', 'оценивание'],
};

/** What young teachers ask help with most often (self-assessment questionnaires of the seeds). */
const YOUNG_DEFICITS: ReadonlyArray<readonly [string, number]> = [
  ['дисциплина на уроке', 6],
  ['работа с родителями', 6],
  ['документация и ФГОС', 5],
  ['методика урока', 4],
  ['оценивание', 3],
  ['классное руководство', 3],
  ['адаптация в коллективе', 2],
  ['профилактика выгорания', 2],
  ['ИКТ и цифровые ресурсы', 1],
  ['функциональная грамотность', 2],
  ['воспитательная работа', 2],
];
const EXPERIENCED_DEFICITS: ReadonlyArray<readonly [string, number]> = [
  ['ИКТ и цифровые ресурсы', 5],
  ['функциональная грамотность', 4],
  ['инклюзивное образование (ОВЗ)', 3],
  ['профилактика выгорания', 3],
  ['проектная деятельность', 2],
  ['конкурсы профмастерства', 2],
  ['исследовательская деятельность', 1],
];

const TIMES = ['пн день', 'пн вечер', 'вт день', 'вт вечер', 'ср день', 'ср вечер', 'чт день', 'чт вечер', 'пт день'];
const ACHIEVEMENTS = [
  'Победитель муниципального этапа конкурса «Учитель года»',
  'Призёр регионального конкурса «Педагог-наставник»',
  'Почётная грамота Министерства просвещения РФ',
  'Подготовка призёров регионального этапа ВсОШ',
  'Руководитель школьного методического объединения',
  'Эксперт предметной комиссии ОГЭ',
  'Эксперт предметной комиссии ЕГЭ',
  'Публикации в сборнике «Педагогический поиск»',
];
const INTERESTS = [
  'туризм',
  'театр',
  'шахматы',
  'волонтёрство',
  'краеведение',
  'фотография',
  'спорт',
  'музыка',
  'робототехника',
  'чтение',
];
const MAIL_DOMAINS: ReadonlyArray<readonly [string, number]> = [
  ['mail.ru', 5],
  ['yandex.ru', 5],
  ['gmail.com', 2],
  ['list.ru', 1],
  ['bk.ru', 1],
  ['inbox.ru', 1],
];
const STUDENT_SUBJECTS = [
  'математика',
  'русский язык и литература',
  'иностранный язык',
  'биология',
  'история и обществознание',
  'информатика',
  'физика',
  'химия',
];
const CLASS_LETTERS = ['А', 'Б', 'В', 'Г'];

/** Student requests by role model of «учитель – ученик» and «ученик – ученик». */
const STUDENT_REQUESTS: ReadonlyArray<readonly [tags: string[], weight: number]> = [
  [['учебная мотивация', 'функциональная грамотность'], 5],
  [['подготовка к ОГЭ/ЕГЭ', 'учебная мотивация'], 4],
  [['исследовательская деятельность', 'проектная деятельность'], 3],
  [['адаптация в коллективе'], 3],
  [['профориентация', 'проектная деятельность'], 2],
  [['инклюзивное образование (ОВЗ)', 'адаптация в коллективе'], 1],
  [['воспитательная работа', 'учебная мотивация'], 1],
];
const STUDENT_MENTOR_TAGS = [
  'проектная деятельность',
  'учебная мотивация',
  'адаптация в коллективе',
  'подготовка к ОГЭ/ЕГЭ',
  'исследовательская деятельность',
  'профориентация',
];

function day(ctx: PeopleContext, month: number, fromDay: number, spanDays: number): Date {
  return new Date(ctx.academicYear, month - 1, fromDay + ctx.random.int(0, spanDays));
}

/** Consents are collected at the start of the academic year. */
function consentDate(ctx: PeopleContext): Date {
  return day(ctx, 8, 25, 26);
}

function teacherGender(random: Random): Gender {
  return random.chance(0.82) ? 'f' : 'm';
}

function times(random: Random, count: number): string {
  return random.sample(TIMES, count).join('; ');
}

function uniqueEmail(ctx: PeopleContext, local: string, domain: string): string {
  let email = `${local}@${domain}`;
  for (let n = 2; ctx.emails.has(email); n++) email = `${local}${n}@${domain}`;
  ctx.emails.add(email);
  return email;
}

function workEmail(ctx: PeopleContext, person: PersonName, org: Organization): string {
  const initials = transliterate(person.name[0] + person.patronymic[0]);
  return uniqueEmail(ctx, `${transliterate(person.surname)}.${initials}`, org.domain);
}

function personalEmail(ctx: PeopleContext, person: PersonName, birthYear: number): string {
  const random = ctx.random;
  const styles = [
    `${transliterate(person.name)}.${transliterate(person.surname)}`,
    `${transliterate(person.surname)}${String(birthYear).slice(2)}`,
    `${transliterate(person.name[0])}${transliterate(person.surname)}`,
  ];
  return uniqueEmail(ctx, random.pick(styles), random.weighted(MAIL_DOMAINS));
}

function email(ctx: PeopleContext, person: PersonName, org: Organization, birthYear: number): string {
  return ctx.random.chance(0.55) ? workEmail(ctx, person, org) : personalEmail(ctx, person, birthYear);
}

function teacherSubjects(random: Random): { subjects: string[]; position: string } {
  const [subject, , position] = random.weighted(STAFFING.map((entry) => [entry, entry[1]] as const));
  const subjects = [subject];
  const classTeacher =
    subject === 'начальные классы' || (subject !== 'педагог-психолог' && random.chance(CLASS_TEACHER_SHARE));
  if (classTeacher && subject !== 'начальные классы') subjects.push('классное руководство');
  const languagePosition = subject === 'иностранный язык' && random.chance(0.25) ? 'учитель немецкого языка' : position;
  return { subjects, position: languagePosition };
}

function competenciesFor(random: Random, subjects: string[], extra: number): string[] {
  const own = subjects.flatMap((subject) => SUBJECT_TAGS[subject] ?? []);
  const tags = new Set(random.sample(own, Math.min(own.length, random.int(2, 3))));
  if (subjects.includes('классное руководство')) tags.add('классное руководство');
  for (const tag of random.sample(
    [
      'работа с родителями',
      'методика урока',
      'воспитательная работа',
      'профилактика выгорания',
      'адаптация в коллективе',
      'учебная мотивация',
    ],
    extra,
  ))
    tags.add(tag);
  return [...tags];
}

function deficitsFor(random: Random, subjects: string[], young: boolean): string[] {
  const pool = young ? YOUNG_DEFICITS : EXPERIENCED_DEFICITS;
  const tags = new Set<string>();
  const count = random.int(2, young ? 4 : 3);
  while (tags.size < count) tags.add(random.weighted(pool));
  if (random.chance(0.4)) tags.add(random.pick(SUBJECT_TAGS[subjects[0]] ?? ['методика урока']));
  return [...tags];
}

function qualificationFor(random: Random, experience: number): string {
  if (experience < 5)
    return random.weighted([
      ['без категории', 2],
      ['соответствие занимаемой должности', 3],
      ['первая', 2],
    ]);
  if (experience < 12)
    return random.weighted([
      ['первая', 5],
      ['высшая', 3],
      ['соответствие занимаемой должности', 1],
    ]);
  return random.weighted([
    ['высшая', 12],
    ['первая', 6],
    ['педагог-наставник', 1],
    ['педагог-методист', 1],
  ]);
}

export function teacherMentor(ctx: PeopleContext, org: Organization): DemoRow {
  const { random } = ctx;
  const gender = teacherGender(random);
  const person = randomName(random, gender, 'senior');
  const experience = Math.round(random.bell(19, 15, 5, 42));
  const age = Math.min(70, 22 + experience + random.int(0, 8));
  const { subjects, position } = teacherSubjects(random);
  const forms = random.chance(0.3) ? [FORM_TEACHER_TEACHER, FORM_TEACHER_STUDENT] : [FORM_TEACHER_TEACHER];
  const consent = consentDate(ctx);
  return {
    fio: fullName(person),
    category: 'педагог',
    organization: org.name,
    position,
    subjects: subjects.join('; '),
    experience,
    qualification: qualificationFor(random, experience),
    competencies: competenciesFor(random, subjects, random.int(0, 2)).join('; '),
    achievements: random.chance(0.4) ? random.pick(ACHIEVEMENTS) : null,
    interests: random.chance(0.3) ? random.sample(INTERESTS, random.int(1, 2)).join('; ') : null,
    wishedCategories: random.chance(0.2) ? 'молодой специалист' : null,
    wishedAge: random.chance(0.15) ? '22–35' : null,
    times: times(random, random.int(1, 3)),
    forms: forms.join('; '),
    loadLimit: random.weighted<number | null>([
      [null, 15],
      [2, 3],
      [4, 2],
    ]),
    email: email(ctx, person, org, ctx.academicYear - age),
    consent,
    status: 'новый',
    caseLink: random.chance(0.1) ? `https://${org.domain}/nastavnichestvo/${transliterate(person.surname)}` : null,
  };
}

export function managerMentor(ctx: PeopleContext, org: Organization): DemoRow {
  const row = teacherMentor(ctx, org);
  const { random } = ctx;
  return {
    ...row,
    category: 'управленческий кадр',
    position: random.pick(['заместитель директора по УВР', 'заместитель директора по ВР', 'директор']),
    subjects: 'управление',
    qualification: 'высшая',
    competencies: competenciesFor(random, ['управление'], 1).join('; '),
    forms: [FORM_MANAGER_DEPUTY, FORM_TEACHER_TEACHER].join('; '),
    wishedCategories: null,
  };
}

export function teacherMentee(ctx: PeopleContext, org: Organization): DemoRow {
  const { random } = ctx;
  const young = random.chance(0.8);
  const gender = teacherGender(random);
  const person = randomName(random, gender, young ? 'young' : 'senior');
  const experience = young
    ? random.weighted([
        [0, 3],
        [0.5, 1],
        [1, 3],
        [2, 2],
        [3, 1],
      ])
    : random.int(4, 25);
  const age = young ? random.int(22, 34) : Math.min(60, 23 + experience + random.int(0, 10));
  const { subjects, position } = teacherSubjects(random);
  const consent = consentDate(ctx);
  return {
    fio: fullName(person),
    category: young ? 'молодой специалист' : 'педагог',
    organization: org.name,
    position,
    subjects: subjects.join('; '),
    experience,
    age,
    deficits: deficitsFor(random, subjects, young).join('; '),
    entryDate: new Date(consent.getFullYear(), consent.getMonth(), consent.getDate() + random.int(3, 20)),
    wantedForm: FORM_TEACHER_TEACHER,
    times: times(random, random.int(1, 3)),
    email: email(ctx, person, org, ctx.academicYear - age),
    consent,
    status: 'ожидает пары',
  };
}

export function managerMentee(ctx: PeopleContext, org: Organization): DemoRow {
  const row = teacherMentee(ctx, org);
  return {
    ...row,
    category: 'управленческий кадр',
    position: ctx.random.pick([
      'заместитель директора по УВР (назначен в этом году)',
      'заместитель директора по ВР (назначен в этом году)',
    ]),
    subjects: 'управление',
    experience: ctx.random.int(6, 20),
    age: ctx.random.int(30, 45),
    deficits: [
      'управленческие навыки',
      'документация и ФГОС',
      ctx.random.pick(['оценивание', 'работа с родителями']),
    ].join('; '),
    wantedForm: FORM_MANAGER_DEPUTY,
  };
}

function schoolClass(random: Random, grade: number): string {
  return `${grade} «${random.pick(CLASS_LETTERS)}»`;
}

/** A pupil mentored by a teacher or an older pupil; a minor's contact and consent are the parent's. */
export function studentMentee(ctx: PeopleContext, org: Organization): DemoRow {
  const { random } = ctx;
  const grade = random.weighted([
    [5, 3],
    [6, 3],
    [7, 3],
    [8, 3],
    [9, 3],
    [10, 2],
    [11, 2],
  ]);
  const age = grade + 6 + (random.chance(0.6) ? 1 : 0);
  const gender: Gender = random.chance(0.5) ? 'f' : 'm';
  const person = randomName(random, gender, 'child');
  const request = random.weighted(STUDENT_REQUESTS);
  const form =
    request.includes('адаптация в коллективе') || random.chance(0.35) ? FORM_STUDENT_STUDENT : FORM_TEACHER_STUDENT;
  const minor = age < 18;
  const consent = consentDate(ctx);
  const parentGender: Gender = random.chance(0.8) ? 'f' : 'm';
  const parent = randomName(random, parentGender, 'senior', masculineSurname(person.surname));
  const contact = minor ? parent : person;
  const contactBirthYear = ctx.academicYear - (minor ? random.int(32, 50) : age);
  return {
    fio: fullName(person),
    category: 'обучающийся',
    organization: org.name,
    position: schoolClass(random, grade),
    subjects: random.pick(STUDENT_SUBJECTS),
    experience: null,
    age,
    deficits: request.join('; '),
    entryDate: new Date(consent.getFullYear(), consent.getMonth(), consent.getDate() + random.int(3, 20)),
    wantedForm: form,
    times: times(random, random.int(1, 2)),
    email: personalEmail(ctx, contact, contactBirthYear),
    representative: minor ? fullName(parent) : null,
    consent: minor ? null : consent,
    representativeConsent: minor ? consent : null,
    status: 'ожидает пары',
  };
}

/** An older pupil (grades 9–11) mentoring younger ones in «ученик – ученик». */
export function studentMentor(ctx: PeopleContext, org: Organization): DemoRow {
  const { random } = ctx;
  const grade = random.int(9, 11);
  const gender: Gender = random.chance(0.55) ? 'f' : 'm';
  const person = randomName(random, gender, 'child');
  return {
    fio: fullName(person),
    category: 'обучающийся',
    organization: org.name,
    position: schoolClass(random, grade),
    subjects: random.sample(STUDENT_SUBJECTS, random.int(1, 2)).join('; '),
    experience: null,
    qualification: null,
    competencies: random.sample(STUDENT_MENTOR_TAGS, random.int(2, 3)).join('; '),
    achievements: random.chance(0.3)
      ? random.pick([
          'Призёр муниципального этапа ВсОШ',
          'Лидер школьного самоуправления',
          'Волонтёр «Движения первых»',
        ])
      : null,
    interests: random.chance(0.5) ? random.sample(INTERESTS, random.int(1, 2)).join('; ') : null,
    wishedCategories: 'обучающийся',
    wishedAge: null,
    times: times(random, random.int(1, 2)),
    forms: FORM_STUDENT_STUDENT,
    loadLimit: 2,
    email: personalEmail(ctx, person, ctx.academicYear - grade - 7),
    consent: consentDate(ctx),
    status: 'новый',
    caseLink: null,
  };
}
