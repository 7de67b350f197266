/**
 * A call-counting fake of the DocumentApp slice the Google Docs renderer uses
 * (src/gas/docs-renderer.ts), typed against its narrow interfaces. It keeps the document as a
 * list of elements so that tests can read back the text, headings, styles and page setup.
 */
import type {
  BodyApi,
  DocumentAppApi,
  GoogleDocApi,
  ListItemApi,
  ParagraphApi,
  TableApi,
  TableCellApi,
  TableRowApi,
  TextApi,
} from '../../../src/gas/docs-renderer';
import type { CallLog } from './calls';

export type FakeElement =
  | {
      type: 'paragraph';
      text: string;
      heading?: string;
      alignment?: string;
      indentFirstLine?: number;
      styles: string[];
      fontSize?: number;
    }
  | { type: 'listItem'; text: string; glyph?: string; listOf?: FakeElement; styles: string[] }
  | { type: 'table'; cells: string[][]; shaded: number[]; boldHeader: boolean; widths: number[] }
  /** A picture: what the blob says it shows (the fake Charts service puts the chart's data in it). */
  | { type: 'image'; contentType: string; name: string; data: string }
  | { type: 'pageBreak' };

const enumOf = <T extends string>(names: readonly T[]) =>
  Object.fromEntries(names.map((n) => [n, n])) as Record<T, never>;

class FakeText implements TextApi {
  constructor(
    private readonly calls: CallLog,
    private readonly styles: string[],
    private readonly onSize?: (size: number) => void,
    private readonly onFont?: (font: string) => void,
  ) {}
  setBold(...args: [number, number, boolean] | [boolean]): TextApi {
    this.calls.record('Text.setBold');
    this.styles.push(args.length === 3 ? `bold:${args[0]}-${args[1]}` : 'bold');
    return this;
  }
  setItalic(start: number, end: number): TextApi {
    this.calls.record('Text.setItalic');
    this.styles.push(`italic:${start}-${end}`);
    return this;
  }
  setUnderline(start: number, end: number): TextApi {
    this.calls.record('Text.setUnderline');
    this.styles.push(`underline:${start}-${end}`);
    return this;
  }
  setFontFamily(font: string): TextApi {
    this.calls.record('Text.setFontFamily');
    this.onFont?.(font);
    return this;
  }
  setFontSize(size: number): TextApi {
    this.calls.record('Text.setFontSize');
    this.onSize?.(size);
    return this;
  }
}

export class FakeGoogleDoc implements GoogleDocApi, BodyApi {
  readonly elements: FakeElement[] = [];
  page = { width: 0, height: 0, top: 0, bottom: 0, left: 0, right: 0 };
  font = '';
  bodySize = 0;
  closed = false;

  constructor(
    private readonly calls: CallLog,
    readonly name: string,
    readonly id: string,
  ) {}

  /** Like Google: a Document closed by saveAndClose() rejects every further use. */
  private open(): void {
    if (this.closed) throw new Error('Document is closed, its contents cannot be updated.');
  }

  getBody(): BodyApi {
    this.calls.record('Document.getBody');
    this.open();
    return this;
  }
  getId(): string {
    this.open();
    return this.id;
  }
  getUrl(): string {
    this.open();
    return `https://docs.google.com/document/d/${this.id}/edit`;
  }
  getName(): string {
    this.open();
    return this.name;
  }
  saveAndClose(): void {
    this.calls.record('Document.saveAndClose');
    this.open();
    this.closed = true;
  }

  appendParagraph(text: string): ParagraphApi {
    this.calls.record('Body.appendParagraph');
    const element: Extract<FakeElement, { type: 'paragraph' }> = { type: 'paragraph', text, styles: [] };
    this.elements.push(element);
    const calls = this.calls;
    const paragraph: ParagraphApi = {
      setHeading(heading) {
        calls.record('Paragraph.setHeading');
        element.heading = String(heading);
        return paragraph;
      },
      setAttributes(attributes) {
        calls.record('Paragraph.setAttributes');
        if (typeof attributes.FONT_SIZE === 'number') element.fontSize = attributes.FONT_SIZE;
        if (attributes.BOLD === true) element.styles.push('bold');
        return paragraph;
      },
      setAlignment(alignment) {
        calls.record('Paragraph.setAlignment');
        element.alignment = String(alignment);
        return paragraph;
      },
      setIndentFirstLine(indent) {
        calls.record('Paragraph.setIndentFirstLine');
        element.indentFirstLine = indent;
        return paragraph;
      },
      editAsText: () => {
        calls.record('Paragraph.editAsText');
        return new FakeText(calls, element.styles, (size) => {
          element.fontSize = size;
        });
      },
    };
    return paragraph;
  }

