import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/local/cli/main';
import { WORKBOOK_LIMITS } from '../../src/local/workbook-limits';
import { buildPackage, inlineRow } from './fixtures/packages';

const saved = { ...WORKBOOK_LIMITS };
afterEach(() => Object.assign(WORKBOOK_LIMITS, saved));

async function cli(...argv: string[]): Promise<{ code: number; err: string }> {
  const err: string[] = [];
  const code = await main([...argv, '--quiet'], { out: () => {}, err: (l) => err.push(l) });
  return { code, err: err.join('\n') };
}

async function book(rows: number, columns: number): Promise<{ dir: string; path: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'nastavnik-limits-'));
  const path = join(dir, 'школа.xlsx');
  const header = Array.from({ length: columns }, (_, i) => `Столбец ${i + 1}`);
  const body = Array.from({ length: rows }, (_, r) => inlineRow(r + 2, [`Человек ${r + 1}`]));
  writeFileSync(path, await buildPackage([{ name: 'Наставники', rows: inlineRow(1, header) + body.join('') }]));
  return { dir, path };
}

/** Limits lowered for the test: the files stay small, the checks are the same. */
describe('limits are checked before the work, in Russian, and the lock is released (issue 15, item 6)', () => {
  it.each([
    ['file', () => (WORKBOOK_LIMITS.fileBytes = 100), /файл слишком большой/],
    ['sheet XML', () => (WORKBOOK_LIMITS.sheetXmlBytes = 500), /один из листов слишком большой/],
    ['rows', () => (WORKBOOK_LIMITS.rows = 20), /лист «Наставники»: \d+ строк/],
    ['columns', () => (WORKBOOK_LIMITS.columns = 3), /лист «Наставники»: \d+ столбцов/],
  ])('too many %s: status 1, a message saying what is too big and what to do', async (_kind, lower, message) => {
    const { dir, path } = await book(30, 5);
    lower();
    const result = await cli('check', path);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(message);
    expect(result.err).toMatch(/Удалите лишние/);
    expect(existsSync(join(dir, '.~школа.xlsx.nastavnik-lock'))).toBe(false);
    expect(readdirSync(dir)).toEqual(['школа.xlsx']);
  });
});
