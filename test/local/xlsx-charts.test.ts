import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../src/core/cell';
import { main } from '../../src/local/cli/main';
import { openLocalEnv } from '../../src/local/local-env';
import { XlsxWorkbook } from '../../src/local/xlsx-workbook';

const quiet = { out: () => {}, err: () => {} };

interface ReadChart {
  sheet: string;
  title: string;
  kind: string;
  series: Array<{ name: string; categoriesRef: string; valuesRef: string; values: number[] }>;
}

/** Every chart of the package as a reader sees it: the sheet whose drawing shows it, its title and series. */
async function chartsOf(path: string): Promise<ReadChart[]> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const read = async (part: string) => (await zip.file(part)?.async('string')) ?? '';
  const workbook = await read('xl/workbook.xml');
  const workbookRels = await read('xl/_rels/workbook.xml.rels');
  const found: ReadChart[] = [];
  for (const sheet of workbook.matchAll(/<sheet\b[^>]*name="([^"]*)"[^>]*r:id="([^"]*)"/g)) {
    const target = new RegExp(`Id="${sheet[2]}"[^>]*Target="([^"]*)"`).exec(workbookRels)?.[1] ?? '';
    const part = `xl/${target.replace(/^\/?xl\//, '')}`;
    const drawingId = /<drawing r:id="([^"]*)"/.exec(await read(part))?.[1];
    if (!drawingId) continue;
    const rels = await read(part.replace(/([^/]+)$/, '_rels/$1.rels'));
    const drawing = new RegExp(`Id="${drawingId}"[^>]*Target="\\.\\./drawings/([^"]*)"`).exec(rels)?.[1];
    const drawingXml = await read(`xl/drawings/${drawing}`);
    const drawingRels = await read(`xl/drawings/_rels/${drawing}.rels`);
    for (const ref of drawingXml.matchAll(/<c:chart\b[^>]*r:id="([^"]*)"/g)) {
      const chartFile = new RegExp(`Id="${ref[1]}"[^>]*Target="\\.\\./charts/([^"]*)"`).exec(drawingRels)?.[1];
      const xml = await read(`xl/charts/${chartFile}`);
      found.push({
        sheet: sheet[1],
        title: /<a:t>([^<]*)<\/a:t>/.exec(xml)?.[1] ?? '',
        kind: /<c:barDir val="([^"]*)"/.exec(xml)?.[1] ?? '',
        series: [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map((s) => ({
          name: /<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(s[1])?.[1] ?? '',
          categoriesRef: /<c:cat><c:strRef><c:f>([^<]*)<\/c:f>/.exec(s[1])?.[1] ?? '',
          valuesRef: /<c:val><c:numRef><c:f>([^<]*)<\/c:f>/.exec(s[1])?.[1] ?? '',
          values: [
            ...(/<c:numCache>([\s\S]*?)<\/c:numCache>/.exec(s[1])?.[1] ?? '').matchAll(/<c:v>([^<]*)<\/c:v>/g),
          ].map((v) => Number(v[1])),
        })),
      });
    }
  }
  return found;
}

/** The cells of an A1 range like `'Показатели'!$C$40:$C$45`. */
function cellsAt(grid: Cell[][], ref: string): Cell[] {
  const m = /!\$([A-Z]+)\$(\d+)(?::\$[A-Z]+\$(\d+))?$/.exec(ref.replace(/&apos;/g, "'"));
  if (!m) throw new Error(`bad ref ${ref}`);
  const col = m[1].charCodeAt(0) - 64;
  const from = Number(m[2]);
  const to = Number(m[3] ?? m[2]);
  return Array.from({ length: to - from + 1 }, (_, i) => grid[from - 1 + i]?.[col - 1] ?? null);
}

