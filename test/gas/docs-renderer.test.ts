import { describe, expect, it } from 'vitest';
import { buildAnalyticReport } from '../../src/core/documents/analytic-report';
import { buildPlansDocument, planSubjects } from '../../src/core/documents/individual-plan';
import { readDocumentInput } from '../../src/core/documents/inputs';
import type { DocModel } from '../../src/core/documents/model';
import { buildOrder } from '../../src/core/documents/order';
import { paragraphTexts } from '../../src/core/documents/plain-text';
import { readReportData } from '../../src/core/documents/report-data';
import { buildRoadmapDocument } from '../../src/core/documents/roadmap-document';
import { GoogleDocuments, renderGoogleDoc } from '../../src/gas/docs-renderer';
import { ANSWERS_GRID, INDICATORS_GRID, NOW, SWOT_GRID, schoolWithRoadmap } from '../core/documents/fixture';
import { CallLog } from './fakes/calls';
import { FakeChartsService } from './fakes/charts';
import { FakeDocumentApp, type FakeGoogleDoc } from './fakes/document-app';
import { chartTable } from '../../src/core/charts/chart';

function models(): DocModel[] {
  const workbook = schoolWithRoadmap({ Показатели: INDICATORS_GRID, SWOT: SWOT_GRID, Ответы: ANSWERS_GRID });
  const input = readDocumentInput(workbook, NOW);
  return [
    buildOrder(input).model,
    buildPlansDocument(planSubjects(input), input.roadmap, input.settings, 2026),
    buildAnalyticReport(readReportData(workbook, NOW), input.settings, NOW),
    buildRoadmapDocument(input.roadmap, input.settings, 2026),
  ];
}

function render(model: DocModel) {
  const calls = new CallLog();
  const app = new FakeDocumentApp(calls);
  const charts = new FakeChartsService(calls);
  renderGoogleDoc(app, model, charts);
  return { calls, doc: app.docs[0] as FakeGoogleDoc, charts };
}

function table(rows: number): DocModel {
  return {
    name: 'Таблица',
    blocks: [
      {
        kind: 'table',
        header: ['№', 'ФИО', 'Срок'],
        rows: Array.from({ length: rows }, (_, i) => [String(i + 1), `Участник ${i}`, '01.10.2026']),
        widths: [10, 60, 30],
      },
    ],
  };
}

