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
import { type MatchingMode, MODE_GROUPS, MODE_OPTIMAL } from '../../matching/settings';

/**
 * Apps Script time per candidate pair of the whole «Сформировать пары» (reading, scoring,
 * solving, writing the draft). Measured in Node through the Sheets adapter on the fakes
 * (`npx tsx bench/pairs-gas.ts <participants> <organizations>`, this 2-core machine). Set when
 * 3 000 participants took 2,5–3,1 s and 10 000 took 6,2–6,3 s: the worst per pair (0,0014 ms, at
 * 3 000, where fixed costs weigh most) × 3 (Apps Script's V8 taken as 3× slower than Node, no
 * public figure) × 2 to spare. Since the word-mask scoring and the lazily sorted rows, the same
 * runs take 1,2–1,6 s (3 000), 1,8 s (5 000), 3,5 s (10 000) and 10,2 s (20 000): the figure now
 * spares ~3× more than it says at 3 000 and ~19× at 10 000. It is kept so, not lowered, because
 * the other limit of one execution — its memory — is not published: 10 000 participants in one
 * form are 25 M candidate pairs, ~250 MB of typed arrays, and the refusal above 16 000 keeps a run
 * from dying of memory after minutes. A false stop costs a click (or the offline CLI), a kill the
 * whole run. (It was 0,018 before the compiled scores and the sparse solver.)
 */
export const MS_PER_CANDIDATE_PAIR = 0.0084;
/**
 * The group mode assigns again after each round of widening or dissolving the groups that are too
 * small (modes/groups.ts): 31 assignments for 3 000 participants, 70 for 10 000. Through the Sheets
 * adapter on the fakes (`npx tsx bench/pairs-gas.ts <participants> <organizations> группы`):
 * 3 000 participants 6,3 s, 6 000 23,7 s, 10 000 91 s in Node (the optimal mode: 1,4 s at 3 000).
 * With this factor the estimate stays 2,3–3,2× above those times × 3 (Apps Script taken as 3×
 * slower), and a group run is refused past ~6 000 participants.
 */
export const GROUP_MODE_FACTOR = 3;
/** At least this much left: the execution is (nearly) whole, and waiting for a fresh one gains nothing. */
export const FRESH_EXECUTION_MS = 200_000;
/** Kept free for reading before and writing the draft after the computation. */
const WRITE_RESERVE_MS = 30_000;

export function estimatedPairingMs(mentors: number, mentees: number, mode?: MatchingMode): number {
  return mentors * mentees * MS_PER_CANDIDATE_PAIR * (mode === MODE_GROUPS ? GROUP_MODE_FACTOR : 1);
}

/** null when the computation fits; otherwise the outcome to show instead of running it. */
export function pairingDoesNotFit(
  budget: TimeBudget,
  mentors: number,
  mentees: number,
  mode?: MatchingMode,
): Outcome | null {
  const needed = estimatedPairingMs(mentors, mentees, mode) + WRITE_RESERVE_MS;
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
        : mode === MODE_GROUPS
          ? `Режим «${MODE_GROUPS}» подбирает в несколько проходов и идёт дольше всех: выберите в «Настройках» режим «${MODE_OPTIMAL}», подбирайте по организациям в отдельных таблицах — либо сформируйте пары офлайн: nastavnik pair <книга.xlsx> (без ограничения времени).`
          : 'Разделите подбор: подбирайте по организациям в отдельных таблицах — либо сформируйте пары офлайн: nastavnik pair <книга.xlsx> (без ограничения времени).',
    ],
    figures: { mentors, mentees, estimatedMs: Math.round(needed) },
  };
}

/** Whether an outcome is pairingDoesNotFit's refusal (the job then waits for a fresh execution once). */
export function isPairingTooLong(outcome: Outcome): boolean {
  return outcome.status === 'nothing-to-do' && typeof outcome.figures?.estimatedMs === 'number';
}
