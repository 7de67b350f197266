import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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
    expect(readFileSync(lockPath, 'utf8').split('\n')[0]).toBe(String(process.pid));
    // A second run (here: of the same process) is refused in plain Russian.
    await expect(lockWorkbook(path)).rejects.toThrow(/сейчас обрабатывает другой запуск «Наставника» \(процесс \d+\)/);
    await release();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('is exclusive: of many runs asking at the same moment exactly one gets it, and no one sees an empty lock', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nastavnik-lock-'));
    const path = join(dir, 'школа.xlsx');
    for (let round = 0; round < 10; round++) {
      const results = await Promise.allSettled(Array.from({ length: 20 }, () => lockWorkbook(path)));
      const held = results.filter((r) => r.status === 'fulfilled');
      expect(held).toHaveLength(1);
      for (const r of results) if (r.status === 'rejected') expect(String(r.reason)).toMatch(/другой запуск/);
      await (held[0] as PromiseFulfilledResult<() => Promise<void>>).value();
      expect(readdirSync(dir)).toEqual([]);
    }
  });

  it('removes only its own lock: a lock another run holds now stays', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nastavnik-lock-'));
    const path = join(dir, 'школа.xlsx');
    const lockPath = join(dir, '.~школа.xlsx.nastavnik-lock');
    const release = await lockWorkbook(path);
    writeFileSync(lockPath, `${process.ppid}\nsomeone-else\n`);
    await release();
    expect(readFileSync(lockPath, 'utf8')).toContain('someone-else');
  });

  it("a dead run's lock and half-written copy are cleaned and reported, naming the files", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nastavnik-lock-'));
    const path = join(dir, 'c.xlsx');
    writeFileSync(join(dir, '.~c.xlsx.nastavnik-lock'), '999999999\n');
    writeFileSync(join(dir, '.c.xlsx.999999998.tmp'), 'personal data');
    const release = await lockWorkbook(path);
    expect(release.notes.join('\n')).toContain('.~c.xlsx.nastavnik-lock');
    expect(release.notes.join('\n')).toContain('.c.xlsx.999999998.tmp');
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
