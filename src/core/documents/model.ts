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
}

export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

export type Inline = string | TextRun;

export type DocBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; align?: Align }
  | { kind: 'paragraph'; runs: Inline[]; align?: Align; indentFirstLine?: boolean }
  | { kind: 'list'; ordered: boolean; items: Inline[][] }
  | { kind: 'table'; header: string[]; rows: string[][]; widths?: number[] }
  | { kind: 'signature'; role: string; name: string }
  | { kind: 'pageBreak' };

export type Align = 'left' | 'center' | 'right' | 'justify';
