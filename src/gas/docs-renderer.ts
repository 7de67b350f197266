/**
 * Google Docs renderer of the document model (src/core/documents/model.ts) and the DocumentPort
 * over DocumentApp. Cost: one DocumentApp.create, then a constant number of calls per block —
 * a whole table is ONE body.appendTable(2D array) plus a call for its header row and one per
 * header cell (the shading); the number of table rows never adds calls.
 */
import type { Align, DocBlock, DocModel, Inline } from '../core/documents/model';
import { SIGNATURE_LINE } from '../core/documents/plain-text';
import type { CreatedFile, DocumentPort } from '../core/ports';
import { pageBreaksBefore } from './page-fit';
import { chartImage, type ChartsServiceApi, chartsGlobal } from './chart-images';
import { chartTable } from '../core/charts/chart';
import { cellText } from '../core/cell';

type D = typeof GoogleAppsScript.Document;

export interface TextApi {
  setBold(startOffset: number, endOffsetInclusive: number, bold: boolean): TextApi;
  setBold(bold: boolean): TextApi;
  setItalic(startOffset: number, endOffsetInclusive: number, italic: boolean): TextApi;
  setUnderline(startOffset: number, endOffsetInclusive: number, underline: boolean): TextApi;
  setFontFamily(fontFamilyName: string): TextApi;
  setFontSize(size: number): TextApi;
}

export interface ParagraphApi {
  setHeading(heading: GoogleAppsScript.Document.ParagraphHeading): ParagraphApi;
  /** Keys are DocumentApp.Attribute values. */
  setAttributes(attributes: Record<string, unknown>): ParagraphApi;
  setAlignment(alignment: GoogleAppsScript.Document.HorizontalAlignment): ParagraphApi;
  setIndentFirstLine(indentFirstLine: number): ParagraphApi;
  editAsText(): TextApi;
}

export interface ListItemApi {
  setGlyphType(glyphType: GoogleAppsScript.Document.GlyphType): ListItemApi;
  setListId(listItem: ListItemApi): ListItemApi;
  editAsText(): TextApi;
}

export interface TableCellApi {
  setBackgroundColor(color: string): TableCellApi;
}

export interface TableRowApi {
  editAsText(): TextApi;
  getCell(cellIndex: number): TableCellApi;
}

export interface TableApi {
  getRow(rowIndex: number): TableRowApi;
  setColumnWidth(columnIndex: number, width: number): TableApi;
  editAsText(): TextApi;
}

export interface BodyApi {
  appendParagraph(text: string): ParagraphApi;
  appendListItem(text: string): ListItemApi;
  appendTable(cells: string[][]): TableApi;
  appendPageBreak(): unknown;
  appendImage(image: GoogleAppsScript.Base.BlobSource): unknown;
  setPageWidth(pageWidth: number): BodyApi;
  setPageHeight(pageHeight: number): BodyApi;
  setMarginTop(marginTop: number): BodyApi;
  setMarginBottom(marginBottom: number): BodyApi;
  setMarginLeft(marginLeft: number): BodyApi;
  setMarginRight(marginRight: number): BodyApi;
  editAsText(): TextApi;
}

export interface GoogleDocApi {
  getBody(): BodyApi;
  getId(): string;
  getUrl(): string;
  getName(): string;
  saveAndClose(): void;
}

export interface DocumentAppApi {
  create(name: string): GoogleDocApi;
  ParagraphHeading: Pick<D['ParagraphHeading'], 'HEADING1' | 'HEADING2' | 'HEADING3'>;
  HorizontalAlignment: Pick<D['HorizontalAlignment'], 'LEFT' | 'CENTER' | 'RIGHT' | 'JUSTIFY'>;
  GlyphType: Pick<D['GlyphType'], 'NUMBER' | 'BULLET'>;
  Attribute: Pick<D['Attribute'], 'FONT_SIZE' | 'BOLD'>;
}

/** Points (1/72 inch): A4 and the margins of Russian business papers (left 30 mm, right 15 mm). */
const A4 = { width: 595.28, height: 841.89 };
const MM = 72 / 25.4;
const FONT = 'Times New Roman';
const BODY_SIZE = 12;
const HEADING_SIZE = { 1: 16, 2: 14, 3: 12 } as const;
const HEADER_SHADING = '#d9e7f5';
const FIRST_LINE_INDENT = 12.5 * MM;

/**
 * Renders the model as a new Google Doc and returns its id, URL and name — read before
 * saveAndClose(), because a closed Document rejects every further call.
 */
export function renderGoogleDoc(app: DocumentAppApi, model: DocModel, charts?: ChartsServiceApi): CreatedFile {
  const doc = app.create(model.name);
  const body = doc.getBody();
  setUpPage(body, model.landscape === true);
  const headings: Array<{ paragraph: ParagraphApi; level: 1 | 2 | 3 }> = [];
  const tables: Array<{ table: TableApi; columns: number }> = [];
  const landscape = model.landscape === true;
  const width = contentWidth(landscape);
  const breaks = pageBreaksBefore(model.blocks, {
    height: (landscape ? A4.width : A4.height) - (landscape ? 35 : 40) * MM,
    width,
    bodySize: BODY_SIZE,
    headingSizes: HEADING_SIZE,
  });
  model.blocks.forEach((block, i) => {
    if (breaks.has(i)) body.appendPageBreak();
    renderBlock(app, body, block, headings, tables, width, charts);
  });
  // Whole-body font first, then what differs from it: a few calls, whatever the length.
  body.editAsText().setFontFamily(FONT).setFontSize(BODY_SIZE);
  const { FONT_SIZE, BOLD } = app.Attribute;
  for (const { paragraph, level } of headings) {
    paragraph.setAttributes({ [String(FONT_SIZE)]: HEADING_SIZE[level], [String(BOLD)]: true });
  }
  for (const { table } of tables) table.getRow(0).editAsText().setBold(true);
  const file = { id: doc.getId(), url: doc.getUrl(), name: doc.getName() };
  doc.saveAndClose();
  return file;
}

