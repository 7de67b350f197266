import { formatRuDate } from '../cell';
import { dayStart } from '../roadmap/dates';
import type { Settings } from '../settings/settings';

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
}

/** First and last day of pair work in an academic year when «Настройки» give no dates. */
const DEFAULT_START = { month: 8, day: 1 }; // 1 September
const DEFAULT_END = { month: 4, day: 31 }; // 31 May of the next year

export function programPeriod(settings: Settings): ProgramPeriod {
  const academicYear = settings.number('academicYear');
  const start = settings.date('programStart') ?? new Date(academicYear, DEFAULT_START.month, DEFAULT_START.day);
  const end = settings.date('programEnd') ?? new Date(academicYear + 1, DEFAULT_END.month, DEFAULT_END.day);
  return { start: dayStart(start), end: dayStart(end), academicYear, label: periodLabel(start, end, academicYear) };
}

function periodLabel(start: Date, end: Date, academicYear: number): string {
  const first = start.getFullYear();
  const last = end.getFullYear();
  const isAcademicYear = first === academicYear && last === academicYear + 1 && start.getMonth() >= 6;
  if (isAcademicYear) return `${academicYear}/${academicYear + 1} учебный год`;
  if (first === last) return `${first} год`;
  return `${first}–${last} годы`;
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

export function periodText(period: Pick<ProgramPeriod, 'start' | 'end'>): string {
  return `с ${formatRuDate(period.start)} по ${formatRuDate(period.end)}`;
}
