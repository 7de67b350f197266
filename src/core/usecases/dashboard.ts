/**
 * «Панель наставничества»: the program at a glance, computed from the sheets as they are now.
 * Each sheet is read once; a sheet that does not exist yet gives a section that says what
 * creates it. The result is plain JSON (it crosses google.script.run): no Date objects.
 */
import { type Cell, cellText, type Grid, isBlank } from '../cell';
import { MENTEE_COLUMNS, MENTEES_SHEET, MENTOR_COLUMNS, MENTORS_SHEET } from '../bases/layouts';
import { menuItems } from '../menu';
import { PAIR_COLUMNS, PAIRS_SHEET } from '../pairs/register-layout';
import type { Env, Locale } from '../ports';
import { PROBLEM_COLUMNS, PROBLEMS_SHEET } from '../problems/problems-sheet';
import { Settings, SETTINGS_SHEET } from '../settings/settings';
import { type HeaderMap, mapHeader } from '../sheet/header-map';
import type { ColumnSpec } from '../sheet/layout';
import { ANSWER_COLUMNS, ANSWERS_SHEET } from '../survey/answers-layout';
import { mergeTemplatesSheet, readTemplates, TEMPLATES_SHEET } from '../survey/templates-sheet';
import { roadmapProgress } from '../roadmap/progress';
import { personKey, textKey } from '../text/normalize';
import { DASHBOARD_SHEETS } from './dashboard-sheets';

export type Tone = 'good' | 'warn' | 'bad' | 'neutral';

export interface Figure {
  label: string;
  value: number | string;
  tone?: Tone;
}

export interface SectionAction {
  /** A function the entry module exports (a menu item's target). */
  functionName: string;
  label: string;
}

export type SectionId =
  | 'participants'
  | 'pairs'
  | 'unpaired'
  | 'problems'
  | 'questionnaires'
  | 'indicators'
  | 'roadmap';

export interface DashboardSection {
  id: SectionId;
  title: string;
  /** False when the sheet behind the section does not exist or is empty. */
  available: boolean;
  figures: Figure[];
  /** What to do next (e.g. which menu item fills the sheet). */
  hint?: string;
  /** Names to show as a list (mentees without a pair, most frequent problems…). */
  items?: string[];
  /** How many items exist beyond the ones listed. */
  moreItems?: number;
  progress?: { done: number; total: number; label: string };
  /** The sheet a «Открыть лист» button activates. */
  sheet?: string;
  actions: SectionAction[];
}

export interface Dashboard {
  locale: Locale;
  /** ISO 8601. */
  generatedAt: string;
  organization: string;
  academicYear: string;
  sections: DashboardSection[];
}

/** How many names a section lists at most (the sidebar is 300 px wide). */
export const LISTED_NAMES = 8;