function setUpPage(body: BodyApi, landscape: boolean): void {
  body.setPageWidth(landscape ? A4.height : A4.width).setPageHeight(landscape ? A4.width : A4.height);
  body.setMarginTop(20 * MM).setMarginBottom((landscape ? 15 : 20) * MM);
  body.setMarginLeft((landscape ? 20 : 30) * MM).setMarginRight((landscape ? 20 : 15) * MM);
}

function contentWidth(landscape: boolean): number {
  return landscape ? A4.height - 40 * MM : A4.width - 45 * MM;
}

function alignment(app: DocumentAppApi, align: Align): GoogleAppsScript.Document.HorizontalAlignment {
  const map = {
    left: app.HorizontalAlignment.LEFT,
    center: app.HorizontalAlignment.CENTER,
    right: app.HorizontalAlignment.RIGHT,
    justify: app.HorizontalAlignment.JUSTIFY,
  };
  return map[align];
}

function inlineText(runs: readonly Inline[]): string {
  return runs.map((run) => (typeof run === 'string' ? run : run.text)).join('');
}

/** Bold/italic/underline of the runs, one call per styled run. */
function styleRuns(text: TextApi, runs: readonly Inline[]): void {
  let offset = 0;
  for (const run of runs) {
    const value = typeof run === 'string' ? run : run.text;
    const end = offset + value.length - 1;
    if (typeof run !== 'string' && value.length > 0) {
      if (run.bold) text.setBold(offset, end, true);
      if (run.italic) text.setItalic(offset, end, true);
      if (run.underline) text.setUnderline(offset, end, true);
    }
    offset += value.length;
  }
}

function renderBlock(
  app: DocumentAppApi,
  body: BodyApi,
  block: DocBlock,
  headings: Array<{ paragraph: ParagraphApi; level: 1 | 2 | 3 }>,
  tables: Array<{ table: TableApi; columns: number }>,
  width: number,
  charts?: ChartsServiceApi,
): void {
  switch (block.kind) {
    case 'heading': {
      const heading = {
        1: app.ParagraphHeading.HEADING1,
        2: app.ParagraphHeading.HEADING2,
        3: app.ParagraphHeading.HEADING3,
      }[block.level];
      const paragraph = body.appendParagraph(block.text).setHeading(heading);
      if (block.align) paragraph.setAlignment(alignment(app, block.align));
      headings.push({ paragraph, level: block.level });
      return;
    }
    case 'paragraph': {
      const paragraph = body.appendParagraph(inlineText(block.runs));
      if (block.align) paragraph.setAlignment(alignment(app, block.align));
      if (block.indentFirstLine) paragraph.setIndentFirstLine(FIRST_LINE_INDENT);
      if (block.runs.some((run) => typeof run !== 'string')) styleRuns(paragraph.editAsText(), block.runs);
      return;
    }
    case 'list': {
      let first: ListItemApi | null = null;
      for (const item of block.items) {
        const glyph = block.ordered ? app.GlyphType.NUMBER : app.GlyphType.BULLET;
        const listItem: ListItemApi = body.appendListItem(inlineText(item)).setGlyphType(glyph);
        // Numbering continues only within one list; bullets look the same in any list.
        if (block.ordered && first) listItem.setListId(first);
        else if (!first) first = listItem;
        if (item.some((run) => typeof run !== 'string')) styleRuns(listItem.editAsText(), item);
      }
      return;
    }
    case 'table': {
      const cells = [block.header, ...block.rows.map((row) => block.header.map((_, i) => row[i] ?? ''))];
      const table = body.appendTable(cells);
      const header = table.getRow(0);
      block.header.forEach((_, i) => header.getCell(i).setBackgroundColor(HEADER_SHADING));
      if (block.widths && block.widths.length === block.header.length) {
        const total = block.widths.reduce((a, b) => a + b, 0);
        block.widths.forEach((w, i) => table.setColumnWidth(i, (w / total) * width));
      }
      tables.push({ table, columns: block.header.length });
      return;
    }
    case 'signature':
      body.appendParagraph(`${block.role}\t${SIGNATURE_LINE} ${block.name}`);
      return;
    case 'chart':
      // without the Charts service (never in Apps Script) the chart's table stands in for it
      if (charts) body.appendImage(chartImage(charts, block.chart));
      else body.appendTable(chartTable(block.chart).map((row) => row.map((cell) => cellText(cell))));
      return;
    case 'pageBreak':
      body.appendPageBreak();
      return;
  }
}

/** The DocumentPort of the add-on: each model becomes a new Google Doc in the user's Drive. */
export class GoogleDocuments implements DocumentPort {
  constructor(
    private readonly app: DocumentAppApi,
    private readonly charts: ChartsServiceApi | undefined = chartsGlobal(),
  ) {}

  create(model: DocModel): CreatedFile {
    return renderGoogleDoc(this.app, model, this.charts);
  }
}

/** The real DocumentApp (only inside Apps Script). */
export function documentAppGlobal(): DocumentAppApi {
  return DocumentApp;
}

// Compile-time proof that the real DocumentApp satisfies the narrow interfaces the fakes implement.
type Fits<T extends DocumentAppApi> = T;
export type RealDocumentAppFits = Fits<GoogleAppsScript.Document.DocumentApp>;
