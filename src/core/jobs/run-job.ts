/**
 * Resumable jobs: long work (importing answers, generating documents…) done in chunks so that
 * Apps Script's 6-minute limit never loses or duplicates anything.
 *
 * A job is three functions over a plain-JSON `State` (the cursor plus any counters):
 *   start(env)         → the state of a fresh run (may read sheets; must not write what a chunk writes)
 *   step(env, state)   → does ONE chunk and returns the next state and whether all is done
 *   finish(env, state) → the Outcome shown to the user
 *
 * `runJob(env, job)` runs chunks while `env.budget` allows. After every chunk it saves the state
 * in `env.store` (key `job:<id>`), so a run killed at any moment resumes from the last finished
 * chunk. When the budget runs low it returns `status: 'paused'`; the host then runs `runJob`
 * again later (Apps Script: a one-off trigger or the same menu item; offline: immediately) and
 * the job continues from the saved state. Rules for `step`: write keyed/idempotently (the same
 * state always writes the same cells, e.g. rows addressed by the cursor or merged by key), so
 * repeating a chunk after a crash changes nothing; keep the state small (≤ 8 000 bytes of UTF-8 JSON).
 */
import type { Outcome } from '../outcome';
import type { Env, KeyValueStore } from '../ports';

export interface Job<State> {
  /** Stable id: where the saved state lives (`job:<id>`); one job with this id at a time. */
  id: string;
  /** Shown on the paused outcome and in progress messages. */
  title: string;
  start(env: Env): State;
  step(env: Env, state: State): Chunk<State>;
  finish(env: Env, state: State): Outcome;
  /** How far the job is, for progress and for the paused outcome. */
  progress?(state: State): { done: number; total: number };
}

export interface Chunk<State> {
  state: State;
  done: boolean;
  /**
   * The next chunk cannot fit in what is left of this execution (the step knows its own cost,
   * e.g. a computation that cannot stop half-way): save the state and pause now, so that the
   * next execution starts that chunk with its full budget.
   */
  pause?: boolean;
}

export interface RunJobOptions {
  /** Time kept free after the last chunk (saving, the dialog). Default 20 s. */
  reserveMs?: number;
  /**
   * Pause before the first chunk when less than this is left (a dialog may have used the
   * execution's time before the job started): the start state is saved and the next run —
   * the progress dialog's fresh execution — begins with it. Default 0: always do one chunk.
   */
  minStartMs?: number;
}

const DEFAULT_RESERVE_MS = 20_000;
/** Document properties hold at most 9 KB per value, counted in bytes (Cyrillic is 2 bytes a letter). */
const MAX_STATE_BYTES = 8_000;

export function jobKey(id: string): string {
  return `job:${id}`;
}

/** Whether a job has saved state (it paused and has not finished yet). */
export function hasPendingJob(store: KeyValueStore, id: string): boolean {
  return store.get(jobKey(id)) !== null;
}

/** Forgets a paused job, so that the next run starts afresh. */
export function abandonJob(store: KeyValueStore, id: string): void {
  store.delete(jobKey(id));
}

export function runJob<State>(env: Env, job: Job<State>, options: RunJobOptions = {}): Outcome {
  const reserve = options.reserveMs ?? DEFAULT_RESERVE_MS;
  const saved = loadState<State>(env.store, job.id);
  let state = saved ?? job.start(env);
  let chunks = 0;
  let longestChunk = 0;
  if (options.minStartMs && env.budget.remainingMs() < options.minStartMs) {
    saveState(env.store, job.id, state);
    return pausedOutcome(env, job, state);
  }
  for (;;) {
    if (chunks > 0 && env.budget.remainingMs() < reserve + longestChunk * 1.5) {
      saveState(env.store, job.id, state);
      return pausedOutcome(env, job, state);
    }
    const before = env.budget.remainingMs();
    const chunk = job.step(env, state);
    state = chunk.state;
    chunks++;
    longestChunk = Math.max(longestChunk, before - env.budget.remainingMs());
    if (chunk.done) {
      abandonJob(env.store, job.id);
      return job.finish(env, state);
    }
    saveState(env.store, job.id, state);
    if (chunk.pause) return pausedOutcome(env, job, state);
    const progress = job.progress?.(state);
    env.progress.report(job.title, progress?.done, progress?.total);
  }
}

function loadState<State>(store: KeyValueStore, id: string): State | null {
  const text = store.get(jobKey(id));
  if (text === null) return null;
  try {
    return (JSON.parse(text) as { state: State }).state;
  } catch {
    return null;
  }
}

function saveState<State>(store: KeyValueStore, id: string, state: State): void {
  const text = JSON.stringify({ state });
  const bytes = utf8Bytes(text);
  if (bytes > MAX_STATE_BYTES) {
    throw new Error(`The state of job «${id}» is ${bytes} bytes; keep it under ${MAX_STATE_BYTES}.`);
  }
  store.set(jobKey(id), text);
}

/** UTF-8 length of a string (the core has no TextEncoder or Buffer: Apps Script lacks one, Node the other). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function pausedOutcome<State>(env: Env, job: Job<State>, state: State): Outcome {
  const progress = job.progress?.(state);
  const ru = env.locale === 'ru';
  const lines: string[] = [];
  if (progress) {
    lines.push(ru ? `Сделано ${progress.done} из ${progress.total}.` : `Done ${progress.done} of ${progress.total}.`);
  }
  lines.push(
    ru
      ? 'Время одного запуска почти истекло: место, где работа остановилась, сохранено.'
      : 'This run is almost out of time: the place where the work stopped is saved.',
  );
  const figures: Record<string, number | string> = { job: job.id };
  if (progress) Object.assign(figures, progress);
  return { status: 'paused', title: job.title, lines, figures };
}
