import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/local/cli/main';
import { fillDemoWorkbook } from '../../src/local/demo/generate-fill';
import { generateDemo } from '../../src/local/demo/generate';
import { XlsxWorkbook } from '../../src/local/xlsx-workbook';
import { buildPackage, inlineRow } from './fixtures/packages';

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main([...argv, '--quiet'], { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** The user's chart as the package holds it: its XML, the drawing that anchors it, the sheet that shows it. */
async function userChart(path: string): Promise<{ chart: string; anchoredOn: string | null }> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const charts = Object.keys(zip.files).filter(
    // the user's chart, not the charts «Наставник» draws itself (xl/charts/nastavnik*.xml)
    (name) => /^xl\/charts\/[^/]+\.xml$/.test(name) && !name.includes('nastavnik'),
  );
  expect(charts).toHaveLength(1);
  const chart = (await zip.file(charts[0])?.async('string')) ?? '';
  const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
  expect(types).toContain(`PartName="/${charts[0]}"`);
  // Which sheet's drawing names the chart.
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const workbookRels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  let anchoredOn: string | null = null;
  for (const sheet of workbook.matchAll(/<sheet\b[^>]*name="([^"]*)"[^>]*r:id="([^"]*)"/g)) {
    const target = new RegExp(`Id="${sheet[2]}"[^>]*Target="([^"]*)"`).exec(workbookRels)?.[1] ?? '';
    const part = `xl/${target.replace(/^\/?xl\//, '')}`;
    const sheetXml = (await zip.file(part)?.async('string')) ?? '';
    const rels = (await zip.file(part.replace(/([^/]+)$/, '_rels/$1.rels'))?.async('string')) ?? '';
    const drawingId = /<drawing r:id="([^"]*)"/.exec(sheetXml)?.[1];
    if (!drawingId) continue;
    const drawing = new RegExp(`Id="${drawingId}"[^>]*Target="\\.\\./drawings/([^"]*)"`).exec(rels)?.[1];
    const drawingRels = (await zip.file(`xl/drawings/_rels/${drawing}.rels`)?.async('string')) ?? '';
    if (drawingRels.includes(charts[0].replace('xl/', '../'))) anchoredOn = sheet[1];
  }
  return { chart, anchoredOn };
}

describe("the user's chart survives every command (issue 15, item 4)", () => {
  it('init, check, pair, approve, indicators and docs keep the chart byte for byte, on its sheet', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nastavnik-chart-'));
    const path = join(dir, 'школа.xlsx');
    writeFileSync(
      path,
      await buildPackage(
        [
          {
            name: 'Мои графики',
            rows: inlineRow(1, ['Месяц', 'Встречи']) + inlineRow(2, ['Сентябрь', 4]) + inlineRow(3, ['Октябрь', 7]),
            chart: true,
          },
        ],
        { absolute: false },
      ),
    );
    const original = await userChart(path);
    expect(original.anchoredOn).toBe('Мои графики');

    const init = await cli('init', path);
    expect(init.code).toBe(0);
    expect(init.out).not.toMatch(/диаграмм/);
    expect(await userChart(path)).toEqual(original);

    const workbook = await XlsxWorkbook.open(path);
    fillDemoWorkbook(workbook, generateDemo({ participants: 40, seed: 2 }));
    await workbook.save(path);
    expect(await userChart(path)).toEqual(original);

    for (const argv of [
      ['check'],
      ['pair'],
      ['approve', '--all'],
      ['indicators'],
      ['docs', '--dir', join(dir, 'docs')],
    ]) {
      const [command, ...rest] = argv;
      const result = await cli(command, path, ...rest);
      expect(result.err, command).toBe('');
      expect(result.code, command).toBe(0);
      expect(await userChart(path), command).toEqual(original);
    }
    expect((await XlsxWorkbook.open(path)).readSheet('Мои графики')?.[2]).toEqual(['Октябрь', 7]);
  }, 60_000);
});
