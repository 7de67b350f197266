import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
import type { Align, DocBlock, DocModel, Inline } from '../core/documents/model';
import { SIGNATURE_LINE } from '../core/documents/plain-text';
import type { CreatedFile, DocumentPort } from '../core/ports';
import { chartPng } from './chart-image';

/** A4 in twips (1/1440 inch) and the margins of Russian business papers (ГОСТ Р 7.0.97: left 30 mm, right 15 mm). */
const A4 = { width: 11906, height: 16838 };
const MM = 56.7;
const PORTRAIT_MARGINS = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };
const LANDSCAPE_MARGINS = { top: 20 * MM, bottom: 15 * MM, left: 20 * MM, right: 20 * MM };
const FONT = 'Times New Roman';
/** Half-points: 14 pt body and 11 pt tables; a compact model (a plan per page) is set in 12 and 10 pt. */
const BODY_SIZE = 28;
const TABLE_SIZE = 22;
const COMPACT = { body: 24, table: 20 };
/** Space before a signature line, twips. */
const SIGNATURE_SPACE = { normal: 200, compact: 120 };
const HEADER_SHADING = 'D9E7F5';

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};
const HEADING = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** The docx `Document` of a model: the same blocks, in the same order, as the Google Docs renderer. */
export function docxDocument(model: DocModel): Document {
  const margins = model.landscape ? LANDSCAPE_MARGINS : PORTRAIT_MARGINS;
  const pageWidth = model.landscape ? A4.height : A4.width;
  const contentWidth = Math.round(pageWidth - margins.left - margins.right);
  let listCount = 0;
  const children = model.blocks.flatMap((block): Array<Paragraph | Table> => {
    if (block.kind === 'list') listCount += 1;
    return renderBlock(block, contentWidth, listCount, model.compact === true);
  });
  return new Document({
    title: model.name,
    creator: 'Наставник',
    // Justified Russian text needs hyphenation, and hyphenation follows the text's language: without
    // both, a line of long words («общеобразовательным», «осуществляющих») opens wide gaps.
    hyphenation: { autoHyphenation: true, doNotHyphenateCaps: true, consecutiveHyphenLimit: 2 },
    styles: {
      default: {
        document: { run: { font: FONT, size: model.compact ? COMPACT.body : BODY_SIZE, language: { value: 'ru-RU' } } },
      },
      paragraphStyles: [1, 2, 3].map((level) => ({
        id: `Heading${level}`,
        name: `Heading ${level}`,
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: {
          font: FONT,
          bold: true,
          color: '000000',
          size: (model.compact ? [28, 24, 24] : [32, 28, 28])[level - 1],
        },
        paragraph: {
          spacing: model.compact ? { before: 160, after: 80 } : { before: 240, after: 120 },
          keepNext: true,
        },
      })),
    },
    numbering: {
      config: [
        {
          reference: 'ordered',
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 720, hanging: 360 } } },
            },
          ],
        },
        {
          reference: 'bullets',
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '•',
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 720, hanging: 360 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { ...A4, orientation: model.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: margins,
          },
        },
        children,
      },
    ],
  });
}

function runs(inlines: readonly Inline[], size?: number): TextRun[] {
  return inlines.map((run) =>
    typeof run === 'string'
      ? new TextRun({ text: run, size })
      : new TextRun({
          text: run.text,
          bold: run.bold,
          italics: run.italic,
          underline: run.underline ? {} : undefined,
          size,
        }),
  );
}

function renderBlock(
  block: DocBlock,
  contentWidth: number,
  listNumber: number,
  compact: boolean,
): Array<Paragraph | Table> {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          heading: HEADING[block.level],
          alignment: block.align ? ALIGN[block.align] : undefined,
          children: [new TextRun({ text: block.text })],
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          alignment: block.align ? ALIGN[block.align] : undefined,
          indent: block.indentFirstLine ? { firstLine: 709 } : undefined,
          spacing: { after: compact ? 60 : 120 },
          keepNext: block.keepWithNext || undefined,
          children: runs(block.runs),
        }),
      ];
    case 'list':
      return block.items.map(
        (item, i) =>
          new Paragraph({
            numbering: { reference: block.ordered ? 'ordered' : 'bullets', level: 0, instance: listNumber },
            keepNext: (block.keepWithNext && i === block.items.length - 1) || undefined,
            spacing: { after: 60 },
            alignment: AlignmentType.JUSTIFIED,
            children: runs(item),
          }),
      );
    case 'table':
      // The spacer paragraph after a kept table carries the keep on to the next block.
      return [
        renderTable(block, contentWidth, compact ? COMPACT.table : TABLE_SIZE),
        new Paragraph({ keepNext: block.keepWithNext || undefined, children: [] }),
      ];
    case 'signature':
      return [
        new Paragraph({
          spacing: { before: compact ? SIGNATURE_SPACE.compact : SIGNATURE_SPACE.normal, after: 40 },
          keepNext: block.keepWithNext || undefined,
          keepLines: true,
          tabStops: [{ type: TabStopType.RIGHT, position: contentWidth }],
          children: [new TextRun({ text: block.role }), new TextRun({ text: `\t${SIGNATURE_LINE} ${block.name}` })],
        }),
      ];
    case 'chart': {
      const { png, width, height } = chartPng(block.chart);
      // twips → pixels at 96 dpi: the picture fills the text width, its proportions kept
      const shown = Math.min(width, Math.round(contentWidth / 15));
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          keepNext: block.keepWithNext || undefined,
          spacing: { before: 120, after: 120 },
          children: [
            new ImageRun({
              type: 'png',
              data: png,
              transformation: { width: shown, height: Math.round((height * shown) / width) },
              altText: { name: block.chart.id, title: block.chart.title, description: block.chart.title },
            }),
          ],
        }),
      ];
    }
    case 'pageBreak':
      return [new Paragraph({ pageBreakBefore: true, children: [] })];
  }
}

