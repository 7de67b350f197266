import { formatRuDate } from '../cell';
import type { RoadmapRow } from '../roadmap/roadmap-rows';
import { textKey } from '../text/normalize';
import type { PlanGoal } from './plan-goals';

/** One row of a plan's table: a meeting (from … to …) or a goal (due by a date). */
export interface PlanRow {
  what: string;
  /** null for a goal: it is worked on from the entry meeting and due by `end`. */
  start: Date | null;
  end: Date;
  result: string;
}

const DAY = 86_400_000;
/** The entry meeting and the plan's agreement: within three weeks of the pair's approval. */
const ENTRY_DAYS = 21;
/** The final meeting's window when the roadmap has no exit questionnaire inside the term. */
const FINAL_DAYS = 30;
const INTERIM_DAYS = 14;

/**
 * The plan's dates, all inside the pair's term (pairTerm of src/core/program/period.ts):
 * the entry meeting at the start, the goals due by their catalogue month, the interim meeting
 * at the roadmap's «промежуточн…» event (or mid-term), the final one at the exit questionnaire
 * (or the term's last month). Rows come in date order.
 */
export function planSchedule(
  term: { start: Date; end: Date },
  goals: readonly PlanGoal[],
  roadmap: readonly RoadmapRow[],
): PlanRow[] {
  const start = term.start;
  const end = new Date(Math.max(term.end.getTime(), term.start.getTime()));
  const within = (date: Date) => clamp(date, start, end);
  const entryEnd = within(addDays(start, ENTRY_DAYS));
  const exit = roadmapWindow(roadmap, 'выходное', entryEnd, end);
  const finalStart = clamp(exit?.start ?? addDays(end, -FINAL_DAYS), entryEnd, end);
  const middle = new Date((entryEnd.getTime() + finalStart.getTime()) / 2);
  const interim = roadmapWindow(roadmap, 'промежуточн', entryEnd, finalStart) ?? {
    start: dayOf(middle),
    end: within(addDays(middle, INTERIM_DAYS)),
  };
  const meetings: PlanRow[] = [
    {
      what: 'Входная встреча: знакомство, входная анкета, согласование целей и плана',
      start,
      end: entryEnd,
      result: 'План согласован и подписан, входная анкета заполнена',
    },
    {
      what: 'Промежуточная встреча: что получилось, корректировка плана',
      start: interim.start,
      end: interim.end,
      result: 'Достигнутое отмечено в плане, план при необходимости скорректирован',
    },
    {
      what: 'Итоговая встреча и выходная анкета: результаты работы в паре',
      start: finalStart,
      end,
      result: 'Результаты сопоставлены с целями плана, выходная анкета заполнена, отзыв наставника',
    },
  ];
  const goalRows: PlanRow[] = goals.map((goal) => ({
    what: goal.steps === '' ? goal.goal : `${goal.goal}\n${goal.steps}`,
    start: null,
    end: clamp(goal.month === null ? finalStart : addMonths(start, goal.month), entryEnd, finalStart),
    result: goal.result,
  }));
  return [...meetings, ...goalRows].sort((a, b) => rank(a) - rank(b));
}

/** Meetings before the goals due the same day; otherwise by date. */
function rank(row: PlanRow): number {
  return (row.start ?? row.end).getTime() + (row.start === null ? 0.5 : 0);
}

/** «25.10.2026 – / 14.11.2026» (two lines of a narrow cell) for a meeting, «до 24.01.2027» for a goal. */
export function planRowDates(row: PlanRow): string {
  return row.start === null ? `до ${formatRuDate(row.end)}` : `${formatRuDate(row.start)} –\n${formatRuDate(row.end)}`;
}

function roadmapWindow(
  roadmap: readonly RoadmapRow[],
  word: string,
  from: Date,
  to: Date,
): { start: Date; end: Date } | null {
  const row = roadmap.find(
    (r) => textKey(r.event).includes(word) && r.start && r.end && r.start >= from && r.start <= to,
  );
  return row?.start && row.end ? { start: dayOf(row.start), end: clamp(dayOf(row.end), row.start, to) } : null;
}

function clamp(date: Date, from: Date, to: Date): Date {
  if (date < from) return from;
  if (date > to) return to;
  return date;
}

function addDays(date: Date, days: number): Date {
  return dayOf(new Date(date.getTime() + days * DAY));
}

function addMonths(date: Date, months: number): Date {
  const target = new Date(date.getFullYear(), date.getMonth() + months, 1);
  const lastDay = new Date(target.getFullYear(), target.getMonth() + 1, 0).getDate();
  return new Date(target.getFullYear(), target.getMonth(), Math.min(date.getDate(), lastDay));
}

function dayOf(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}
