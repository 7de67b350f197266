import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/local/cli/main';
import { openLocalEnv } from '../../src/local/local-env';

function captureIO() {
  const lines: string[] = [];
  return { lines, io: { out: (line: string) => lines.push(line), err: (line: string) => lines.push(line) } };
}

describe('nastavnik indicators / swot', () => {
  it('fill «Показатели», «Сводка» and «SWOT» in an .xlsx and keep the curator’s rows on a rerun', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nastavnik-indicators-'));
    const book = join(dir, 'network.xlsx');
    const { io, lines } = captureIO();
    expect(
      await main(['generate', book, '--participants', '120', '--organizations', '3', '--seed', '4', '--quiet'], io),
    ).toBe(0);
    expect(await main(['indicators', book, '--quiet'], io)).toBe(0);
    expect(await main(['swot', book, '--quiet'], io)).toBe(0);
    expect(lines.join('\n')).toContain('13 показателей');

    let env = await openLocalEnv(book);
    const grid = env.workbook.readSheet('Показатели') ?? [];
    expect(grid[0].slice(0, 4)).toEqual(['Код', 'Показатель', 'Тип', 'Ед. изм.']);
    const breakdown = grid.findIndex((row) => row[0] === 'Разрез по организациям');
    const orgRows = grid.slice(breakdown + 2).findIndex((row) => row[1] === 'Итого по программе');
    expect(orgRows).toBe(3);
    expect(env.workbook.readSheet('Сводка')?.[0][0]).toMatch(/^Сводка/);
    expect(env.workbook.readSheet('SWOT')?.some((row) => row[0] === 'Сильные стороны (S)')).toBe(true);

    const manual = Array(grid[0].length).fill(null);
    manual[0] = 'Д-01';
    manual[1] = 'Публикации наставников';
    manual[grid[0].indexOf('Факт (вручную)')] = 4;
    manual[grid[0].findIndex((h) => String(h).startsWith('План '))] = 3;
    env.workbook.writeBlock('Показатели', { row: breakdown, col: 1, values: [manual] });
    await env.save(book);

    expect(await main(['indicators', book, '--quiet'], io)).toBe(0);
    env = await openLocalEnv(book);
    const after = env.workbook.readSheet('Показатели') ?? [];
    const d01 = after.find((row) => row[0] === 'Д-01');
    expect(d01?.[after[0].indexOf('Статус')]).toBe('достигнут');
  });
});
