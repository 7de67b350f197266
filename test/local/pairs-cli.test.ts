import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cellText, type Grid } from '../../src/core/cell';
import { XlsxWorkbook } from '../../src/local/xlsx-workbook';

const ROOT = resolve(__dirname, '../..');
const BIN = join(ROOT, 'bin/nastavnik.mjs');

function run(args: string[], cwd: string): Promise<{ code: number; stdout: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd, env: { ...process.env, NO_COLOR: '1' }, timeout: 120_000 },
      (error, stdout) => {
        done({ code: error ? (typeof error.code === 'number' ? error.code : 99) : 0, stdout });
      },
    );
  });
}

function column(grid: Grid, header: string): string[] {
  const i = grid[0].findIndex((cell) => cellText(cell) === header);
  return grid.slice(1).map((row) => cellText(row[i]));
}

describe('nastavnik pair / approve on a generated .xlsx', () => {
  it('drafts pairs, approves the accepted ones, and a re-run keeps them out of the draft', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nastavnik-pairs-'));
    expect((await run(['generate', 'school.xlsx', '--participants', '150', '--seed', '5'], dir)).code).toBe(0);
    const paired = await run(['pair', 'school.xlsx'], dir);
    expect(paired.code).toBe(0);
    expect(paired.stdout).toContain('Пары сформированы');
    let book = await XlsxWorkbook.open(join(dir, 'school.xlsx'));
    const draft = book.readSheet('Пары (черновик)') as Grid;
    const proposed = draft.length - 1;
    expect(proposed).toBeGreaterThan(10);

    // The curator accepts the first two rows in Excel.
    const decision = draft[0].findIndex((cell) => cellText(cell) === 'Решение');
    book.writeBlock('Пары (черновик)', { row: 2, col: decision + 1, values: [['принять'], ['принять']] });
    await book.save(join(dir, 'school.xlsx'));
    const accepted = column(draft, 'ID наставляемого').slice(0, 2);

    const approved = await run(['approve', 'school.xlsx'], dir);
    expect(approved.stdout).toContain('Утверждено пар: 2');
    const again = await run(['pair', 'school.xlsx', '--mode', 'оптимальный'], dir);
    expect(again.code).toBe(0);
    book = await XlsxWorkbook.open(join(dir, 'school.xlsx'));
    const register = book.readSheet('Пары') as Grid;
    expect(column(register, 'ID наставляемого')).toEqual(accepted);
    expect(column(register, 'ID пары')).toEqual(['П-0001', 'П-0002']);
    const redraft = book.readSheet('Пары (черновик)') as Grid;
    expect(column(redraft, 'ID наставляемого').filter((id) => accepted.includes(id))).toEqual([]);
    expect(redraft.length - 1).toBe(proposed - 2);
    const mentees = book.readSheet('Наставляемые') as Grid;
    const mentorOf = new Map(column(mentees, 'ID').map((id, i) => [id, column(mentees, 'Наставник')[i]]));
    expect(accepted.map((id) => mentorOf.get(id))).toEqual(column(register, 'Наставник'));
  });

  it('refuses an unknown mode with a readable message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nastavnik-pairs-'));
    await run(['generate', 'school.xlsx', '--participants', '20'], dir);
    const result = await run(['pair', 'school.xlsx', '--mode', 'случайный'], dir);
    expect(result.code).not.toBe(0);
  });
});
