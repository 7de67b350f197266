import JSZip from 'jszip';
import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildAnalyticReport } from '../../src/core/documents/analytic-report';
import { readDocumentInput } from '../../src/core/documents/inputs';
import { readReportData } from '../../src/core/documents/report-data';
import { docxDocument } from '../../src/local/docx-renderer';
import { ANSWERS_GRID, INDICATORS_GRID, NOW, SWOT_GRID, schoolWithRoadmap } from '../core/documents/fixture';

describe('charts of the analytic report in DOCX', () => {
  it('each chart of the model is a PNG picture next to its table, titled like the chart', async () => {
    const workbook = schoolWithRoadmap({ Показатели: INDICATORS_GRID, SWOT: SWOT_GRID, Ответы: ANSWERS_GRID });
    const input = readDocumentInput(workbook, NOW);
    const model = buildAnalyticReport(readReportData(workbook, NOW), input.settings, NOW);
    const charts = model.blocks.flatMap((b) => (b.kind === 'chart' ? [b.chart] : []));
    expect(charts.length).toBeGreaterThanOrEqual(2);
    const zip = await JSZip.loadAsync(await Packer.toBuffer(docxDocument(model)));
    const media = Object.keys(zip.files).filter((name) => /^word\/media\/.+\.png$/.test(name));
    expect(media).toHaveLength(charts.length);
    for (const name of media) {
      const png = await zip.file(name)?.async('uint8array');
      expect([...(png ?? []).slice(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
      // width from the IHDR chunk: the SVG (640 px) rendered at twice the size
      const view = new DataView((png as Uint8Array).buffer, (png as Uint8Array).byteOffset);
      expect(view.getUint32(16)).toBe(1280);
    }
    const body = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const titles = [...body.matchAll(/<wp:docPr\b[^>]*title="([^"]*)"/g)].map((m) => m[1]);
    expect(titles).toEqual(charts.map((c) => c.title.replace(/"/g, '&quot;')));
    // the plan-vs-fact picture follows the indicator table, the pairs picture the table of forms
    const order = ['2. Показатели эффективности', '3. Наставнические пары', '4. Результаты мониторинга'].map((h) =>
      body.indexOf(h),
    );
    const planFactAt = body.indexOf(`title="${charts.find((c) => c.id === 'nastavnik-plan-fact')?.title}"`);
    expect(planFactAt).toBeGreaterThan(order[0]);
    expect(planFactAt).toBeLessThan(order[1]);
  });
});