const TEXT = {
  ru: {
    participants: 'Участники',
    mentors: 'Наставники',
    mentees: 'Наставляемые',
    noConsent: 'Без согласия на обработку ПДн',
    basesMissing: 'Баз ещё нет. Выполните «Подготовить таблицу» и заполните листы «Наставники» и «Наставляемые».',
    pairs: 'Пары и группы',
    active: 'Активные',
    completed: 'Завершённые',
    terminated: 'Расторгнутые',
    otherStatus: 'Другой статус',
    groups: 'Групп',
    drafts: 'Предложено в черновике',
    pairsMissing: 'Реестр «Пары» ещё пуст: сформируйте пары и утвердите их.',
    unpaired: 'Наставляемые без пары',
    withoutPair: 'Без активной пары',
    share: 'С парой',
    unpairedNone: 'У каждого наставляемого есть активная пара.',
    problems: 'Проблемы в данных',
    errors: 'Ошибки',
    warnings: 'Предупреждения',
    problemsMissing: 'Проверка ещё не запускалась: выполните «Проверить базы».',
    problemsNone: 'Проблем не найдено.',
    questionnaires: 'Анкеты',
    forms: 'Анкет в реестре',
    responses: 'Ответов загружено',
    respondents: 'Участников ответили',
    questionnairesMissing: 'Анкет ещё нет: создайте анкету на боковой панели «Анкеты».',
    indicators: 'Показатели',
    achieved: 'Достигнуты',
    notAchieved: 'Не достигнуты',
    noData: 'Нет данных',
    indicatorsMissing: 'Лист «Показатели» ещё не рассчитан.',
    roadmap: 'Дорожная карта',
    done: 'Выполнено',
    overdue: 'Просрочено',
    upcoming: 'Предстоит',
    inProgress: 'В работе',
    events: 'мероприятий выполнено',
    roadmapMissing: 'Дорожная карта ещё не сформирована.',
    indicatorsProgress: 'показателей достигнуто',
    paired: 'наставляемых с парой',
  },
  en: {
    participants: 'Participants',
    mentors: 'Mentors',
    mentees: 'Mentees',
    noConsent: 'Without consent to data processing',
    basesMissing: 'No bases yet. Run «Set up the spreadsheet» and fill in the mentor and mentee sheets.',
    pairs: 'Pairs and groups',
    active: 'Active',
    completed: 'Completed',
    terminated: 'Terminated',
    otherStatus: 'Other status',
    groups: 'Groups',
    drafts: 'Proposed in the draft',
    pairsMissing: 'The pair register is empty: form pairs and approve them.',
    unpaired: 'Mentees without a pair',
    withoutPair: 'Without an active pair',
    share: 'With a pair',
    unpairedNone: 'Every mentee has an active pair.',
    problems: 'Data problems',
    errors: 'Errors',
    warnings: 'Warnings',
    problemsMissing: 'The check has not run yet: run «Check the bases».',
    problemsNone: 'No problems found.',
    questionnaires: 'Questionnaires',
    forms: 'Questionnaires registered',
    responses: 'Responses imported',
    respondents: 'Participants answered',
    questionnairesMissing: 'No questionnaires yet: create one in the «Questionnaires» sidebar.',
    indicators: 'Indicators',
    achieved: 'Achieved',
    notAchieved: 'Not achieved',
    noData: 'No data',
    indicatorsMissing: 'The indicators sheet has not been computed yet.',
    roadmap: 'Roadmap',
    done: 'Done',
    overdue: 'Overdue',
    upcoming: 'Upcoming',
    inProgress: 'In progress',
    events: 'events done',
    roadmapMissing: 'The roadmap has not been generated yet.',
    indicatorsProgress: 'indicators achieved',
    paired: 'mentees with a pair',
  },
} as const;

type Words = { readonly [K in keyof (typeof TEXT)['ru']]: string };

export function readDashboard(env: Env): Dashboard {
  const w: Words = TEXT[env.locale] ?? TEXT.ru;
  const book = new SheetCache(env);
  const settings = Settings.fromSheet(book.read(SETTINGS_SHEET));
  const today = env.clock.now();
  const mentees = tableOf(book.read(MENTEES_SHEET), MENTEE_COLUMNS, 'fio');
  const pairs = tableOf(book.read(PAIRS_SHEET), PAIR_COLUMNS, 'menteeName');
  const sections: DashboardSection[] = [
    participantsSection(w, env.locale, tableOf(book.read(MENTORS_SHEET), MENTOR_COLUMNS, 'fio'), mentees),
    pairsSection(w, env.locale, pairs, book.read(DASHBOARD_SHEETS.pairDraft)),
    unpairedSection(w, env.locale, mentees, pairs, book.exists(DASHBOARD_SHEETS.unmatched)),
    problemsSection(
      w,
      env.locale,
      tableOf(book.read(PROBLEMS_SHEET), PROBLEM_COLUMNS as unknown as ColumnSpec[], 'message'),
    ),
    questionnairesSection(
      w,
      env.locale,
      book.read(DASHBOARD_SHEETS.questionnaires),
      tableOf(book.read(ANSWERS_SHEET), ANSWER_COLUMNS, 'responseId'),
      templateTitles(book.read(TEMPLATES_SHEET)),
    ),
    indicatorsSection(w, env.locale, tableOf(book.read(DASHBOARD_SHEETS.indicators), STATUS_COLUMNS, 'status')),
    roadmapSection(w, env.locale, book.read(DASHBOARD_SHEETS.roadmap), today),
  ];
  return {
    locale: env.locale,
    generatedAt: today.toISOString(),
    organization: settings.text('organizationName'),
    academicYear: academicYearText(settings),
    sections,
  };
}

