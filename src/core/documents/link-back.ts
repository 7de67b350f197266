import { type Cell, cellText, type Grid, isBlank } from '../cell';
import { PAIR_COLUMNS, PAIRS_SHEET } from '../pairs/register-layout';
import type { WorkbookPort } from '../ports';
import { ROADMAP_COLUMNS, ROADMAP_SHEET } from '../roadmap/roadmap-layout';
import { mapHeader } from '../sheet/header-map';
import type { ColumnSpec } from '../sheet/layout';
import { textKey } from '../text/normalize';

/** A value the add-on wrote earlier (a link), which a newer document may replace; text the user typed stays. */
function isOurLink(cell: Cell): boolean {
  return isBlank(cell) || /https?:\/\/|file:\/\/|\.docx\b/i.test(cellText(cell));
}

/** Writes the order's reference into «Пары» → «Приказ» for the rows it approved (one write of the column). */
export function linkOrderToPairs(
  workbook: WorkbookPort,
  pairsGrid: Grid | null,
  rows: readonly number[],
  reference: string,
): number {
  if (!pairsGrid || pairsGrid.length < 2 || rows.length === 0) return 0;
  const col = mapHeader(pairsGrid[0], PAIR_COLUMNS).index.get('orderRef');
  if (col === undefined) return 0;
  const wanted = new Set(rows);
  let written = 0;
  const values = pairsGrid.slice(1).map((row, i) => {
    const cell = row[col] ?? null;
    if (wanted.has(i + 2) && isOurLink(cell)) {
      written++;
      return [reference] as Cell[];
    }
    return [cell];
  });
  if (written > 0) workbook.writeBlock(PAIRS_SHEET, { row: 2, col: col + 1, values });
  return written;
}

/** Which roadmap event a document reports on: words of its name or its result. */
export const ROADMAP_EVENT_OF: Record<string, string[]> = {
  order: ['об утверждении наставнических пар'],
  plans: ['индивидуальных планов', 'индивидуальные планы'],
  report: ['аналитический отчёт'],
};

/** Puts the link into «Дорожная карта» → «Ссылка на документ» of the matching events whose link is empty. */
export function linkToRoadmap(workbook: WorkbookPort, roadmapGrid: Grid | null, kind: string, url: string): number {
  const words = ROADMAP_EVENT_OF[kind];
  if (!words || !roadmapGrid || roadmapGrid.length < 2) return 0;
  const map = mapHeader(roadmapGrid[0], ROADMAP_COLUMNS as ColumnSpec[]);
  const [linkCol, eventCol, resultCol] = [map.index.get('link'), map.index.get('event'), map.index.get('result')];
  if (linkCol === undefined || eventCol === undefined) return 0;
  let written = 0;
  const values = roadmapGrid.slice(1).map((row) => {
    const text = textKey(`${cellText(row[eventCol])} ${resultCol === undefined ? '' : cellText(row[resultCol])}`);
    const cell = row[linkCol] ?? null;
    if (words.some((w) => text.includes(textKey(w))) && isOurLink(cell)) {
      written++;
      row[linkCol] = url;
      return [url] as Cell[];
    }
    return [cell];
  });
  if (written > 0) workbook.writeBlock(ROADMAP_SHEET, { row: 2, col: linkCol + 1, values });
  return written;
}
