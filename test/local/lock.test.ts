import { spawnSync } from 'node:child_process';
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

  it('removes its lock when the user stops the run with Ctrl+C', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nastavnik-lock-'));
    const script = [
      `import { lockWorkbook } from ${JSON.stringify(join(__dirname, '../../src/local/cli/lock.ts'))};`,
      `await lockWorkbook(${JSON.stringify(join(dir, 'b.xlsx'))});`,
      'process.kill(process.pid, "SIGINT");',
      'await new Promise((resolve) => setTimeout(resolve, 5000));',
    ].join('\n');
    const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: join(__dirname, '../..'),
      encoding: 'utf8',
    });
    expect(result.status).toBe(130);
    expect(result.stderr).toContain('Прервано. Книга не изменена.');
    expect(readdirSync(dir)).toEqual([]);
  });
});
