/**
 * Demo answers to the questionnaires, as Google Forms would put them in response sheets: entry
 * and exit waves for mentees and mentors (a realistic spread and some growth), satisfaction,
 * SWOT and preferences. People write their names in any order and case, some forget the e-mail,
 * a few cannot be identified at all, and one exit question was renamed in the form.
 */
import { join } from 'node:path';
import type { Cell, Grid } from '../../core/cell';
import { MENTEE_LAYOUT, MENTOR_LAYOUT } from '../../core/bases/layouts';
import { type Outcome, outcome } from '../../core/outcome';
import type { Env } from '../../core/ports';
import { type AnswerFile, importAnswers } from '../../core/usecases/survey/import-answers';
import { printableForms } from '../../core/usecases/survey/printable-forms';
import { loadTemplates } from '../../core/usecases/survey/workspace';
import { choiceLabel, readRoster, type RosterPerson } from '../../core/survey/roster';
import {
  activeItems,
  itemTitle,
  type SurveyItem,
  type SurveyTemplate,
  type TemplateWave,
} from '../../core/survey/template';
import { FolderDocuments } from '../docx-renderer';
import { Random } from './generate-random';
import type { DemoContext } from './steps';

const RENAMED = { code: 'meetingsUseful', title: 'Насколько полезными оказались для вас встречи с наставником?' };

const OPEN_ANSWERS: Record<string, string[]> = {
  valuable: [
    'Разбор моих уроков',
    'Поддержка в первые месяцы',
    'Совместная подготовка к открытому уроку',
    '- больше практики, меньше бумаг',
    'Советы по работе с родителями',
    'Уверенность в себе',
  ],
  missing: [
    'Времени на встречи',
    'Посещения уроков коллег',
    'Ничего',
    'Методических материалов',
    'Обратной связи чаще',
  ],
  improve: [
    'Больше встреч в неформальной обстановке',
    'Сократить отчётность',
    'Ничего менять не нужно',
    'Обучение наставников в начале года',
  ],
  sOpen: ['Опытные наставники', 'Доброжелательная атмосфера', 'Поддержка администрации'],
  wOpen: ['Нехватка времени', 'Много отчётов', 'Не все пары встречаются регулярно'],
  oOpen: ['Сетевое взаимодействие со школами района', 'Курсы повышения квалификации', 'Конкурсы профмастерства'],
  tOpen: ['Уход молодых специалистов', 'Перегрузка педагогов', 'Болезни и замены'],
};

/** What a school collects at each point of its year: preferences before matching, entry after it, exit at the end. */
export type DemoSurveyPart = 'preferences' | 'entry' | 'exit';

const PART_OF = (file: AnswerFile): DemoSurveyPart =>
  file.template === 'preferences' ? 'preferences' : file.wave === 'вход' ? 'entry' : 'exit';

/**
 * Imports the demo's answers of the given parts (all by default). Every part is generated each
 * time from the same seed, so the answers of a part are the same whichever parts run before it.
 */
