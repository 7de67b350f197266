import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../../src/core/cell';
import { outcome } from '../../../src/core/outcome';
import type { Env, KeyValueStore } from '../../../src/core/ports';
import { type Job, hasPendingJob, jobKey, runJob } from '../../../src/core/jobs/run-job';
import { MemoryWorkbook } from '../../support/memory-workbook';

/** A fake execution clock: each chunk "costs" time; a run gets `budgetMs` before it must stop. */
class FakeTime {
  elapsed = 0;
  constructor(readonly budgetMs: number) {}
  remainingMs = () => this.budgetMs - this.elapsed;
}

interface CopyState {
  next: number;
  copied: number;
  chunks: number;
}

/**
 * A job of the kind later features write: copies «Ответы» into «Результаты» in chunks of
 * `chunkSize` rows, each chunk written at rows addressed by the cursor (so repeating a chunk
 * rewrites the same cells), upper-casing the name so that the output differs from the input.
 */
function copyJob(chunkSize: number, time: () => FakeTime, costOf: (chunk: number) => number): Job<CopyState> {
  return {
    id: 'copy-answers',
    title: 'Копирование ответов',
    start: (env) => {
      env.workbook.ensureSheet('Результаты');
      env.workbook.writeBlock('Результаты', { row: 1, col: 1, values: [['ФИО', 'Балл']] });
      return { next: 1, copied: 0, chunks: 0 };
    },
    step: (env, state) => {
      const source = env.workbook.readSheet('Ответы') ?? [];
      const rows = source.slice(state.next, state.next + chunkSize);
      env.workbook.writeBlock('Результаты', {
        row: state.next + 1,
        col: 1,
        values: rows.map((row) => [String(row[0]).toUpperCase(), row[1]]),
      });
      time().elapsed += costOf(state.chunks);
      const next = state.next + rows.length;
      return {
        state: { next, copied: state.copied + rows.length, chunks: state.chunks + 1 },
        done: next >= source.length,
      };
    },
    finish: (_env, state) =>
      outcome('Копирование ответов', [`Скопировано строк: ${state.copied}`], { copied: state.copied }),
    progress: (state) => ({ done: state.copied, total: 0 }),
  };
}

function answers(count: number): Grid {
  return [['ФИО', 'Балл'], ...Array.from({ length: count }, (_, i) => [`ученик ${i}`, i % 10])];
}

function envFor(workbook: MemoryWorkbook, store: KeyValueStore, time: FakeTime): Env {
  return {
    workbook,
    clock: { now: () => new Date(2026, 10, 22) },
    progress: { report: () => {} },
    budget: { remainingMs: time.remainingMs },
    store,
    locale: 'ru',
  };
}

function mapStore(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    get: (k) => data.get(k) ?? null,
    set: (k, v) => void data.set(k, v),
    delete: (k) => void data.delete(k),
  };
}

/** Runs the job like Apps Script would: a fresh budget per execution until it is done. */
function runToCompletion(rows: number, chunkSize: number, budgetMs: number, costOf: (chunk: number) => number) {
  const workbook = new MemoryWorkbook({ Ответы: answers(rows) });
  const store = mapStore();
  let time = new FakeTime(budgetMs);
  const job = copyJob(chunkSize, () => time, costOf);
  const statuses: string[] = [];
  for (let run = 0; run < 10_000; run++) {
    time = new FakeTime(budgetMs);
    const result = runJob(envFor(workbook, store, time), job, { reserveMs: 100 });
    statuses.push(result.status);
    if (result.status !== 'paused') return { workbook, store, statuses, result };
  }
  throw new Error('never finished');
}