function renderTable(block: Extract<DocBlock, { kind: 'table' }>, contentWidth: number, tableSize: number): Table {
  const count = block.header.length;
  const weights = block.widths && block.widths.length === count ? block.widths : block.header.map(() => 1);
  const total = weights.reduce((a, b) => a + b, 0);
  const columnWidths = weights.map((w) => Math.floor((w / total) * contentWidth));
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const borders = {
    top: border,
    bottom: border,
    left: border,
    right: border,
    insideHorizontal: border,
    insideVertical: border,
  };
  // Word and LibreOffice keep a table row with the next paragraph when the row's paragraphs keepNext.
  const cell = (text: string, i: number, header: boolean, keepNext = false) =>
    new TableCell({
      width: { size: columnWidths[i], type: WidthType.DXA },
      shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_SHADING } : undefined,
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      children: text.split('\n').map(
        (line) =>
          new Paragraph({
            keepNext: keepNext || undefined,
            children: [new TextRun({ text: line, bold: header, size: tableSize })],
          }),
      ),
    });
  return new Table({
    width: { size: contentWidth, type: WidthType.DXA },
    columnWidths,
    borders,
    rows: [
      new TableRow({ tableHeader: true, children: block.header.map((text, i) => cell(text, i, true)) }),
      ...block.rows.map(
        (row, r) =>
          new TableRow({
            cantSplit: true,
            children: block.header.map((_, i) =>
              cell(row[i] ?? '', i, false, block.keepWithNext === true && r === block.rows.length - 1),
            ),
          }),
      ),
    ],
  });
}

export async function renderDocx(model: DocModel): Promise<Buffer> {
  return Packer.toBuffer(docxDocument(model));
}

/** A file name the user's file system accepts: no path separators, quotes or control characters. */
export function safeFileName(name: string): string {
  const cleaned = [...name]
    .filter((char) => char.charCodeAt(0) >= 32)
    .join('')
    .replace(/[\\/:*?"<>|«»]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 150);
  return cleaned === '' ? 'документ' : cleaned;
}

/**
 * Offline documents: each model becomes a .docx in a folder. `create` answers at once with the
 * file's path as its link (the use case is synchronous); the packing finishes in `settle()`, which
 * the CLI and the demo await before they report. Given the workbook's folder, links are relative
 * to it, so they still work when the school moves or copies the folder with the workbook.
 */
export class FolderDocuments implements DocumentPort {
  private readonly pending: Promise<void>[] = [];
  private readonly used = new Set<string>();
  readonly files: string[] = [];

  /** Documents the user had edited: kept as they are, the new one written beside (one line each). */
  readonly kept: string[] = [];

  constructor(
    private readonly folder: string,
    private readonly linkBase?: string,
    /** Hashes of the files this program wrote (kept in the workbook), to recognise a user's edits. */
    private readonly written?: WrittenFiles,
  ) {}

  create(model: DocModel): CreatedFile {
    mkdirSync(this.folder, { recursive: true });
    const base = safeFileName(model.name);
    let name = `${base}.docx`;
    for (let n = 2; this.used.has(name); n++) name = `${base} (${n}).docx`;
    if (this.written && this.editedByUser(name)) {
      const edited = name;
      const stem = name.slice(0, -'.docx'.length);
      name = `${stem} (новый).docx`;
      for (let n = 2; this.used.has(name) || (existsSync(join(this.folder, name)) && this.editedByUser(name)); n++)
        name = `${stem} (новый ${n}).docx`;
      this.kept.push(
        `Документ «${join(this.folder, edited)}» изменён после создания — он сохранён как есть, новый записан рядом: «${name}».`,
      );
    }
    this.used.add(name);
    const path = resolve(join(this.folder, name));
    this.files.push(path);
    this.pending.push(
      renderDocx(model).then((buffer) => {
        writeFileSync(path, buffer);
        this.written?.record(name, sha256(buffer));
      }),
    );
    const url = this.linkBase === undefined ? path : relative(resolve(this.linkBase), path);
    return { id: path, url, name };
  }

  /** A file is there that this program did not write as it is now (the user edited it, or it is theirs). */
  private editedByUser(name: string): boolean {
    const path = join(this.folder, name);
    if (!existsSync(path)) return false;
    return this.written?.hashOf(name) !== sha256(readFileSync(path));
  }

  /** Waits until every created file is written; rejects if one could not be. */
  async settle(): Promise<string[]> {
    await Promise.all(this.pending.splice(0));
    return [...this.files];
  }
}

/** What the program remembers of the documents it wrote into one folder: file name → SHA-256. */
export interface WrittenFiles {
  hashOf(name: string): string | null;
  record(name: string, hash: string): void;
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
