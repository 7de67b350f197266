import type { DocBlock, DocModel, Inline } from './model';

export function inlineText(runs: readonly Inline[]): string {
  return runs.map((run) => (typeof run === 'string' ? run : run.text)).join('');
}

export const SIGNATURE_LINE = '____________';

/** The text a signature block shows: «Директор ____________ О. И. Смирнов». */
export function signatureText(block: Extract<DocBlock, { kind: 'signature' }>): string {
  return [block.role, SIGNATURE_LINE, block.name].filter((t) => t !== '').join(' ');
}

/**
 * The document's text, one line per paragraph, list item and table row (cells joined by « | »):
 * what every renderer must carry, compared in tests against each renderer's output.
 */
export function plainText(model: DocModel): string[] {
  const lines: string[] = [];
  for (const block of model.blocks) {
    switch (block.kind) {
      case 'heading':
        lines.push(block.text);
        break;
      case 'paragraph':
        lines.push(inlineText(block.runs));
        break;
      case 'list':
        for (const item of block.items) lines.push(inlineText(item));
        break;
      case 'table':
        lines.push(block.header.join(' | '));
        for (const row of block.rows) lines.push(row.join(' | '));
        break;
      case 'signature':
        lines.push(signatureText(block));
        break;
      case 'chart':
        lines.push(block.chart.title);
        break;
      case 'pageBreak':
        break;
    }
  }
  return lines;
}

/**
 * The paragraphs a renderer produces, in order: headings, paragraphs, list items, every table
 * cell (header first, a line break in a cell makes two paragraphs), signatures. Empty ones are left out.
 */
export function paragraphTexts(model: DocModel): string[] {
  const texts: string[] = [];
  for (const block of model.blocks) {
    if (block.kind === 'heading') texts.push(block.text);
    else if (block.kind === 'paragraph') texts.push(inlineText(block.runs));
    else if (block.kind === 'list') texts.push(...block.items.map(inlineText));
    else if (block.kind === 'table')
      for (const row of [block.header, ...block.rows]) for (const cell of row) texts.push(...cell.split('\n'));
    else if (block.kind === 'signature') texts.push(signatureText(block));
  }
  return texts.map((text) => text.replace(/\s+/g, ' ').trim()).filter((text) => text !== '');
}
