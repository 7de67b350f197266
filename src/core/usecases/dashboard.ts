/**
 * «Панель наставничества»: the program at a glance, computed from the sheets as they are now.
 * Each sheet is read once; a sheet that does not exist yet gives a section that says what
 * creates it. The result is plain JSON (it crosses google.script.run): no Date objects.
 */
import { programPeriod } from '../program/period';
import { type Cell, cellText, type Grid, isBlank } from '../cell';
import { MENTEES_SHEET } from '../bases/layouts';
import { menuItems } from '../menu';
import { PAIRS_SHEET } from '../pairs/register-layout';
import type { Env, Locale, WorkbookPort } from '../ports';
import { PROBLEM_COLUMNS, PROBLEMS_SHEET } from '../problems/problems-sheet';
import type { Settings } from '../settings/settings';
import { type HeaderMap, mapHeader } from '../sheet/header-map';
import type { ColumnSpec } from '../sheet/layout';
import { ANSWER_COLUMNS, ANSWERS_SHEET } from '../survey/answers-layout';
import { mergeTemplatesSheet, readTemplates, TEMPLATES_SHEET } from '../survey/templates-sheet';
import type { RoadmapProgress } from '../roadmap/progress';
import { type IndicatorTable, indicatorTable } from '../indicators/indicator-table';
import { counted } from '../indicators/scope';
import { STATUS_ACHIEVED, STATUS_NO_DATA, STATUS_NO_PLAN, STATUS_NOT_ACHIEVED } from '../indicators/status';
import { loadProgramModel } from '../program/load';
import { figureOf, type ProgramModel } from '../program/model';
import { textKey } from '../text/normalize';
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
  /** The programme's period as the subtitle prints it (the academic year, or the period of «Настройки»). */
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
    noPlan: 'План не задан',
    excludedPairs: 'Не в статистике (нет согласия, ошибки)',
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
    noPlan: 'No plan set',
    excludedPairs: 'Left out of the statistics (no consent, errors)',
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
  const today = env.clock.now();
  // the programme model, as «Сводка» and the report read it: the panel prints its figures
  const { model } = loadProgramModel(book.workbook, today, { writeRoadmap: false });
  const indicatorsGrid = book.read(DASHBOARD_SHEETS.indicators);
  const sections: DashboardSection[] = [
    participantsSection(w, env.locale, model),
    pairsSection(w, env.locale, model, book.read(DASHBOARD_SHEETS.pairDraft)),
    unpairedSection(w, env.locale, model, book.exists(DASHBOARD_SHEETS.unmatched)),
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
    indicatorsSection(w, env.locale, indicatorsGrid ? indicatorTable(model, indicatorsGrid) : null),
    roadmapSection(w, env.locale, model.roadmap, book.exists(DASHBOARD_SHEETS.roadmap)),
  ];
  return {
    locale: env.locale,
    generatedAt: today.toISOString(),
    organization: model.settings.text('organizationName'),
    academicYear: academicYearText(model.settings),
    sections,
  };
}

/** The panel's subtitle: a period of «Настройки» («2023–2025 годы», «2023 год»), else the academic year «2026/2027». */
function academicYearText(settings: Settings): string {
  const period = programPeriod(settings);
  if (period.explicit) return period.label;
  const year = Number(settings.text('academicYear'));
  return Number.isInteger(year) && year > 0 ? `${year}/${year + 1}` : '';
}

/** Reads each sheet at most once (the programme model reads through it too). */
class SheetCache {
  private readonly names: Set<string>;
  private readonly grids = new Map<string, Grid | null>();
  /** The workbook with reads served from the cache; the panel writes nothing. */
  readonly workbook: WorkbookPort;

