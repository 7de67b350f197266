import type { Clock, Continuations, Env, Locale, Progress, TimeBudget } from '../core/ports';
import { WorkbookStore } from './local-store';
import { TerminalProgress } from './terminal-progress';
import { XlsxWorkbook } from './xlsx-workbook';

/** Offline there is no 6-minute limit: long work never pauses. */
export const UNLIMITED_BUDGET: TimeBudget = { remainingMs: () => Number.MAX_SAFE_INTEGER };

export const SYSTEM_CLOCK: Clock = { now: () => new Date() };

export type ContinuationHandler = () => unknown;

/**
 * Offline a continuation runs right away in the same process: `schedule` queues the handler
 * and `drain` (called by the CLI after the command) runs the queue until it is empty, so a use
 * case that pauses is resumed exactly as an Apps Script one-off trigger would resume it.
 */
export class ImmediateContinuations implements Continuations {
  private readonly queue: string[] = [];
  private readonly handlers = new Map<string, ContinuationHandler>();

  register(handlerName: string, handler: ContinuationHandler): void {
    this.handlers.set(handlerName, handler);
  }

  schedule(handlerName: string, _afterMs: number): void {
    this.queue.push(handlerName);
  }

  /** Runs queued continuations (and those they schedule); returns what each returned. */
  async drain(limit = 10000): Promise<unknown[]> {
    const results: unknown[] = [];
    for (let runs = 0; this.queue.length > 0; runs++) {
      if (runs >= limit) throw new Error(`Продолжения не завершились после ${limit} запусков`);
      const name = this.queue.shift() as string;
      const handler = this.handlers.get(name);
      if (!handler) throw new Error(`Нет обработчика продолжения «${name}»`);
      results.push(await handler());
    }
    return results;
  }

  get pending(): number {
    return this.queue.length;
  }
}

export interface LocalEnv extends Env {
  workbook: XlsxWorkbook;
  store: WorkbookStore;
  continuations: ImmediateContinuations;
  /** Writes the workbook (with the store) to a file. */
  save(path: string): Promise<void>;
}

export interface LocalEnvOptions {
  locale?: Locale;
  clock?: Clock;
  progress?: Progress;
}

/** The Env over an in-memory workbook (a file opened with `XlsxWorkbook.open`, or a new one). */
export function localEnv(workbook: XlsxWorkbook, options: LocalEnvOptions = {}): LocalEnv {
  const store = new WorkbookStore(workbook);
  return {
    workbook,
    clock: options.clock ?? SYSTEM_CLOCK,
    progress: options.progress ?? new TerminalProgress(),
    budget: UNLIMITED_BUDGET,
    store,
    locale: options.locale ?? 'ru',
    continuations: new ImmediateContinuations(),
    async save(path: string) {
      store.flush();
      await workbook.save(path);
    },
  };
}

/** Opens an .xlsx file (or starts a new workbook when `createIfMissing` and the file does not exist). */
export async function openLocalEnv(path: string | null, options: LocalEnvOptions = {}): Promise<LocalEnv> {
  const workbook = path === null ? XlsxWorkbook.create() : await XlsxWorkbook.open(path);
  return localEnv(workbook, options);
}