function academicYearText(settings: Settings): string {
  const year = Number(settings.text('academicYear'));
  return Number.isInteger(year) && year > 0 ? `${year}/${year + 1}` : '';
}

/** Reads each sheet at most once. */
class SheetCache {
  private readonly names: Set<string>;
  private readonly grids = new Map<string, Grid | null>();

  constructor(private readonly env: Env) {
    this.names = new Set(env.workbook.sheetNames());
  }

  exists(name: string): boolean {
    return this.names.has(name);
  }

  /** The sheet, or null when it is missing (adapters may store a name differently, so ask them). */
  read(name: string): Grid | null {
    if (!this.grids.has(name)) this.grids.set(name, this.env.workbook.readSheet(name));
    return this.grids.get(name) ?? null;
  }
}

/** A sheet's rows as records of its standard columns; rows whose `keyColumn` is blank are skipped. */
interface Table {
  exists: boolean;
  map: HeaderMap;
  rows: Record<string, Cell>[];
}

function tableOf(grid: Grid | null, columns: readonly ColumnSpec[], keyColumn: string): Table {
  if (!grid || grid.length === 0) return { exists: false, map: mapHeader([], columns), rows: [] };
  const map = mapHeader(grid[0], columns);
  const keyIndex = map.index.get(keyColumn);
  const rows: Record<string, Cell>[] = [];
  for (const row of grid.slice(1)) {
    if (keyIndex === undefined ? row.every((cell) => isBlank(cell)) : isBlank(row[keyIndex])) continue;
    const record: Record<string, Cell> = {};
    for (const [key, i] of map.index) record[key] = row[i] ?? null;
    rows.push(record);
  }
  return { exists: true, map, rows };
}

function text(record: Record<string, Cell>, key: string): string {
  return cellText(record[key] ?? null);
}

/** Menu items behind a section, found by their Russian label (only items that exist are offered). */
function menuActions(locale: Locale, ...labels: string[]): SectionAction[] {
  const items = menuItems();
  return labels.flatMap((label) => {
    const item = items.find((candidate) => textKey(candidate.ru) === textKey(label));
    return item ? [{ functionName: item.functionName, label: locale === 'en' ? item.en : item.ru }] : [];
  });
}

function participantsSection(w: Words, locale: Locale, mentors: Table, mentees: Table): DashboardSection {
  const available = mentors.rows.length + mentees.rows.length > 0;
  const noConsent = [...mentors.rows, ...mentees.rows].filter(
    (r) => isBlank(r.consent ?? null) && isBlank(r.representativeConsent ?? null),
  ).length;
  const figures: Figure[] = [
    { label: w.mentors, value: mentors.rows.length },
    { label: w.mentees, value: mentees.rows.length },
  ];
  if (available) figures.push({ label: w.noConsent, value: noConsent, tone: noConsent > 0 ? 'warn' : 'good' });
  const byCategory = countBy([...mentors.rows, ...mentees.rows], (r) => text(r, 'category'));
  return {
    id: 'participants',
    title: w.participants,
    available,
    figures,
    items: available ? byCategory.slice(0, LISTED_NAMES).map(([category, n]) => `${category}: ${n}`) : undefined,
    hint: available ? undefined : w.basesMissing,
    sheet: MENTEES_SHEET,
    actions: menuActions(locale, 'Подготовить таблицу', 'Проверить базы'),
  };
}

function pairStatusOf(record: Record<string, Cell>): 'active' | 'completed' | 'terminated' | 'other' {
  const status = textKey(text(record, 'status'));
  if (status === '' || status.startsWith('активн')) return 'active';
  if (status.startsWith('заверш')) return 'completed';
  if (status.startsWith('растор')) return 'terminated';
  return 'other';
}

