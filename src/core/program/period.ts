import { type Cell, cellText, formatRuDate, isBlank } from '../cell';
import type { Problem } from '../problems/problem';
import { dayStart } from '../roadmap/dates';
import { SETTINGS_SHEET, type Settings } from '../settings/settings';
import { parseDate } from '../text/parse';

/**
 * The programme's period: one academic year by default (1 September – 31 May), or the dates the
 * curator set in «Настройки» (several years, a calendar year). Every term, plan and figure that
 * speaks of «the programme's dates» takes them from here.
 */
export interface ProgramPeriod {
  start: Date;
  end: Date;
  /** The academic year of «Настройки» (its first calendar year). */
  academicYear: number;
  /** «2026/2027 учебный год», «2023–2025 годы», «2023 год». */
  label: string;
  /** Academic years (September…, the cycle August–July) or calendar years (January–December). */
  kind: PeriodKind;
  /** The programme's years in order: one for the default academic year. */
  years: ProgramYear[];
  /** True when «Настройки» gave readable dates; false — the default academic year. */
  explicit: boolean;
  /** What «Настройки» hold that could not be used (row and column named), for «Проблемы». */
  problems: Problem[];
}

export type PeriodKind = 'academic' | 'calendar';

/** One year of the programme: an academic cycle (1 August – 31 July) or a calendar year. */
export interface ProgramYear {
  /** 1, 2, 3…: «Год программы» of the roadmap templates. */
  number: number;
  /** The calendar year it starts in: 2023 for 2023/24 and for 2023. */
  first: number;
  /** «2023/24» for an academic year, «2023» for a calendar one. */
  label: string;
  start: Date;
  end: Date;
}

/** First and last day of pair work in an academic year when «Настройки» give no dates. */
const DEFAULT_START = { month: 8, day: 1 }; // 1 September
const DEFAULT_END = { month: 4, day: 31 }; // 31 May of the next year
/** A programme longer than this is a typo (20230 for 2023…): the default is used. */
const LONGEST_YEARS = 10;

export function programPeriod(settings: Settings): ProgramPeriod {
  const academicYear = settings.number('academicYear');
  const problems: Problem[] = [];
  const read = (key: 'programStart' | 'programEnd') => {
    const cell = settings.raw(key);
    if (isBlank(cell)) return null;
    const parsed = periodDate(cell, key === 'programStart' ? 'start' : 'end');
    if (!parsed) problems.push(settingProblem(settings, key, cell, 'ожидается дата дд.мм.гггг или год (2023)'));
    return parsed;
  };
  let start = read('programStart');
  let end = read('programEnd');
  if (problems.length > 0) {
    // half a period is no period: both dates fall back to the academic year
    start = null;
    end = null;
  }
  if (start && !end) end = defaultEnd(start);
  if (end && !start) start = defaultStart(end);
  if (start && end && end < start) {
    problems.push(
      settingProblem(
        settings,
        'programEnd',
        settings.raw('programEnd'),
        `окончание программы (${formatRuDate(end)}) раньше её начала (${formatRuDate(start)})`,
      ),
    );
    start = null;
    end = null;
  } else if (start && end && end.getFullYear() - start.getFullYear() > LONGEST_YEARS) {
    problems.push(
      settingProblem(
        settings,
        'programEnd',
        settings.raw('programEnd'),
        `программа длиннее ${LONGEST_YEARS} лет (${periodText({ start, end })}) — проверьте годы`,
      ),
    );
    start = null;
    end = null;
  }
  const explicit = start !== null && end !== null;
  const first = dayStart(start ?? new Date(academicYear, DEFAULT_START.month, DEFAULT_START.day));
  const last = dayStart(end ?? new Date(academicYear + 1, DEFAULT_END.month, DEFAULT_END.day));
  const kind = periodKind(first);
  const years = programYears(first, last, kind);
  return {
    start: first,
    end: last,
    academicYear,
    label: periodLabel(first, last, kind, years),
    kind,
    years,
    explicit,
    problems,
  };
}