  constructor(private readonly env: Env) {
    this.names = new Set(env.workbook.sheetNames());
    this.workbook = Object.assign(Object.create(env.workbook) as WorkbookPort, {
      sheetNames: () => [...this.names],
      readSheet: (name: string) => this.read(name),
    });
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

function participantsSection(w: Words, locale: Locale, model: ProgramModel): DashboardSection {
  const available = model.basesRows.mentors + model.basesRows.mentees > 0;
  const mentors = counted(model.all.scope.mentors);
  const mentees = counted(model.all.scope.mentees);
  const noConsent = model.population.withoutConsent;
  const figures: Figure[] = [
    { label: w.mentors, value: mentors.length },
    { label: w.mentees, value: mentees.length },
  ];
  if (available) figures.push({ label: w.noConsent, value: noConsent, tone: noConsent > 0 ? 'warn' : 'good' });
  const byCategory = countBy([...mentors, ...mentees], (p) => p.category);
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

function pairsSection(w: Words, locale: Locale, model: ProgramModel, draft: Grid | null): DashboardSection {
  const { active, completed, terminated } = model.units;
  const total = active + completed + terminated;
  const groups = figureOf(model.all, 'groupsCount').value ?? 0;
  const draftRows = draft ? draft.slice(1).filter((row) => !row.every((cell) => isBlank(cell))).length : 0;
  const figures: Figure[] = [
    { label: w.active, value: active, tone: 'good' },
    { label: w.completed, value: completed },
    { label: w.terminated, value: terminated, tone: terminated > 0 ? 'warn' : undefined },
  ];
  if (groups > 0) figures.push({ label: w.groups, value: groups });
  if (draftRows > 0) figures.push({ label: w.drafts, value: draftRows });
  if (model.population.excludedLinks.length > 0)
    figures.push({ label: w.excludedPairs, value: model.population.excludedLinks.length, tone: 'warn' });
  return {
    id: 'pairs',
    title: w.pairs,
    available: total > 0,
    figures: total > 0 || draftRows > 0 ? figures : [],
    hint: total > 0 ? undefined : w.pairsMissing,
    sheet: total > 0 ? PAIRS_SHEET : draft ? DASHBOARD_SHEETS.pairDraft : undefined,
    actions: menuActions(locale, 'Сформировать пары', 'Утвердить пары'),
  };
}

/** The model's one «без пары» list (П-05): counted mentees without an active or completed pair. */
function unpairedSection(w: Words, locale: Locale, model: ProgramModel, reasonsSheet: boolean): DashboardSection {
  const current = counted(model.all.scope.mentees).length;
  const unpaired = model.withoutPair;
  const paired = current - unpaired.length;
  return {
    id: 'unpaired',
    title: w.unpaired,
    available: current > 0,
    figures: [{ label: w.withoutPair, value: unpaired.length, tone: unpaired.length > 0 ? 'warn' : 'good' }],
    items: unpaired.slice(0, LISTED_NAMES).map((m) => m.fio),
    moreItems: Math.max(0, unpaired.length - LISTED_NAMES),
    progress: current > 0 ? { done: paired, total: current, label: w.paired } : undefined,
    hint: current > 0 && unpaired.length === 0 ? w.unpairedNone : undefined,
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

/** The statuses of THE indicator table (the same counts as «Сводка»). */
function indicatorsSection(w: Words, locale: Locale, table: IndicatorTable | null): DashboardSection {
  const rows = table?.rows ?? [];
  const count = (status: string) => rows.filter((r) => r.status === status).length;
  const achieved = count(STATUS_ACHIEVED);
  const notAchieved = count(STATUS_NOT_ACHIEVED);
  const noPlan = count(STATUS_NO_PLAN);
  const noData = count(STATUS_NO_DATA);
  const available = rows.length > 0;
  return {
    id: 'indicators',
    title: w.indicators,
    available,
    figures: available
      ? [
          { label: w.achieved, value: achieved, tone: 'good' },
          { label: w.notAchieved, value: notAchieved, tone: notAchieved > 0 ? 'bad' : undefined },
          { label: w.noPlan, value: noPlan, tone: noPlan > 0 ? 'warn' : undefined },
          { label: w.noData, value: noData, tone: noData > 0 ? 'warn' : undefined },
        ]
      : [],
    progress: available ? { done: achieved, total: rows.length, label: w.indicatorsProgress } : undefined,
    hint: available ? undefined : w.indicatorsMissing,
    sheet: table ? DASHBOARD_SHEETS.indicators : undefined,
    actions: menuActions(locale, 'Показатели'),
  };
}

/** The model's roadmap progress: evidence counted as on «Сводка» (the panel writes nothing). */
function roadmapSection(w: Words, locale: Locale, progress: RoadmapProgress, exists: boolean): DashboardSection {
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
    sheet: exists ? DASHBOARD_SHEETS.roadmap : undefined,
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
