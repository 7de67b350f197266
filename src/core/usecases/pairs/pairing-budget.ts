/**
 * Pair formation is one computation (scoring every mentor × mentee, then solving): it cannot
 * stop half-way and resume. So before anything is written, its time is estimated from the
 * number of candidate pairs. The job (form-pairs.ts) pauses before a computation that does not
 * fit in what is left of this execution (Apps Script stops a run at 6 minutes) and runs it in
 * the next, fresh one (the progress dialog's call); only when even a fresh execution is too
 * short does it stop with an exact message and change nothing — never a silent kill. Offline
 * the budget is unlimited and this never stops anything.
 */
import type { Outcome } from '../../outcome';
import type { TimeBudget } from '../../ports';

/**
 * Apps Script time per candidate pair of the whole «Сформировать пары» (reading, scoring,
 * solving, writing the draft). Measured in Node through the Sheets adapter on the fakes
 * (`npx tsx bench/pairs-gas.ts <participants> <organizations>`, this 2-core machine): 3 000
 * participants in 1 or 10 organizations 2,5–3,1 s (≤ 0,0014 ms a pair: fixed costs weigh most
 * there), 5 000 in one 5,1 s, 10 000 in 1 or 20 organizations 6,2–6,3 s (0,00025 ms a pair). The
 * worst per pair × 3 (Apps Script's V8 taken as 3× slower than Node, no public figure) × 2 to
 * spare. Deliberately pessimistic: a false stop costs a click, a kill costs the whole run. (It
 * was 0,018 before the compiled scores and the sparse solver: 10 000 participants were refused.)
 */
export const MS_PER_CANDIDATE_PAIR = 0.0084;
/** At least this much left: the execution is (nearly) whole, and waiting for a fresh one gains nothing. */
export const FRESH_EXECUTION_MS = 200_000;
/** Kept free for reading before and writing the draft after the computation. */
const WRITE_RESERVE_MS = 30_000;

export function estimatedPairingMs(mentors: number, mentees: number): number {
  return mentors * mentees * MS_PER_CANDIDATE_PAIR;
}

/** null when the computation fits; otherwise the outcome to show instead of running it. */
export function pairingDoesNotFit(budget: TimeBudget, mentors: number, mentees: number): Outcome | null {
  const needed = estimatedPairingMs(mentors, mentees) + WRITE_RESERVE_MS;
  const left = budget.remainingMs();
  if (needed <= left) return null;
  const minutes = (ms: number) => Math.max(1, Math.ceil(ms / 60_000));
  return {
    status: 'nothing-to-do',
    title: 'Пары не сформированы',
    lines: [
      `Подбор для ${mentors} наставников и ${mentees} наставляемых займёт около ${minutes(needed)} мин, а в этом запуске Google оставляет около ${minutes(Math.max(left, 0))} мин. Ничего не изменено.`,
      left < FRESH_EXECUTION_MS
        ? 'Выберите «Сформировать пары» ещё раз: новый запуск начнётся с полным запасом времени.'
        : 'Разделите подбор: укажите в «Настройках» режим по группам или подбирайте по организациям в отдельных таблицах — либо сформируйте пары офлайн: nastavnik pair <книга.xlsx> (без ограничения времени).',
    ],
    figures: { mentors, mentees, estimatedMs: Math.round(needed) },
  };
}

/** Whether an outcome is pairingDoesNotFit's refusal (the job then waits for a fresh execution once). */
export function isPairingTooLong(outcome: Outcome): boolean {
  return outcome.status === 'nothing-to-do' && typeof outcome.figures?.estimatedMs === 'number';
}