function pairsSection(w: Words, locale: Locale, pairs: Table, draft: Grid | null): DashboardSection {
  const statuses = pairs.rows.map(pairStatusOf);
  const count = (status: string) => statuses.filter((s) => s === status).length;
  const groups = new Set(pairs.rows.map((r) => text(r, 'groupId')).filter((g) => g !== '')).size;
  const draftRows = draft ? draft.slice(1).filter((row) => !row.every((cell) => isBlank(cell))).length : 0;
  const figures: Figure[] = [
    { label: w.active, value: count('active'), tone: 'good' },
    { label: w.completed, value: count('completed') },
    { label: w.terminated, value: count('terminated'), tone: count('terminated') > 0 ? 'warn' : undefined },
  ];
  if (count('other') > 0) figures.push({ label: w.otherStatus, value: count('other'), tone: 'warn' });
  if (groups > 0) figures.push({ label: w.groups, value: groups });
  if (draftRows > 0) figures.push({ label: w.drafts, value: draftRows });
  return {
    id: 'pairs',
    title: w.pairs,
    available: pairs.rows.length > 0,
    figures: pairs.rows.length > 0 || draftRows > 0 ? figures : [],
    hint: pairs.rows.length > 0 ? undefined : w.pairsMissing,
    sheet: pairs.exists ? PAIRS_SHEET : draft ? DASHBOARD_SHEETS.pairDraft : undefined,
    actions: menuActions(locale, 'Сформировать пары', 'Утвердить пары'),
  };
}

function unpairedSection(
  w: Words,
  locale: Locale,
  mentees: Table,
  pairs: Table,
  reasonsSheet: boolean,
): DashboardSection {
  const activeIds = new Set<string>();
  const activeNames = new Set<string>();
  for (const pair of pairs.rows) {
    if (pairStatusOf(pair) !== 'active') continue;
    if (text(pair, 'menteeId') !== '') activeIds.add(text(pair, 'menteeId'));
    activeNames.add(personKey(text(pair, 'menteeName')));
  }
  const current = mentees.rows.filter((r) => !/заверш|выбыл/.test(textKey(text(r, 'status'))));
  const unpaired = current.filter((r) => !activeIds.has(text(r, 'id')) && !activeNames.has(personKey(text(r, 'fio'))));
  const paired = current.length - unpaired.length;
  return {
    id: 'unpaired',
    title: w.unpaired,
    available: current.length > 0,
    figures: [{ label: w.withoutPair, value: unpaired.length, tone: unpaired.length > 0 ? 'warn' : 'good' }],
    items: unpaired.slice(0, LISTED_NAMES).map((r) => text(r, 'fio')),
    moreItems: Math.max(0, unpaired.length - LISTED_NAMES),
    progress: current.length > 0 ? { done: paired, total: current.length, label: w.paired } : undefined,
    hint: current.length > 0 && unpaired.length === 0 ? w.unpairedNone : undefined,
    sheet: reasonsSheet ? DASHBOARD_SHEETS.unmatched : MENTEES_SHEET,
    actions: menuActions(locale, 'Сформировать пары'),
  };
}

function problemsSection(w: Words, locale: Locale, problems: Table): DashboardSection {
  const errors = problems.rows.filter((r) => textKey(text(r, 'severity')).startsWith('ошиб')).length;
  const warnings = problems.rows.length - errors;
  const bySheet = countBy(problems.rows, (r) => text(r, 'sheet'));
  return {
    id: 'problems',
    title: w.problems,
    available: problems.exists,
    figures: problems.exists
      ? [
          { label: w.errors, value: errors, tone: errors > 0 ? 'bad' : 'good' },
          { label: w.warnings, value: warnings, tone: warnings > 0 ? 'warn' : 'good' },
        ]
      : [],
    items: bySheet.slice(0, LISTED_NAMES).map(([sheet, n]) => `${sheet}: ${n}`),
    hint: !problems.exists ? w.problemsMissing : problems.rows.length === 0 ? w.problemsNone : undefined,
    sheet: problems.exists ? PROBLEMS_SHEET : undefined,
    actions: menuActions(locale, 'Проверить базы'),
  };
}

/** Template code → its title («Анкета наставляемого…»), from the sheet or the defaults. */
function templateTitles(grid: Grid | null): Map<string, string> {
  return new Map(readTemplates(mergeTemplatesSheet(grid), []).map((template) => [template.code, template.title]));
}

