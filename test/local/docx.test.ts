import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { buildAnalyticReport } from '../../src/core/documents/analytic-report';
import { buildPlansDocument, planSubjects } from '../../src/core/documents/individual-plan';
import { readDocumentInput } from '../../src/core/documents/inputs';
import type { DocModel } from '../../src/core/documents/model';
import { buildOrder } from '../../src/core/documents/order';
import { paragraphTexts } from '../../src/core/documents/plain-text';
import { readReportData } from '../../src/core/documents/report-data';
import { buildRoadmapDocument } from '../../src/core/documents/roadmap-document';
import { FolderDocuments, renderDocx, safeFileName } from '../../src/local/docx-renderer';
import { ANSWERS_GRID, INDICATORS_GRID, NOW, SWOT_GRID, schoolWithRoadmap } from '../core/documents/fixture';

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

/** Parses XML strictly: throws on anything that is not well-formed. */
function assertWellFormed(xml: string, name: string): void {
  const parser = new SaxesParser();
  parser.on('error', (error) => {
    throw new Error(`${name}: ${error.message}`);
  });
  parser.write(xml).close();
}

/** The text of each <w:p> of document.xml (runs joined, a tab read as a space). */
function docxParagraphs(xml: string): string[] {
  const paragraphs: string[] = [];
  const parser = new SaxesParser();
  let current: string[] | null = null;
  let inText = false;
  parser.on('opentag', (tag) => {
    if (tag.name === 'w:p') current = [];
    if (tag.name === 'w:t') inText = true;
    if (tag.name === 'w:tab' && current && !tag.isSelfClosing) return;
    if (tag.name === 'w:tab' && current) current.push(' ');
  });
  parser.on('text', (text) => {
    if (inText && current) current.push(text);
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'w:t') inText = false;
    if (tag.name === 'w:p' && current) {
      const text = current.join('').replace(/\s+/g, ' ').trim();
      if (text !== '') paragraphs.push(text);
      current = null;
    }
  });
  parser.write(xml).close();
  return paragraphs;
}

/** Each non-empty <w:p> with its keep options, in document order. */
function docxKeeps(xml: string): Array<{ text: string; keepNext: boolean; keepLines: boolean }> {
  const paragraphs: Array<{ text: string; keepNext: boolean; keepLines: boolean }> = [];
  const parser = new SaxesParser();
  let current: { text: string; keepNext: boolean; keepLines: boolean } | null = null;
  let inText = false;
  parser.on('opentag', (tag) => {
    if (tag.name === 'w:p') current = { text: '', keepNext: false, keepLines: false };
    const on = !['false', '0'].includes(String(tag.attributes['w:val'] ?? 'true'));
    if (tag.name === 'w:keepNext' && current) current.keepNext = on;
    if (tag.name === 'w:keepLines' && current) current.keepLines = on;
    if (tag.name === 'w:t') inText = true;
  });
  parser.on('text', (text) => {
    if (inText && current) current.text += text;
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'w:t') inText = false;
    if (tag.name === 'w:p' && current) {
      if (current.text.trim() !== '') paragraphs.push(current);
      current = null;
    }
  });
  parser.write(xml).close();
  return paragraphs;
}

