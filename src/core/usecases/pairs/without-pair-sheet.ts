import { type Cell, cellText } from '../../cell';
import { UNMATCHED_COLUMNS, UNMATCHED_SHEET, UNMATCHED_SPEC } from '../../matching/unmatched-sheet';
import type { WorkbookPort } from '../../ports';
import { readPopulation } from '../../program/load';
import { populationWithoutPair } from '../../program/without-pair';
import { mapHeader, rowRecord } from '../../sheet/header-map';
import type { ColumnSpec } from '../../sheet/layout';
import { mergeOwnedTable, writeGrid } from '../../sheet/owned-table';

/** What the last matching run says about a mentee (why no pair, or what it proposed). */
export interface PairingNote {
  reason: string;
  nearMiss: string;
}

/** Said of someone no run has explained yet (added to the bases since, or a pair was closed). */
export const NOT_MATCHED_YET = 'нет активной или завершённой пары в «Парах»: выполните «Сформировать пары»';

/**
 * «Без пары» lists exactly the programme model's «без пары» (П-05): the population's counted
 * mentees (consent, no errors, not «выбыл») without an active or completed pair in «Пары». The
 * reason is this run's note, else the one the sheet already holds, else «не подобрана». People
 * without consent or with errors are not here: their rows are on «Проблемы». Returns how many.
 */
export function writeWithoutPair(workbook: WorkbookPort, now: Date, notes: ReadonlyMap<string, PairingNote>): number {
  const people = populationWithoutPair(readPopulation(workbook, now).population);
  const existing = workbook.readSheet(UNMATCHED_SHEET);
  const previous = previousNotes(existing);
  const generated: Record<string, Cell>[] = people.map((mentee) => {
    const note = notes.get(mentee.id) ?? previous.get(mentee.id);
    return {
      menteeId: mentee.id,
      menteeName: mentee.fio,
      form: mentee.wantedForm,
      reason: note?.reason || NOT_MATCHED_YET,
      nearMiss: note?.nearMiss ?? '',
      comment: null,
    };
  });
  const merged = mergeOwnedTable(existing, UNMATCHED_SPEC, generated);
  writeGrid(workbook, UNMATCHED_SHEET, merged.grid, existing?.length ?? 0);
  workbook.formatSheet(UNMATCHED_SHEET, {
    frozenRows: 1,
    headerBold: true,
    headerWrap: true,
    headerBackground: '#fce8e6',
    columns: UNMATCHED_COLUMNS.map((column) => ({
      col: (merged.index.get(column.key) as number) + 1,
      width: column.width,
    })),
  });
  return people.length;
}

function previousNotes(grid: ReturnType<WorkbookPort['readSheet']>): Map<string, PairingNote> {
  const notes = new Map<string, PairingNote>();
  if (!grid || grid.length === 0) return notes;
  const map = mapHeader(grid[0], UNMATCHED_COLUMNS as ColumnSpec[]);
  for (const row of grid.slice(1)) {
    const record = rowRecord(row, map);
    const id = cellText(record.menteeId ?? null);
    if (id !== '')
      notes.set(id, { reason: cellText(record.reason ?? null), nearMiss: cellText(record.nearMiss ?? null) });
  }
  return notes;
}