/** The default period of one academic year (the roadmap's `--year`): 1 September – 31 May. */
export function academicYearPeriod(academicYear: number): ProgramPeriod {
  const start = new Date(academicYear, DEFAULT_START.month, DEFAULT_START.day);
  const end = new Date(academicYear + 1, DEFAULT_END.month, DEFAULT_END.day);
  const years = programYears(start, end, 'academic');
  return {
    start,
    end,
    academicYear,
    label: periodLabel(start, end, 'academic', years),
    kind: 'academic',
    years,
    explicit: false,
    problems: [],
  };
}

/** A programme starting in August–December runs by academic years; one starting January–July, by calendar years. */
function periodKind(start: Date): PeriodKind {
  return start.getMonth() >= 7 ? 'academic' : 'calendar';
}

function programYears(start: Date, end: Date, kind: PeriodKind): ProgramYear[] {
  // an academic programme ending in August has ended with the previous cycle (31.08.2025 closes 2024/25)
  const firstYear = start.getFullYear();
  const lastYear =
    kind === 'calendar' ? end.getFullYear() : end.getMonth() >= 8 ? end.getFullYear() : end.getFullYear() - 1;
  const years: ProgramYear[] = [];
  for (let year = firstYear; year <= Math.max(firstYear, lastYear); year++) {
    years.push({
      number: years.length + 1,
      first: year,
      label: programYearLabel(year, kind),
      start: kind === 'calendar' ? new Date(year, 0, 1) : new Date(year, 7, 1),
      end: kind === 'calendar' ? new Date(year, 11, 31) : new Date(year + 1, 6, 31),
    });
  }
  return years;
}