describe('Google Docs renderer', () => {
  const all = models();

  it("puts each chart of the report in as a picture of the model's data (Charts service → PNG → appendImage)", () => {
    const report = all[2];
    const chartBlocks = report.blocks.flatMap((b) => (b.kind === 'chart' ? [b.chart] : []));
    expect(chartBlocks.map((c) => c.id)).toEqual(
      expect.arrayContaining(['nastavnik-plan-fact', 'nastavnik-pairs-by-form']),
    );
    const { doc } = render(report);
    const images = doc.elements.flatMap((e) => (e.type === 'image' ? [e] : []));
    expect(images.map((i) => i.contentType)).toEqual(chartBlocks.map(() => 'image/png'));
    images.forEach((image, i) => {
      const shown = JSON.parse(image.data) as {
        title: string;
        table: { columns: { label: string }[]; rows: unknown[][] };
      };
      expect(shown.title).toBe(chartBlocks[i].title);
      expect([shown.table.columns.map((c) => c.label), ...shown.table.rows]).toEqual(chartTable(chartBlocks[i]));
    });
  });

  it('carries exactly the text of the document model, paragraph by paragraph (same as the DOCX)', () => {
    for (const model of all) expect(render(model).doc.paragraphTexts(), model.name).toEqual(paragraphTexts(model));
  });

  it('keeps headings, alignment, bold runs, numbered lists and page breaks', () => {
    const { doc } = render(all[0]);
    const title = doc.elements.find((e) => e.type === 'paragraph' && e.text === 'ПРИКАЗ');
    expect(title).toMatchObject({ heading: 'HEADING1', alignment: 'CENTER', fontSize: 16, styles: ['bold'] });
    const orders = doc.elements.find((e) => e.type === 'paragraph' && e.text === 'ПРИКАЗЫВАЮ:');
    expect(orders).toMatchObject({ styles: ['bold:0-10'] });
    expect(doc.elements.filter((e) => e.type === 'pageBreak')).toHaveLength(1);
    expect(doc.font).toBe('Times New Roman');
    const report = render(all[2]).doc;
    const items = report.elements.filter((e) => e.type === 'listItem' && e.glyph === 'NUMBER');
    expect(items.length).toBeGreaterThan(1);
    expect(items.slice(1).every((item) => item.type === 'listItem' && item.listOf === items[0])).toBe(true);
  });

  it('shades and bolds table headers and sets column widths from the model', () => {
    const { doc } = render(table(3));
    expect(doc.elements[0]).toMatchObject({ type: 'table', shaded: [0, 1, 2], boldHeader: true });
    const widths = (doc.elements[0] as { widths: number[] }).widths;
    expect(widths[1] / widths[0]).toBeCloseTo(6);
  });

  it('turns the roadmap to landscape A4 and leaves the order portrait', () => {
    expect(render(all[3]).doc.page).toMatchObject({ width: 841.89, height: 595.28 });
    const order = render(all[0]).doc.page;
    expect(order.width).toBeLessThan(order.height);
    expect(order.left).toBeCloseTo(85.04, 1);
  });

  it('costs the same number of DocumentApp calls for 3 rows and for 300 rows', () => {
    const small = render(table(3)).calls;
    const large = render(table(300)).calls;
    expect(large.count()).toBe(small.count());
    expect(large.count('Body.appendTable')).toBe(1);
    expect(large.count('DocumentApp.create')).toBe(1);
    expect(large.count('Document.saveAndClose')).toBe(1);
  });

  it('returns the new document’s id and link through the DocumentPort', () => {
    const app = new FakeDocumentApp(new CallLog());
    const file = new GoogleDocuments(app).create(all[0]);
    expect(file).toEqual({ id: 'doc1', url: 'https://docs.google.com/document/d/doc1/edit', name: all[0].name });
    expect(app.docs[0].closed).toBe(true);
  });
});

describe('Google Docs page fit (no keep-with-next in DocumentApp)', () => {
  const filler = (words: number): DocModel['blocks'][number] => ({
    kind: 'paragraph',
    runs: [Array.from({ length: words }, (_, i) => `слово${i % 10}`).join(' ')],
  });
  const kept: DocModel['blocks'] = [
    { kind: 'table', header: ['№', 'Цель', 'Срок'], rows: [['1', 'Цель', 'до 01.03.2027']], keepWithNext: true },
    { kind: 'paragraph', runs: ['План согласован'], keepWithNext: true },
    { kind: 'signature', role: 'Наставник', name: 'Смирнова О. П.', keepWithNext: true },
    { kind: 'signature', role: 'Куратор программы', name: 'Петрова А. С.' },
  ];
  const breaksBefore = (doc: FakeGoogleDoc) =>
    doc.elements.flatMap((e, i) => (e.type === 'pageBreak' ? [doc.elements[i + 1]] : []));

  it('starts a new page before the kept table when the signatures would fall onto the next page', () => {
    const { doc } = render({ name: 'План', blocks: [filler(535), ...kept] });
    expect(breaksBefore(doc)).toEqual([expect.objectContaining({ type: 'table' })]);
  });

  it('adds no page break when the chain fits where it stands', () => {
    expect(breaksBefore(render({ name: 'План', blocks: [filler(80), ...kept] }).doc)).toEqual([]);
  });

  it('keeps each demo-sized plan on its own page with no extra breaks', () => {
    const input = readDocumentInput(schoolWithRoadmap(), NOW);
    const subjects = planSubjects(input);
    const { doc } = render(buildPlansDocument(subjects, input.roadmap, input.settings, 2026));
    expect(doc.elements.filter((e) => e.type === 'pageBreak')).toHaveLength(subjects.length - 1);
  });
});
