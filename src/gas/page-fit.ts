/**
 * Where the Google Docs renderer must start a new page so that a block marked `keepWithNext`
 * (model.ts) is not separated from the next one — a signature block left alone on a page.
 *
 * DocumentApp has no keep-with-next: its Paragraph attributes (DocumentApp.Attribute) carry no
 * keep option, while the Docs REST API's ParagraphStyle has `keepWithNext` / `keepLinesTogether`
 * (https://developers.google.com/docs/api/reference/rest/v1/documents#paragraphstyle), reachable
 * only through the Docs advanced service and an extra batchUpdate per document. So the renderer
 * estimates the page instead: text height from characters per line, a row at a time for tables
 * (DocumentApp rows are not split here), and puts a page break before a kept chain that would
 * straddle a page boundary but fits on a fresh page. An estimate, tuned to Times New Roman 12.
 */
import type { DocBlock } from '../core/documents/model';
import { inlineText, signatureText } from '../core/documents/plain-text';

export interface PageBox {
  /** Content height and width in points (page minus margins). */
  height: number;
  width: number;
  bodySize: number;
  headingSizes: Record<1 | 2 | 3, number>;
}

/** Google Docs' «Normal text»: line spacing 1.15; headings add space before and after. */
const LINE_SPACING = 1.15;
const HEADING_SPACE = { 1: 26, 2: 24, 3: 20 } as const;
/** Average width of a Cyrillic character of Times New Roman, in ems. */
const CHAR_EM = 0.5;
const CELL_PADDING = 10;
const LIST_INDENT = 36;

interface Unit {
  height: number;
  /** The unit must share its page with the next unit. */
  keep: boolean;
}

/** Indexes of blocks before which a page break keeps a kept chain together. */
export function pageBreaksBefore(blocks: readonly DocBlock[], box: PageBox): Set<number> {
  const breaks = new Set<number>();
  let y = 0;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.kind === 'pageBreak') {
      y = 0;
      continue;
    }
    const startsChain = isKept(block) && (i === 0 || !isKept(blocks[i - 1]));
    if (startsChain && y > 0) {
      const chain = chainUnits(blocks, i, box);
      const total = chain.reduce((sum, u) => sum + u.height, 0);
      if (total <= box.height && flow(y, chain, box.height).brokeKeep) {
        breaks.add(i);
        y = 0;
      }
    }
    y = flow(y, units(block, box), box.height).y;
  }
  return breaks;
}

function isKept(block: DocBlock): boolean {
  return block.kind !== 'pageBreak' && block.keepWithNext === true;
}

/** The units from `start` through the first block that is not kept (the chain's last block). */
function chainUnits(blocks: readonly DocBlock[], start: number, box: PageBox): Unit[] {
  const chain: Unit[] = [];
  for (let j = start; j < blocks.length && blocks[j].kind !== 'pageBreak'; j++) {
    // A kept table keeps only its last row with what follows (its units say so); the break can
    // only go before the whole table, so all its rows count.
    chain.push(...units(blocks[j], box));
    if (!isKept(blocks[j])) break;
  }
  return chain;
}

/** Lays units out from `y`; says whether a page boundary fell after a unit that keeps with the next. */
function flow(y: number, list: readonly Unit[], pageHeight: number): { y: number; brokeKeep: boolean } {
  let brokeKeep = false;
  list.forEach((unit, i) => {
    if (y > 0 && y + unit.height > pageHeight) {
      if (i > 0 && list[i - 1].keep) brokeKeep = true;
      y = 0;
    }
    y = unit.height > pageHeight ? unit.height % pageHeight : y + unit.height;
  });
  return { y, brokeKeep };
}

function units(block: DocBlock, box: PageBox): Unit[] {
  const line = box.bodySize * LINE_SPACING;
  const keep = block.kind !== 'pageBreak' && block.keepWithNext === true;
  switch (block.kind) {
    case 'heading': {
      const size = box.headingSizes[block.level];
      return [
        { height: lines(block.text, box.width, size) * size * LINE_SPACING + HEADING_SPACE[block.level], keep: true },
      ];
    }
    case 'paragraph':
      return [{ height: lines(inlineText(block.runs), box.width, box.bodySize) * line, keep }];
    case 'list':
      return block.items.map((item, i) => ({
        height: lines(inlineText(item), box.width - LIST_INDENT, box.bodySize) * line,
        keep: keep && i === block.items.length - 1,
      }));
    case 'signature':
      return [{ height: lines(signatureText(block), box.width, box.bodySize) * line, keep }];
    case 'table': {
      const weights = block.widths?.length === block.header.length ? block.widths : block.header.map(() => 1);
      const total = weights.reduce((a, b) => a + b, 0);
      const widths = weights.map((w) => (w / total) * box.width - CELL_PADDING);
      const rowHeight = (row: readonly string[]) =>
        Math.max(
          ...block.header.map((_, c) =>
            (row[c] ?? '').split('\n').reduce((n, text) => n + lines(text, widths[c], box.bodySize), 0),
          ),
        ) *
          line +
        CELL_PADDING;
      const rows = [block.header, ...block.rows];
      return rows.map((row, r) => ({ height: rowHeight(row), keep: keep && r === rows.length - 1 }));
    }
    case 'chart':
      return [{ height: CHART_HEIGHT_PT, keep }];
    case 'pageBreak':
      return [];
  }
}

/** Lines a text takes in a column, breaking at spaces like the editor. */
function lines(text: string, width: number, size: number): number {
  const perLine = Math.max(1, Math.floor(width / (size * CHAR_EM)));
  let count = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const length = word.length + (used > 0 ? 1 : 0);
    if (used + length > perLine && used > 0) {
      count += Math.ceil(word.length / perLine);
      used = word.length % perLine;
    } else used += length;
  }
  return count;
}

/** A chart picture: 600 × 360 px at 96 dpi ≈ 270 pt high. */
const CHART_HEIGHT_PT = 270;
