import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Job, runJob } from '../../src/core/jobs/run-job';
import { outcome } from '../../src/core/outcome';
import type { Env } from '../../src/core/ports';
import type { WorkbookCommand } from '../../src/local/cli/command';
import { COMMANDS } from '../../src/local/cli/commands';
import { main } from '../../src/local/cli/main';
import { XlsxWorkbook } from '../../src/local/xlsx-workbook';

interface Cursor {
  next: number;
}

/** Writes rows 1..total of «Журнал», one row per chunk, keyed by the cursor (idempotent). */
function journalJob(total: number): Job<Cursor> {
  return {
    id: 'test-journal',
    title: 'Журнал',
    start: (env) => {
      env.workbook.ensureSheet('Журнал');
      return { next: 1 };
    },
    step: (env, state) => {
      env.workbook.writeBlock('Журнал', { row: state.next, col: 1, values: [[`строка ${state.next}`]] });
      return { state: { next: state.next + 1 }, done: state.next >= total };
    },
    finish: (_env, state) => outcome('Журнал готов', [`Строк: ${state.next - 1}`], { rows: state.next - 1 }),
    progress: (state) => ({ done: state.next - 1, total }),
  };
}

/** A budget that lets exactly one chunk run per call (as if each Apps Script run had seconds left). */
function oneChunkBudget(env: Env): Env {
  let calls = 0;
  return { ...env, budget: { remainingMs: () => (calls++ === 0 ? 100_000 : 0) } };
}

const testCommand: WorkbookCommand = {
  name: 'test-journal',
  summary: 'тестовая команда',
  usage: 'nastavnik test-journal <книга.xlsx>',
  createsWorkbook: true,
  run: (env) => runJob(oneChunkBudget(env), journalJob(5), { reserveMs: 0 }),
};

afterEach(() => {
  const at = COMMANDS.indexOf(testCommand);
  if (at >= 0) COMMANDS.splice(at, 1);
});

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (line: string) => out.push(line), err: (line: string) => err.push(line) }, out, err };
}

describe('main', () => {
  it('runs a registered command, resuming a paused job until it is done, without losing or repeating rows', async () => {
    COMMANDS.push(testCommand);
    const path = join(mkdtempSync(join(tmpdir(), 'nastavnik-main-')), 'журнал.xlsx');
    const { io, out, err } = capture();
    expect(await main(['test-journal', path, '--quiet'], io)).toBe(0);
    expect(err).toEqual([]);
    expect(out[0]).toBe('✔ Журнал готов');
    expect(out).toContain('  Строк: 5');
    const book = await XlsxWorkbook.open(path);
    expect(book.readSheet('Журнал')).toEqual([['строка 1'], ['строка 2'], ['строка 3'], ['строка 4'], ['строка 5']]);
  });

  it('turns an unexpected error into a Russian message and status 3', async () => {
    COMMANDS.push({
      ...testCommand,
      run: () => {
        throw new Error('сломалось');
      },
    });
    const path = join(mkdtempSync(join(tmpdir(), 'nastavnik-main-')), 'x.xlsx');
    const { io, err } = capture();
    const code = await main(['test-journal', path, '--quiet'], io);
    COMMANDS.pop();
    expect(code).toBe(3);
    expect(err[0]).toBe('Внутренняя ошибка программы: сломалось');
    expect(err[1]).toMatch(/Книга не изменена/);
  });
});