describe('charts in the offline .xlsx', () => {
  it('«Показатели» and «Сводка» carry real charts over their tables; a re-run replaces them, never duplicates', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nastavnik-charts-'));
    const book = join(dir, 'школа.xlsx');
    expect(await main(['generate', book, '--participants', '120', '--seed', '4', '--quiet'], quiet)).toBe(0);
    expect(await main(['pair', book, '--quiet'], quiet)).toBe(0);
    expect(await main(['approve', book, '--all', '--quiet'], quiet)).toBe(0);
    expect(await main(['indicators', book, '--quiet'], quiet)).toBe(0);
    const first = await chartsOf(book);
    const env = await openLocalEnv(book);
    const indicators = env.workbook.readSheet('Показатели') ?? [];
    const planFact = first.find((c) => c.title.startsWith('Показатели: план и факт'));
    expect(planFact?.sheet).toBe('Показатели');
    expect(planFact?.kind).toBe('bar');
    expect(planFact?.series.map((s) => s.name)).toEqual([expect.stringMatching(/^План /), 'Факт']);
    const pairs = first.find((c) => c.title === 'Пары и группы по формам наставничества');
    expect(pairs?.sheet).toBe('Показатели');
    expect(first.some((c) => c.sheet === 'Сводка' && c.title.startsWith('Дорожная карта'))).toBe(false);
    // the values a reader sees are the cells the chart refers to (numbers of the table on the sheet)
    for (const chart of [planFact, pairs]) {
      for (const series of chart?.series ?? []) {
        expect(cellsAt(indicators, series.valuesRef)).toEqual(series.values);
        expect(cellsAt(indicators, series.categoriesRef).every((c) => typeof c === 'string')).toBe(true);
      }
    }
    // the facts of plan vs fact are those of the indicator table
    const facts = cellsAt(indicators, planFact?.series[1].categoriesRef ?? '').map((label) => {
      const code = String(label).split(' ')[0];
      return indicators.find((row) => row[0] === code)?.[indicators[0].indexOf('Факт')];
    });
    expect(facts).toEqual(planFact?.series[1].values);

    expect(await main(['roadmap', book, '--quiet'], quiet)).toBe(0);
    expect(await main(['indicators', book, '--quiet'], quiet)).toBe(0);
    const second = await chartsOf(book);
    const titles = second.map((c) => `${c.sheet}: ${c.title.replace(/\d+ %/, 'N %')}`);
    expect(new Set(titles).size).toBe(titles.length);
    expect(titles).toEqual(
      expect.arrayContaining([
        `Показатели: ${planFact?.title}`,
        'Показатели: Пары и группы по формам наставничества',
        'Сводка: Дорожная карта: выполнено N %',
      ]),
    );
  });

  it('removes our chart whose data is gone (no plan → no plan–fact chart) and says so; the others stay', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nastavnik-charts-'));
    const book = join(dir, 'школа.xlsx');
    expect(await main(['generate', book, '--participants', '120', '--seed', '4', '--quiet'], quiet)).toBe(0);
    expect(await main(['pair', book, '--quiet'], quiet)).toBe(0);
    expect(await main(['approve', book, '--all', '--quiet'], quiet)).toBe(0);
    expect(await main(['roadmap', book, '--quiet'], quiet)).toBe(0);
    expect(await main(['indicators', book, '--quiet'], quiet)).toBe(0);
    const before = await chartsOf(book);
    expect(before.some((c) => c.title.startsWith('Показатели: план и факт'))).toBe(true);
    expect(before.some((c) => c.sheet === 'Сводка' && c.title.startsWith('Дорожная карта'))).toBe(true);

    // the curator sets no plan for the current year («—»: a blank would bring the default back)
    const workbook = await XlsxWorkbook.open(book);
    const grid = workbook.readSheet('Показатели') ?? [];
    const planCol = grid[0].findIndex((cell) => /^План \d{4}\/\d{2}$/.test(String(cell)));
    const tableRows = grid.findIndex((row, i) => i > 0 && row.every((cell) => cell === null));
    workbook.writeBlock('Показатели', {
      row: 2,
      col: planCol + 1,
      values: Array.from({ length: tableRows - 1 }, () => ['—']),
    });
    // … and empties the roadmap: «Сводка» keeps no chart of ours at all
    const roadmapRows = workbook.readSheet('Дорожная карта')?.length ?? 0;
    workbook.clearRows('Дорожная карта', 2, roadmapRows);
    await workbook.save(book);

    const out: string[] = [];
    expect(await main(['indicators', book], { out: (line) => out.push(line), err: () => {} })).toBe(0);
    const drawn = await chartsOf(book);
    expect(drawn.filter((c) => c.sheet === 'Сводка')).toEqual([]);
    const after = drawn.map((c) => c.title);
    expect(after.some((title) => title.startsWith('Показатели: план и факт'))).toBe(false);
    expect(after).toEqual(expect.arrayContaining(['Пары и группы по формам наставничества']));
    expect(new Set(after).size).toBe(after.length);
    const said = out.join('\n');
    expect(said).toMatch(/Без диаграммы, пока нет данных: «Показатели: план и факт/);
    // the stale «not available here» line is not said where charts are drawn
    expect(said).not.toMatch(/не рисуются|недоступна/);
    // its old table is gone from the sheet too: no «План …» / «Факт» chart table below the breakdowns
    const rewritten = (await openLocalEnv(book)).workbook.readSheet('Показатели') ?? [];
    const chartTables = rewritten.filter((row) => row[1] === 'Показатель' && row[3] === 'Факт');
    expect(chartTables).toHaveLength(0);
  });
});