export function demoSurveyAnswers(
  env: Env,
  seed: number,
  academicYear: number,
  parts: readonly DemoSurveyPart[] = ['preferences', 'entry', 'exit'],
): Outcome {
  const random = new Random(seed * 7919 + 17);
  const templates = loadTemplates(env.workbook, []);
  const roster = readRoster(env.workbook.readSheet(MENTOR_LAYOUT.sheet), env.workbook.readSheet(MENTEE_LAYOUT.sheet));
  const surveyed = surveyedOrganizations(roster.people);
  const mentees = roster.people.filter((p) => p.role === 'mentee' && p.fio !== '' && surveyed.has(p.organization));
  const mentors = roster.people.filter((p) => p.role === 'mentor' && p.fio !== '' && surveyed.has(p.organization));
  const template = (code: string) => templates.find((t) => t.code === code) as SurveyTemplate;
  const entryDay = new Date(academicYear, 10, 10, 9);
  const exitDay = new Date(academicYear + 1, 3, 14, 9);
  const files: AnswerFile[] = [];
  for (const [people, code] of [
    [mentees, 'mentee-monitoring'],
    [mentors, 'mentor-monitoring'],
  ] as const) {
    const levels = new Map(
      people.map((p) => [p.id, { base: random.bell(5.6, 1.4, 2, 9), growth: random.bell(0.9, 3.5, -3, 5) }]),
    );
    const entry = people.filter(() => random.chance(0.85));
    const exit = entry.filter(() => random.chance(0.85));
    files.push(
      responses(template(code), 'вход', entry, random, entryDay, (_item, person) =>
        scaleAnswer(random, levels.get(person.id)?.base ?? 5),
      ),
    );
    files.push(
      responses(template(code), 'выход', exit, random, exitDay, (_item, person) => {
        const level = levels.get(person.id) ?? { base: 5, growth: 1 };
        return scaleAnswer(random, level.base + level.growth);
      }),
    );
  }
  const everyone = [...mentees, ...mentors];
  files.push(
    responses(
      template('satisfaction'),
      'разовая',
      everyone.filter(() => random.chance(0.6)),
      random,
      new Date(academicYear + 1, 2, 20, 12),
      () => scaleAnswer(random, 7.6),
    ),
  );
  files.push(
    responses(
      template('swot'),
      'разовая',
      mentors.filter(() => random.chance(0.5)),
      random,
      new Date(academicYear + 1, 3, 25, 15),
      (item) => String(random.int(item.swot === 'S' || item.swot === 'O' ? 3 : 2, 5)),
    ),
  );
  files.push(preferences(template('preferences'), mentees, mentors, random, new Date(academicYear, 8, 25, 16)));
  return importAnswers(
    env,
    files.filter((file) => parts.includes(PART_OF(file))),
  );
}

type Scale = (item: SurveyItem, person: RosterPerson) => string | number;

/** A school surveys everyone; in a network of schools a third of them ran the questionnaires this year. */
function surveyedOrganizations(people: readonly RosterPerson[]): Set<string> {
  const organizations = [...new Set(people.map((p) => p.organization))].sort((a, b) => a.localeCompare(b, 'ru'));
  return new Set(people.length <= 300 ? organizations : organizations.slice(0, Math.ceil(organizations.length / 3)));
}

function scaleAnswer(random: Random, level: number): number {
  return Math.round(Math.min(10, Math.max(1, level + random.bell(0, 1.1, -3, 3))));
}

function responses(
  template: SurveyTemplate,
  wave: TemplateWave,
  people: readonly RosterPerson[],
  random: Random,
  day: Date,
  scale: Scale,
): AnswerFile {
  const items = activeItems(template);
  const title = (item: SurveyItem) =>
    wave === 'выход' && template.code === 'mentee-monitoring' && item.code === RENAMED.code
      ? RENAMED.title
      : itemTitle(item, wave);
  const header: Cell[] = ['Отметка времени', 'Адрес электронной почты', ...items.map(title)];
  const rows: Grid = [header];
  const strangers = Math.max(1, Math.round(people.length * 0.03));
  const respondents = [...people, ...Array.from({ length: strangers }, (_, i) => stranger(random, i))];
  respondents.forEach((person, i) => {
    const stamp = new Date(day.getTime() + i * 137_000 + random.int(0, 3_600_000));
    const known = person.id !== '';
    const email = known && person.email && random.chance(0.7) ? person.email : '';
    const row: Cell[] = [stamp, email];
    for (const item of items) row.push(answer(item, person, random, scale, known));
    rows.push(row);
  });
  // the name is what a curator reads on «Проблемы»: the questionnaire's title, never its code
  return { name: `Google Форма «${template.title}» (${wave})`, grid: rows, template: template.code, wave };
}

function answer(item: SurveyItem, person: RosterPerson, random: Random, scale: Scale, known: boolean): Cell {
  if (item.baseColumn === 'fio') return known ? messyName(person.fio, random) : person.fio;
  if (item.baseColumn === 'organization') return person.organization;
  if (item.kind === 'scale10') return scale(item, person);
  if (item.kind === 'agree5') return scale(item, person);
  if (item.kind === 'yesno') return random.chance(0.75) ? 'да' : 'нет';
  if (item.code === 'role') return person.role === 'mentor' ? 'наставник' : 'наставляемый';
  const phrases = OPEN_ANSWERS[item.code];
  if (phrases) return random.chance(0.7) ? random.pick(phrases) : null;
  return null;
}