describe('DOCX renderer', () => {
  const all = models();

  it('writes a valid OOXML package whose parts are well-formed XML', async () => {
    for (const model of all) {
      const zip = await JSZip.loadAsync(await renderDocx(model));
      for (const part of [
        '[Content_Types].xml',
        '_rels/.rels',
        'word/document.xml',
        'word/styles.xml',
        'word/numbering.xml',
      ]) {
        expect(zip.file(part), `${model.name}: ${part}`).not.toBeNull();
      }
      for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.xml') || n.endsWith('.rels'))) {
        assertWellFormed(await (zip.file(name) as JSZip.JSZipObject).async('string'), `${model.name}/${name}`);
      }
      const types = await (zip.file('[Content_Types].xml') as JSZip.JSZipObject).async('string');
      expect(types).toContain('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml');
    }
  });

  it('carries exactly the text of the document model, paragraph by paragraph', async () => {
    for (const model of all) {
      const zip = await JSZip.loadAsync(await renderDocx(model));
      const xml = await (zip.file('word/document.xml') as JSZip.JSZipObject).async('string');
      expect(docxParagraphs(xml), model.name).toEqual(paragraphTexts(model));
    }
  });

  it('turns the roadmap pages to landscape and keeps the others portrait', async () => {
    const xmlOf = async (model: DocModel) =>
      zipFile(await JSZip.loadAsync(await renderDocx(model)), 'word/document.xml').async('string');
    const roadmap = await xmlOf(all[3]);
    expect(roadmap).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/);
    const order = await xmlOf(all[0]);
    expect(order).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(order).toContain('w:pageBreakBefore');
  });

  it('keeps the plan’s last table row and the agreement line with the signatures (w:keepNext)', async () => {
    const zip = await JSZip.loadAsync(await renderDocx(all[1]));
    const keeps = docxKeeps(await zipFile(zip, 'word/document.xml').async('string'));
    const first = keeps.findIndex((p) => p.text.startsWith('Наставник') && p.text.includes('____'));
    expect(keeps[first - 1]).toMatchObject({ text: expect.stringMatching(/^План согласован/), keepNext: true });
    // the cells of the table's last row (the final meeting) keep with the next paragraph
    const lastRow = keeps.slice(0, first - 1).filter((p) => p.keepNext);
    expect(lastRow.some((p) => p.text.startsWith('Итоговая встреча'))).toBe(true);
    expect(keeps.find((p) => p.text.startsWith('Входная встреча'))?.keepNext).toBe(false);
    const signatures = keeps.slice(first, keeps.findIndex((p, i) => i > first && p.text.startsWith('Куратор')) + 1);
    expect(signatures.map((p) => p.keepNext)).toEqual([...signatures.slice(1).map(() => true), false]);
    expect(signatures.every((p) => p.keepLines)).toBe(true);
  });

  it('writes files into the folder with names the file system accepts', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'nastavnik-docx-'));
    const documents = new FolderDocuments(folder);
    const first = documents.create(all[0]);
    const second = documents.create(all[0]);
    const files = await documents.settle();
    expect(files).toEqual([first.id, second.id]);
    expect(basename(first.id)).toBe('Приказ об утверждении наставнических пар 2026-2027.docx');
    expect(basename(second.id)).toBe('Приказ об утверждении наставнических пар 2026-2027 (2).docx');
    for (const file of files) expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
    expect(safeFileName('План: «Иванова» / 2026')).toBe('План Иванова 2026');
  });

  const soffice = ['soffice', 'libreoffice'].find((cmd) => spawnSync('which', [cmd]).status === 0);
  it.skipIf(!soffice)(
    'opens in LibreOffice: every document converts to PDF headless',
    { timeout: 180_000 },
    async () => {
      const folder = mkdtempSync(join(tmpdir(), 'nastavnik-lo-'));
      const documents = new FolderDocuments(folder);
      for (const model of all) documents.create(model);
      const files = await documents.settle();
      execFileSync(
        soffice as string,
        [
          `-env:UserInstallation=file://${join(folder, 'profile')}`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          folder,
          ...files,
        ],
        {
          timeout: 170_000,
          stdio: 'pipe',
        },
      );
      for (const file of files) {
        const pdf = file.replace(/\.docx$/, '.pdf');
        expect(existsSync(pdf), pdf).toBe(true);
        expect(statSync(pdf).size).toBeGreaterThan(5_000);
        expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
      }
    },
  );
});

function zipFile(zip: JSZip, name: string): JSZip.JSZipObject {
  const file = zip.file(name);
  if (!file) throw new Error(`no ${name}`);
  return file;
}
