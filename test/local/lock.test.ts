import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockWorkbook } from '../../src/local/cli/lock';

describe('lockWorkbook', () => {
  it('lets one run write a workbook at a time and cleans up after it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nastavnik-lock-'));
    const path = join(dir, 'школа.xlsx');
    const lockPath = join(dir, '.~школа.xlsx.nastavnik-lock');
    const release = await lockWorkbook(path);
    expect(existsSync(lockPath)).toBe(true);
    // Another live process (our parent) holds it: a second run is refused in plain Russian.
    writeFileSync(lockPath, String(process.ppid));
    await expect(lockWorkbook(path)).rejects.toThrow(/сейчас обрабатывает другой запуск «Наставника» \(процесс \d+\)/);
    await release();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('takes over a lock left by a run that died', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nastavnik-lock-'));
    const path = join(dir, 'a.xlsx');
    writeFileSync(join(dir, '.~a.xlsx.nastavnik-lock'), '999999999');
    const release = await lockWorkbook(path);
    await release();
    expect(readdirSync(dir)).toEqual([]);
  });
});
