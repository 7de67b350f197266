import type { Chart } from '../charts/chart';

/**
 * One document model for every document the add-on produces. Rendered by the Google Docs
 * adapter (src/gas) and by the DOCX adapter (src/local) so both carry the same content.
 */
export interface DocModel {
  /** File name / document title. */
  name: string;
  blocks: DocBlock[];
  /** Landscape pages for wide tables (the roadmap). */
  landscape?: boolean;
  /** Set in 12 pt (tables 10 pt) instead of 14 pt: forms meant to fit a page each (individual plans). */
  compact?: boolean;
}

export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

export type Inline = string | TextRun;

/**
 * Page layout a block asks for. `keepWithNext`: the block's end (a paragraph, a list's last item,
 * a table's last row) stays on one page with the start of the next block — a signature never
 * stands alone on a page. DOCX: w:keepNext; Google Docs has no such option in DocumentApp, its
 * renderer estimates the page fit instead (src/gas/page-fit.ts).
 */
export interface Keep {
  keepWithNext?: boolean;
}

export type DocBlock =
  | ({ kind: 'heading'; level: 1 | 2 | 3; text: string; align?: Align } & Keep)
  | ({ kind: 'paragraph'; runs: Inline[]; align?: Align; indentFirstLine?: boolean } & Keep)
  | ({ kind: 'list'; ordered: boolean; items: Inline[][] } & Keep)
  | ({ kind: 'table'; header: string[]; rows: string[][]; widths?: number[] } & Keep)
  | ({ kind: 'signature'; role: string; name: string } & Keep)
  /** A chart of the core (src/core/charts): a picture next to its table. */
  | ({ kind: 'chart'; chart: Chart } & Keep)
  | { kind: 'pageBreak' };

export type Align = 'left' | 'center' | 'right' | 'justify';