  appendListItem(text: string): ListItemApi {
    this.calls.record('Body.appendListItem');
    const element: Extract<FakeElement, { type: 'listItem' }> = { type: 'listItem', text, styles: [] };
    this.elements.push(element);
    const calls = this.calls;
    const item: ListItemApi = {
      setGlyphType(glyph) {
        calls.record('ListItem.setGlyphType');
        element.glyph = String(glyph);
        return item;
      },
      setListId(other) {
        calls.record('ListItem.setListId');
        element.listOf = (other as unknown as { element: FakeElement }).element;
        return item;
      },
      editAsText: () => {
        calls.record('ListItem.editAsText');
        return new FakeText(calls, element.styles);
      },
    };
    Object.assign(item, { element });
    return item;
  }

  appendTable(cells: string[][]): TableApi {
    this.calls.record('Body.appendTable');
    const element: Extract<FakeElement, { type: 'table' }> = {
      type: 'table',
      cells: cells.map((row) => [...row]),
      shaded: [],
      boldHeader: false,
      widths: [],
    };
    this.elements.push(element);
    const calls = this.calls;
    const row = (index: number): TableRowApi => ({
      editAsText: () => {
        calls.record('TableRow.editAsText');
        if (index === 0) element.boldHeader = true;
        return new FakeText(calls, []);
      },
      getCell: (cellIndex: number): TableCellApi => {
        calls.record('TableRow.getCell');
        const cell: TableCellApi = {
          setBackgroundColor() {
            calls.record('TableCell.setBackgroundColor');
            if (index === 0) element.shaded.push(cellIndex);
            return cell;
          },
        };
        return cell;
      },
    });
    const table: TableApi = {
      getRow: (index) => {
        calls.record('Table.getRow');
        return row(index);
      },
      setColumnWidth(index, width) {
        calls.record('Table.setColumnWidth');
        element.widths[index] = width;
        return table;
      },
      editAsText: () => new FakeText(calls, []),
    };
    return table;
  }

  appendImage(image: GoogleAppsScript.Base.BlobSource): unknown {
    this.calls.record('Body.appendImage');
    const blob = image.getBlob();
    // Docs accepts only image blobs (PNG, JPEG, GIF); anything else throws, as the real Body does
    if (!/^image\/(png|jpeg|gif)$/.test(blob.getContentType() ?? '')) throw new Error('Invalid image data.');
    this.elements.push({
      type: 'image',
      contentType: blob.getContentType() ?? '',
      name: blob.getName() ?? '',
      data: blob.getDataAsString(),
    });
    return {};
  }

  appendPageBreak(): unknown {
    this.calls.record('Body.appendPageBreak');
    this.elements.push({ type: 'pageBreak' });
    return {};
  }

  setPageWidth(width: number): BodyApi {
    this.calls.record('Body.setPageWidth');
    this.page.width = width;
    return this;
  }
  setPageHeight(height: number): BodyApi {
    this.calls.record('Body.setPageHeight');
    this.page.height = height;
    return this;
  }
  setMarginTop(value: number): BodyApi {
    this.calls.record('Body.setMarginTop');
    this.page.top = value;
    return this;
  }
  setMarginBottom(value: number): BodyApi {
    this.calls.record('Body.setMarginBottom');
    this.page.bottom = value;
    return this;
  }
  setMarginLeft(value: number): BodyApi {
    this.calls.record('Body.setMarginLeft');
    this.page.left = value;
    return this;
  }
  setMarginRight(value: number): BodyApi {
    this.calls.record('Body.setMarginRight');
    this.page.right = value;
    return this;
  }
  editAsText(): TextApi {
    this.calls.record('Body.editAsText');
    return new FakeText(
      this.calls,
      [],
      (size) => {
        this.bodySize = size;
      },
      (font) => {
        this.font = font;
      },
    );
  }

  /** Each paragraph's text in order: paragraphs, list items, table cells (a cell's line breaks split it). */
  paragraphTexts(): string[] {
    return this.elements
      .flatMap((e) =>
        e.type === 'table'
          ? e.cells.flat().flatMap((cell) => cell.split('\n'))
          : e.type === 'pageBreak' || e.type === 'image'
            ? []
            : [e.text],
      )
      .map((text) => text.replace(/\s+/g, ' ').trim())
      .filter((text) => text !== '');
  }
}

export class FakeDocumentApp implements DocumentAppApi {
  readonly docs: FakeGoogleDoc[] = [];
  readonly ParagraphHeading = enumOf(['HEADING1', 'HEADING2', 'HEADING3'] as const);
  readonly HorizontalAlignment = enumOf(['LEFT', 'CENTER', 'RIGHT', 'JUSTIFY'] as const);
  readonly GlyphType = enumOf(['NUMBER', 'BULLET'] as const);
  readonly Attribute = enumOf(['FONT_SIZE', 'BOLD'] as const);

  /** Test knob: the create call (1-based) that fails like a quota error or a kill. */
  failAtCall: number | null = null;
  private createCalls = 0;

  constructor(private readonly calls: CallLog) {}

  create(name: string): GoogleDocApi {
    this.calls.record('DocumentApp.create');
    this.createCalls++;
    if (this.createCalls === this.failAtCall) {
      throw new Error('Service invoked too many times for one day: docs create.');
    }
    const doc = new FakeGoogleDoc(this.calls, name, `doc${this.docs.length + 1}`);
    this.docs.push(doc);
    return doc;
  }
}