/** «2026/27» for an academic year, «2023» for a calendar one: plan columns and roadmap codes speak so. */
export function programYearLabel(year: number, kind: PeriodKind): string {
  return kind === 'calendar' ? String(year) : `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
}

/** The years the indicators plan for: their plan columns, and the one today's status is judged by. */
export interface PlanYears {
  /** The first calendar year of each: plan columns «План 2026/27» or «План 2023». */
  years: number[];
  /** Today's year of the programme (the status compares the fact with its plan). */
  current: number;
  kind: PeriodKind;
}

/**
 * One academic year (no dates in «Настройки»): `count` academic years from it, as always. A period
 * set in «Настройки»: its own years, today's (clamped to the period) being the current one.
 */
export function planYearsOf(period: ProgramPeriod, now: Date, count: number): PlanYears {
  if (!period.explicit)
    return {
      years: Array.from({ length: count }, (_, i) => period.academicYear + i),
      current: period.academicYear,
      kind: 'academic',
    };
  return { years: period.years.map((y) => y.first), current: programYearOf(period, now).first, kind: period.kind };
}

/** The year of the programme a day falls in (the first or the last one outside the period). */
export function programYearOf(period: Pick<ProgramPeriod, 'years'>, date: Date): ProgramYear {
  const day = dayStart(date);
  return (
    period.years.find((year) => day >= year.start && day <= year.end) ??
    (day < period.years[0].start ? period.years[0] : (period.years.at(-1) as ProgramYear))
  );
}

function periodLabel(start: Date, end: Date, kind: PeriodKind, years: readonly ProgramYear[]): string {
  const first = start.getFullYear();
  const last = end.getFullYear();
  if (kind === 'academic' && years.length === 1) return `${years[0].first}/${years[0].first + 1} учебный год`;
  if (first === last) return `${first} год`;
  return `${first}–${last} годы`;
}

/** «01.09.2023», a date cell, or a bare year: 2023 starts on 1 January, ends on 31 December. */
function periodDate(cell: Cell, side: 'start' | 'end'): Date | null {
  const text = cellText(cell).trim();
  const year = /^(\d{4})(?:\s*г(?:од|\.)?)?$/.exec(text);
  if (year) {
    const value = Number(year[1]);
    if (value < 2000 || value > 2100) return null;
    return side === 'start' ? new Date(value, 0, 1) : new Date(value, 11, 31);
  }
  const parsed = parseDate(cell);
  return parsed.ok ? dayStart(parsed.value) : null;
}

/** Only the start given: an academic start ends on 31 May, a calendar one on 31 December. */
function defaultEnd(start: Date): Date {
  return periodKind(start) === 'academic'
    ? new Date(start.getFullYear() + 1, DEFAULT_END.month, DEFAULT_END.day)
    : new Date(start.getFullYear(), 11, 31);
}

/** Only the end given: an end in January–August closes an academic year started the September before. */
function defaultStart(end: Date): Date {
  return end.getMonth() <= 7
    ? new Date(end.getFullYear() - 1, DEFAULT_START.month, DEFAULT_START.day)
    : new Date(end.getFullYear(), 0, 1);
}

function settingProblem(settings: Settings, key: string, cell: Cell, what: string): Problem {
  const label = key === 'programStart' ? 'Программа: дата начала' : 'Программа: дата окончания';
  return {
    sheet: SETTINGS_SHEET,
    row: settings.rowOf(key),
    column: 'Значение',
    value: cellText(cell),
    message: `«${label}»: ${what}; использован срок по умолчанию — учебный год из «Настроек» (1 сентября — 31 мая)`,
    severity: 'warning',
  };
}

/** The dates a pair works: from the register («Пары»), bounded by the programme. */
export interface PairTerm {
  start: Date;
  end: Date;
  /** What is wrong with the term, in words for «Проблемы» (empty when the term is sound). */
  problems: string[];
}

/** A term shorter than this is almost always a typo or an approval made at the end of the year. */
const SHORTEST_TERM_DAYS = 28;

/**
 * The one definition of a pair's term, used by the order, the plans and the report:
 * start = the register's «Дата начала» (the approval date), or the programme's start;
 * end = the register's «Дата окончания», or the programme's end.
 */
export function pairTerm(pair: { startDate: Date | null; endDate: Date | null }, period: ProgramPeriod): PairTerm {
  const start = dayStart(pair.startDate ?? period.start);
  const end = dayStart(pair.endDate ?? period.end);
  const problems: string[] = [];
  if (end < start)
    problems.push(
      `срок работы пары заканчивается (${formatRuDate(end)}) раньше, чем начинается (${formatRuDate(start)})`,
    );
  else if ((end.getTime() - start.getTime()) / 86_400_000 < SHORTEST_TERM_DAYS)
    problems.push(
      `срок работы пары меньше месяца: с ${formatRuDate(start)} по ${formatRuDate(end)} — проверьте «Дату начала» в «Парах» и сроки программы в «Настройках»`,
    );
  if (start < period.start || start > period.end)
    problems.push(`дата начала ${formatRuDate(start)} вне срока программы (${periodText(period)})`);
  if (end > period.end || end < period.start)
    problems.push(`дата окончания ${formatRuDate(end)} вне срока программы (${periodText(period)})`);
  return { start, end, problems };
}

/**
 * The days the roadmap's events may fall on. One academic year of «Настройки»: its whole cycle
 * (August – July). A period set in «Настройки»: its own dates, widened at either end to the whole
 * academic cycle when the period takes in that cycle's school year (starts by 1 September, ends on
 * or after 31 May) — so the August council and the June report of a school year stay, while a
 * programme ending in December leaves out the next summer's events.
 */
export function roadmapWindow(period: Pick<ProgramPeriod, 'years' | 'start' | 'end' | 'explicit' | 'kind'>): {
  start: Date;
  end: Date;
} {
  const first = period.years[0];
  const last = period.years.at(-1) as ProgramYear;
  if (!period.explicit) return { start: first.start, end: last.end };
  const academic = period.kind === 'academic';
  return {
    start: academic && period.start <= new Date(first.first, 8, 1) ? first.start : period.start,
    end: academic && period.end >= new Date(last.first + 1, 4, 31) ? last.end : period.end,
  };
}

/** The label without its noun: «2026/2027», «2023–2025», «2023» (headings, the documents' register). */
export function periodShortLabel(period: Pick<ProgramPeriod, 'label'>): string {
  return period.label.replace(/\s+(учебный год|годы|год)$/, '');
}

/** The years of the period for a document's name: «2023-2025», «2023», «2026-2027» for one academic year. */
export function periodYears(period: Pick<ProgramPeriod, 'start' | 'end'>): string {
  const first = period.start.getFullYear();
  const last = period.end.getFullYear();
  return first === last ? String(first) : `${first}-${last}`;
}

export function periodText(period: Pick<ProgramPeriod, 'start' | 'end'>): string {
  return `с ${formatRuDate(period.start)} по ${formatRuDate(period.end)}`;
}