describe('runJob', () => {
  it('pauses when the budget runs low and resumes to the same result as one uninterrupted run', () => {
    const uninterrupted = runToCompletion(1000, 70, Number.POSITIVE_INFINITY, () => 50);
    const interrupted = runToCompletion(1000, 70, 300, () => 50);
    expect(uninterrupted.statuses).toEqual(['done']);
    expect(interrupted.statuses.filter((s) => s === 'paused').length).toBeGreaterThanOrEqual(3);
    expect(interrupted.statuses.at(-1)).toBe('done');
    expect(interrupted.workbook.grid('Результаты')).toEqual(uninterrupted.workbook.grid('Результаты'));
    expect(interrupted.workbook.grid('Результаты')).toHaveLength(1001);
    expect(interrupted.result.figures).toEqual({ copied: 1000 });
    expect(hasPendingJob(interrupted.store, 'copy-answers')).toBe(false);
  });

  it('says on the paused outcome how far it got and keeps the cursor in the store', () => {
    const workbook = new MemoryWorkbook({ Ответы: answers(100) });
    const store = mapStore();
    const time = new FakeTime(300);
    const result = runJob(
      envFor(workbook, store, time),
      copyJob(
        10,
        () => time,
        () => 50,
      ),
      { reserveMs: 100 },
    );
    expect(result.status).toBe('paused');
    expect(result.lines.join(' ')).toMatch(/Сделано \d+ из/);
    expect(result.figures?.job).toBe('copy-answers');
    expect(JSON.parse(store.get(jobKey('copy-answers')) ?? '{}').state.next).toBeGreaterThan(1);
  });

  it('always makes progress, even when a run starts with no time left', () => {
    const { statuses, workbook } = runToCompletion(30, 10, 0, () => 1);
    expect(statuses).toEqual(['paused', 'paused', 'done']);
    expect(workbook.grid('Результаты')).toHaveLength(31);
  });

  it('a run killed mid-chunk (after its write, before saving) repeats the chunk without duplicating rows', () => {
    const workbook = new MemoryWorkbook({ Ответы: answers(50) });
    const store = mapStore();
    let time = new FakeTime(Number.POSITIVE_INFINITY);
    const job = copyJob(
      10,
      () => time,
      () => 1,
    );
    let steps = 0;
    const crashing: Job<CopyState> = {
      ...job,
      step: (env, state) => {
        const chunk = job.step(env, state);
        if (++steps === 3) throw new Error('Exceeded maximum execution time');
        return chunk;
      },
    };
    expect(() => runJob(envFor(workbook, store, time), crashing)).toThrow(/execution time/);
    time = new FakeTime(Number.POSITIVE_INFINITY);
    const result = runJob(envFor(workbook, store, time), job);
    expect(result.figures).toEqual({ copied: 50 });
    const copied = workbook
      .grid('Результаты')
      .slice(1)
      .map((row) => row[0]);
    expect(copied).toEqual(
      answers(50)
        .slice(1)
        .map((row) => String(row[0]).toUpperCase()),
    );
  });

  it('property: any budget and chunk costs give the uninterrupted result', () => {
    const expected = runToCompletion(120, 7, Number.POSITIVE_INFINITY, () => 1).workbook.grid('Результаты');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2000 }),
        fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 20 }),
        (budget, costs) => {
          const { workbook, statuses } = runToCompletion(120, 7, budget, (chunk) => costs[chunk % costs.length]);
          expect(statuses.at(-1)).toBe('done');
          expect(workbook.grid('Результаты')).toEqual(expected);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('refuses a state too large for a document property', () => {
    const workbook = new MemoryWorkbook();
    const time = new FakeTime(0);
    const job: Job<{ blob: string }> = {
      id: 'big',
      title: 'Большое состояние',
      start: () => ({ blob: '' }),
      step: () => ({ state: { blob: 'x'.repeat(9000) }, done: false }),
      finish: () => outcome('', []),
    };
    expect(() => runJob(envFor(workbook, mapStore(), time), job)).toThrow(/keep it under/);
  });

  it('measures the state in UTF-8 bytes: 5 000 Cyrillic letters are 10 000 bytes, over the 9 KB limit', () => {
    const workbook = new MemoryWorkbook();
    const job: Job<{ lines: string }> = {
      id: 'cyrillic',
      title: 'Кириллица',
      start: () => ({ lines: '' }),
      step: () => ({ state: { lines: 'я'.repeat(5000) }, done: false }),
      finish: () => outcome('', []),
    };
    expect(() => runJob(envFor(workbook, mapStore(), new FakeTime(0)), job)).toThrow(/bytes/);
  });

  it('keeps a state of 3 000 Cyrillic letters (6 000 bytes)', () => {
    const workbook = new MemoryWorkbook();
    const store = mapStore();
    const job: Job<{ lines: string }> = {
      id: 'cyrillic',
      title: 'Кириллица',
      start: () => ({ lines: '' }),
      step: () => ({ state: { lines: 'я'.repeat(3000) }, done: false }),
      finish: () => outcome('', []),
    };
    expect(runJob(envFor(workbook, store, new FakeTime(0)), job).status).toBe('paused');
    expect(hasPendingJob(store, 'cyrillic')).toBe(true);
  });
});