function questionnairesSection(
  w: Words,
  locale: Locale,
  register: Grid | null,
  answers: Table,
  titles: Map<string, string>,
): DashboardSection {
  const forms = register ? register.slice(1).filter((row) => !row.every((cell) => isBlank(cell))).length : 0;
  const responses = new Set(answers.rows.map((r) => text(r, 'responseId'))).size;
  const respondents = new Set(answers.rows.map((r) => text(r, 'participantId')).filter((id) => id !== '')).size;
  const byQuestionnaire = countDistinct(
    answers.rows,
    (r) => {
      const template = text(r, 'template');
      return [titles.get(template) ?? template, text(r, 'wave')].filter((part) => part !== '').join(', ');
    },
    (r) => text(r, 'responseId'),
  );
  const available = forms > 0 || responses > 0;
  return {
    id: 'questionnaires',
    title: w.questionnaires,
    available,
    figures: available
      ? [
          { label: w.forms, value: forms },
          { label: w.responses, value: responses },
          { label: w.respondents, value: respondents },
        ]
      : [],
    items: byQuestionnaire.slice(0, LISTED_NAMES).map(([name, n]) => `${name}: ${n}`),
    hint: available ? undefined : w.questionnairesMissing,
    sheet: register ? DASHBOARD_SHEETS.questionnaires : answers.exists ? ANSWERS_SHEET : undefined,
    actions: menuActions(locale, 'Загрузить ответы'),
  };
}

const STATUS_COLUMNS: ColumnSpec[] = [
  { key: 'name', header: 'Показатель', aliases: ['Наименование показателя', 'Наименование'], type: 'text', note: '' },
  { key: 'status', header: 'Статус', aliases: ['Статус выполнения'], type: 'text', note: '' },
];

function indicatorsSection(w: Words, locale: Locale, indicators: Table): DashboardSection {
  const statuses = indicators.rows.map((r) => textKey(text(r, 'status')));
  const achieved = statuses.filter((s) => s.startsWith('достигнут')).length;
  const notAchieved = statuses.filter((s) => s.startsWith('не достигнут')).length;
  const noData = statuses.length - achieved - notAchieved;
  const available = indicators.rows.length > 0;
  return {
    id: 'indicators',
    title: w.indicators,
    available,
    figures: available
      ? [
          { label: w.achieved, value: achieved, tone: 'good' },
          { label: w.notAchieved, value: notAchieved, tone: notAchieved > 0 ? 'bad' : undefined },
          { label: w.noData, value: noData, tone: noData > 0 ? 'warn' : undefined },
        ]
      : [],
    progress: available ? { done: achieved, total: statuses.length, label: w.indicatorsProgress } : undefined,
    hint: available ? undefined : w.indicatorsMissing,
    sheet: indicators.exists ? DASHBOARD_SHEETS.indicators : undefined,
    actions: menuActions(locale, 'Показатели'),
  };
}

function roadmapSection(w: Words, locale: Locale, grid: Grid | null, today: Date): DashboardSection {
  const progress = roadmapProgress(grid, today);
  const active = progress.total - progress.cancelled;
  const available = progress.total > 0;
  return {
    id: 'roadmap',
    title: w.roadmap,
    available,
    figures: available
      ? [
          { label: w.done, value: progress.done, tone: 'good' },
          { label: w.overdue, value: progress.overdue, tone: progress.overdue > 0 ? 'bad' : undefined },
          { label: w.inProgress, value: progress.inProgress },
          { label: w.upcoming, value: progress.upcoming },
        ]
      : [],
    progress: active > 0 ? { done: progress.done, total: active, label: w.events } : undefined,
    hint: available ? undefined : w.roadmapMissing,
    sheet: grid ? DASHBOARD_SHEETS.roadmap : undefined,
    actions: menuActions(locale, 'Сформировать дорожную карту'),
  };
}

/** [value, count] sorted by count, then value; blank values are skipped. */
function countBy<T>(items: readonly T[], keyOf: (item: T) => string): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const key = keyOf(item);
    if (key !== '') counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'ru'));
}

function countDistinct<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  idOf: (item: T) => string,
): Array<[string, number]> {
  const sets = new Map<string, Set<string>>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === '') continue;
    const set = sets.get(key) ?? new Set<string>();
    set.add(idOf(item));
    sets.set(key, set);
  }
  return [...sets]
    .map(([key, set]): [string, number] => [key, set.size])
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'ru'));
}