/** How people type their own name: swapped order, lower case, ё as е, extra spaces. */
function messyName(fio: string, random: Random): string {
  let name = fio;
  if (random.chance(0.15)) {
    const [last, ...rest] = name.split(' ');
    name = [...rest, last].join(' ');
  }
  if (random.chance(0.15)) name = name.toLowerCase();
  if (random.chance(0.2)) name = name.replace(/ё/g, 'е');
  if (random.chance(0.1)) name = ` ${name.replace(' ', '  ')} `;
  return name;
}

function stranger(random: Random, i: number): RosterPerson {
  const surnames = ['Смирнова', 'Кузьмин', 'Лебедева', 'Новиков', 'Морозова', 'Волков', 'Зайцева', 'Павлов'];
  const initials = 'АВГДЕИКЛМНОПС';
  const fio = `${surnames[i % surnames.length]} ${initials[Math.floor(i / surnames.length) % initials.length]}. ${initials[random.int(0, initials.length - 1)]}.`;
  return { id: '', role: 'mentee', fio, organization: random.chance(0.5) ? 'другая школа' : '', email: '', row: 0 };
}

function preferences(
  template: SurveyTemplate,
  mentees: readonly RosterPerson[],
  mentors: readonly RosterPerson[],
  random: Random,
  day: Date,
): AnswerFile {
  const items = activeItems(template);
  const rows: Grid = [['Отметка времени', 'Адрес электронной почты', ...items.map((item) => item.title)]];
  const choose = (person: RosterPerson, side: readonly RosterPerson[]) => {
    const sameOrg = side.filter((p) => p.organization === person.organization);
    return random.sample(sameOrg.length >= 3 ? sameOrg : side, 3).map(choiceLabel);
  };
  const respondents = [...mentees.filter(() => random.chance(0.5)), ...mentors.filter(() => random.chance(0.5))];
  respondents.forEach((person, i) => {
    const picks = choose(person, person.role === 'mentee' ? mentors : mentees);
    const count = random.int(1, 3);
    const row: Cell[] = [new Date(day.getTime() + i * 60_000), person.email || null];
    for (const item of items) {
      if (item.baseColumn === 'fio') row.push(person.fio);
      else if (item.baseColumn === 'organization') row.push(person.organization);
      else if (item.kind === 'rank') {
        const forThisSide = (item.choicesFrom === 'mentors') === (person.role === 'mentee');
        row.push(forThisSide && (item.rank ?? 1) <= count ? (picks[(item.rank ?? 1) - 1] ?? null) : null);
      } else row.push(null);
    }
    rows.push(row);
  });
  return { name: `Google Форма «${template.title}»`, grid: rows, template: template.code, wave: 'разовая' };
}

/** The questionnaires for paper, next to the demo workbook (out/<name>-анкеты/*.docx). */
export async function printDemoQuestionnaires(
  env: Env,
  folder: string,
  addFile: (path: string) => void,
): Promise<Outcome> {
  const documents = new FolderDocuments(folder);
  for (const model of printableForms(env)) documents.create(model);
  const files = await documents.settle();
  for (const file of files) addFile(file);
  return outcome('Анкеты для печати', [`Файлов DOCX: ${files.length} в папке ${folder}`], { files: files.length });
}

/** The demo's answers of one part, imported when a school would have them (see DEMO_STEPS). */
export function demoSurveyStep(...parts: DemoSurveyPart[]): (ctx: DemoContext) => Outcome {
  return (ctx) => demoSurveyAnswers(ctx.env, ctx.name.length, Number(ctx.data.settings.academicYear ?? 2026), parts);
}

/** Paper questionnaires are for a school: the network's workbook skips them. */
export async function printQuestionnairesStep(ctx: DemoContext): Promise<Outcome> {
  if (ctx.name !== 'demo')
    return {
      status: 'nothing-to-do',
      title: 'Анкеты для печати',
      lines: ['Бумажные анкеты печатаются для школы (книга demo).'],
    };
  return printDemoQuestionnaires(ctx.env, join(ctx.dir, `${ctx.name}-анкеты`), ctx.addFile);
}
